import Foundation

/// The simple forms of the office's other Markdown files: free pages, rule documents and
/// briefs — their front matter fields from the schema, and the Markdown below. A
/// rule's `attachments` (a list of objects) is not in the form and is kept as written,
/// as every key the form does not list. Only 管理 saves them: the rules are the policy.
public struct DocumentKind: Sendable {
    public let section: String
    public let fields: [FormField]
    let schema: FieldSchema

    /// Whose labels the page shows: edit.page.title, edit.rule.title …
    public var labels: String { String(section.dropLast()) }
}

public enum DocumentForm {
    private static let audience = FormField("audience", .choice(["internal", "public"]))

    public static let kinds: [DocumentKind] = [
        DocumentKind(section: "pages", fields: [FormField("title"), FormField("order"), audience, FormField("template")], schema: Schemas.page),
        DocumentKind(section: "rules", fields: [FormField("title"), FormField("number"), FormField("issuer"), FormField("issued", .date), FormField("order"), audience], schema: Schemas.rule),
        DocumentKind(section: "briefs", fields: [
            FormField("issue"), FormField("total"), FormField("date", .date), FormField("title"), FormField("masthead"), FormField("issuer"),
            FormField("to", .lines), FormField("cc", .lines), FormField("copies"), FormField("cases", .list), audience,
        ], schema: Schemas.brief),
    ]

    public static var sections: [String] { kinds.map(\.section) }

    public static func kind(of path: String) -> DocumentKind? {
        kinds.first { path.hasPrefix($0.section + "/") }
    }

    public static func reading(_ text: String, path: String) -> FieldForm? {
        guard let kind = kind(of: path) else { return nil }
        return FieldForm.read(text, path: path, fields: kind.fields, schema: kind.schema)
    }

    public static func text(_ form: FieldForm, original: String) -> String {
        guard let path = form.path, let kind = kind(of: path) else { return original }
        return form.text(original: original, fields: kind.fields, schema: kind.schema)
    }
}

/// Saves a page, rule or brief: only an existing file (new ones are made with a text
/// editor or `tongxin new`), the same checks, stale refusal and commit as every form.
public enum DocumentSave {
    public static func save(_ form: FieldForm, by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard account.may(.policy) else { return .refused(EditPermission.policy.refusal) }
        guard let given = form.path, given.hasSuffix(".md"), let kind = DocumentForm.kind(of: given),
              let path = ContentPath.checked(given, sections: [kind.section], contentFolder: contentFolder) else { return .refused(L("edit.path.refused")) }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        guard let originalData = try? Data(contentsOf: contentFolder.appendingPathComponent(path)) else { return .refused(L("edit.record.cannotOpenDetail", path)) }
        guard FileVersion.of(originalData) == form.version else { return .stale(current: String(decoding: originalData, as: UTF8.self)) }
        let original = String(decoding: originalData, as: UTF8.self)
        let text = DocumentForm.text(form, original: original)
        if text == original { return .unchanged(path: path) }
        let (here, elsewhere) = ProposedFileCheck.problemsHereAndElsewhere(text: text, at: path, contentFolder: contentFolder)
        if here.contains(where: { $0.severity == .error }) || !elsewhere.isEmpty {
            let others = elsewhere.map(FieldProblem.located)
            return .invalid(FieldProblems.place(here, in: text, schema: kind.schema, fields: kind.fields.map(\.key) + ["body"]) + others)
        }
        do {
            let commit = try ContentCommit.write(Data(text.utf8), to: path, contentFolder: contentFolder, author: account, message: L("edit.commit.document", path))
            return .saved(path: path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}
