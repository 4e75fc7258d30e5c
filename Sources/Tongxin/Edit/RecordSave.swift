import Foundation

/// What became of a save.
public enum SaveOutcome: Sendable, Equatable {
    case saved(path: String, commit: String)
    /// The form changed nothing: nothing written, no commit.
    case unchanged(path: String)
    /// `tongxin check` found errors in the would-be file: nothing written.
    case invalid([FieldProblem])
    /// The file changed since the form was opened: nothing written; its text now.
    case stale(current: String)
    case refused(String)
}

/// Saves a 记录单 form: the same checks as `tongxin check` on the would-be file, then
/// one commit by the person signed in. Nothing is written unless every check passes.
public enum RecordSave {
    public static func save(_ form: RecordSheet, by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard account.may(.records) else { return .refused(L("edit.role.refused", EditPermission.records.roles.sorted().map(\.rawValue).joined(separator: "、"))) }
        let choices = FormChoices.read(contentFolder)
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let path: String
        if let given = form.path {
            guard given.hasSuffix(".md"), let checked = ContentPath.checked(given, sections: ["records"], contentFolder: contentFolder) else {
                return .refused(L("edit.path.refused"))
            }
            path = checked
        } else {
            path = form.newPath(contentFolder: contentFolder, choices: choices)
        }
        let file = contentFolder.appendingPathComponent(path)
        let originalData = try? Data(contentsOf: file)
        guard FileVersion.of(originalData) == form.version else {
            return .stale(current: originalData.map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        let original = originalData.map { String(decoding: $0, as: UTF8.self) }
        let text = form.text(original: original)
        if let original, text == original { return .unchanged(path: path) }
        let diagnostics = ProposedFileCheck.problems(text: text, at: path, contentFolder: contentFolder)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return .invalid(FieldProblems.place(diagnostics, in: text, schema: Schemas.record, fields: RecordSheet.fields))
        }
        do {
            let commit = try ContentCommit.write(Data(text.utf8), to: path, contentFolder: contentFolder, author: account, message: form.commitMessage(choices))
            return .saved(path: path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}

extension RecordSheet {
    /// `联系记录 2026-023：潘志远 联系 单志诚`: what the commit says.
    public func commitMessage(_ choices: FormChoices) -> String {
        let contactees = contacteeList.map(choices.name).joined(separator: "、")
        return L("edit.commit.record", number, choices.name(contactor), contactees)
    }

    /// Where a new record goes: records/<year>/<date>-<first contactee's id>.md, never
    /// over an existing file.
    public func newPath(contentFolder: URL, choices: FormChoices) -> String {
        let day = Day(parsing: date) ?? Day.today()
        let folder = "records/\(day.year)"
        let first = contacteeList.first.flatMap { reference in choices.members.first { $0.id == reference || $0.name == reference }?.id }
        let stem = "\(day.iso)-" + (first ?? "record")
        return "\(folder)/" + PinyinIDs.unique(stem) { FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent("\(folder)/\($0).md").path) } + ".md"
    }
}
