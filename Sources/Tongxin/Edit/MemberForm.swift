import Foundation

/// The member profile form: the public fields of Schemas.member, then the private ones
/// (phone, address, notes) apart; only 管理 saves it.
public enum MemberForm {
    public static let fields: [FormField] = [
        FormField("name"), FormField("gender", .choice(["男", "女"])), FormField("party"), FormField("sector"),
        FormField("committee"), FormField("window"), FormField("roles", .list), FormField("unit"), FormField("position"),
        FormField("term"),
        FormField("phone", isPrivate: true), FormField("address", isPrivate: true), FormField("notes", .longText, isPrivate: true),
    ]

    public static func reading(_ text: String, path: String) -> FieldForm? {
        FieldForm.read(text, path: path, fields: fields, schema: Schemas.member)
    }

    public static func text(_ form: FieldForm, original: String?) -> String {
        form.text(original: original, fields: fields, schema: Schemas.member)
    }
}

public enum MemberSave {
    public static func save(_ form: FieldForm, id: String?, by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard account.may(.members) else { return .refused(L("edit.role.refused", EditPermission.members.roles.sorted().map(\.rawValue).joined(separator: "、"))) }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let path: String
        if let given = form.path {
            guard given.hasSuffix(".md"), let checked = ContentPath.checked(given, sections: ["members"], contentFolder: contentFolder) else { return .refused(L("edit.path.refused")) }
            path = checked
        } else {
            guard let id, IDs.isValid(id) else { return .invalid([FieldProblem(field: "slug", message: IDs.invalidMessage(id ?? ""), isError: true)]) }
            path = "members/\(id).md"
            if FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(path).path) {
                return .invalid([FieldProblem(field: "slug", message: L("scaffold.memberExists", path), isError: true)])
            }
        }
        let originalData = try? Data(contentsOf: contentFolder.appendingPathComponent(path))
        guard FileVersion.of(originalData) == form.version else {
            return .stale(current: originalData.map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        let original = originalData.map { String(decoding: $0, as: UTF8.self) }
        let text = MemberForm.text(form, original: original)
        if let original, text == original { return .unchanged(path: path) }
        let diagnostics = ProposedFileCheck.problems(text: text, at: path, contentFolder: contentFolder)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .invalid(FieldProblems.place(diagnostics, in: text, schema: Schemas.member, fields: MemberForm.fields.map(\.key) + ["body"]))
        }
        do {
            let commit = try ContentCommit.write(Data(text.utf8), to: path, contentFolder: contentFolder, author: account, message: L("edit.commit.member", form["name"]))
            return .saved(path: path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}
