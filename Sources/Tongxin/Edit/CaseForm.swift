import Foundation

/// The case story form (典型案例): title, date, summary, members, tags, cover, audience,
/// and the story in Markdown; fields from Schemas.caseStory.
public enum CaseForm {
    public static let fields: [FormField] = [
        FormField("title"), FormField("date", .date), FormField("summary", .longText), FormField("members", .list),
        FormField("tags", .list), FormField("cover"), FormField("audience", .choice(["internal", "public"])),
        FormField("author"), FormField("source"),
    ]

    public static func reading(_ text: String, path: String) -> FieldForm? {
        FieldForm.read(text, path: path, fields: fields, schema: Schemas.caseStory)
    }

    public static func text(_ form: FieldForm, original: String?) -> String {
        form.text(original: original, fields: fields, schema: Schemas.caseStory)
    }

    /// What the audience of a case is, read as the loader reads it (public by default).
    static func isPublic(_ value: String) -> Bool {
        value.isEmpty || value == "public" || value == "公开"
    }
}

/// An image uploaded with a case: its cover, or a picture added to the story.
public struct CaseUpload: Sendable {
    public enum Use: Sendable { case cover, body(alt: String) }
    public var use: Use
    public var image: UploadedImage

    public init(use: Use, image: UploadedImage) {
        self.use = use
        self.image = image
    }
}

/// Saves a case story: 宣传, 审核 and 管理 write cases; only 审核 makes one public or
/// changes one that is public, so the public build changes only through a reviewer. A
/// new case by anyone else is written `audience: internal`.
public enum CaseSave {
    public static func save(_ submitted: FieldForm, slug: String?, uploads: [CaseUpload], by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard account.may(.cases) else { return .refused(L("edit.role.refused", EditPermission.cases.roles.sorted().map(\.rawValue).joined(separator: "、"))) }
        var form = submitted
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let path: String
        if let given = form.path {
            guard given.hasSuffix(".md"), let checked = ContentPath.checked(given, sections: ["cases"], contentFolder: contentFolder) else { return .refused(L("edit.path.refused")) }
            path = checked
        } else {
            guard let slug, IDs.isValid(slug) else { return .invalid([FieldProblem(field: "slug", message: IDs.invalidMessage(slug ?? "", what: "slug"), isError: true)]) }
            path = "cases/\(slug).md"
            if FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(path).path) {
                return .invalid([FieldProblem(field: "slug", message: L("scaffold.caseExists", path), isError: true)])
            }
        }
        let originalData = try? Data(contentsOf: contentFolder.appendingPathComponent(path))
        guard FileVersion.of(originalData) == form.version else {
            return .stale(current: originalData.map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        let original = originalData.map { String(decoding: $0, as: UTF8.self) }
        let wasPublic = original.flatMap { CaseForm.reading($0, path: path) }.map { CaseForm.isPublic($0["audience"]) } ?? false
        if original == nil && form["audience"].isEmpty { form["audience"] = "internal" }
        let willBePublic = CaseForm.isPublic(form["audience"])
        let reviewer = account.may(.publishCase)
        var extra: [(String, Data)] = []
        let stem = path.dropFirst("cases/".count).dropLast(3)
        for upload in uploads {
            let asset = upload.image.assetPath(stem: "case-\(stem)", contentFolder: contentFolder)
            let taken = Set(extra.map(\.0))
            var unique = asset
            var counter = 2
            while taken.contains(unique) { unique = asset.replacingOccurrences(of: "-1.", with: "-\(counter)."); counter += 1 }
            extra.append((unique, upload.image.data))
            switch upload.use {
            case .cover: form["cover"] = unique
            case .body(let alt):
                // Case pages are at /cases/<slug>/: two folders up is the site root.
                let separator = form.body.isEmpty || form.body.hasSuffix("\n\n") ? "" : form.body.hasSuffix("\n") ? "\n" : "\n\n"
                form.body += separator + "![\(alt.replacingOccurrences(of: "]", with: ""))](../../\(unique))\n"
            }
        }
        let text = CaseForm.text(form, original: original)
        if let original, text == original, extra.isEmpty { return .unchanged(path: path) }
        if (willBePublic || wasPublic) && !reviewer {
            return .invalid([FieldProblem(field: "audience", message: L(wasPublic ? "edit.case.publicNeedsReview" : "edit.case.onlyReviewPublishes"), isError: true)])
        }
        let diagnostics = ProposedFileCheck.problems(text: text, at: path, extra: Dictionary(extra, uniquingKeysWith: { a, _ in a }), contentFolder: contentFolder)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .invalid(FieldProblems.place(diagnostics, in: text, schema: Schemas.caseStory, fields: CaseForm.fields.map(\.key) + ["body"]))
        }
        do {
            let commit = try ContentCommit.write(Data(text.utf8), to: path, extra: extra, contentFolder: contentFolder, author: account, message: L("edit.commit.case", form["title"]))
            return .saved(path: path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}
