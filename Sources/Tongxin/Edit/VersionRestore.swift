import Foundation

/// 恢复此版本: an older version of a file (or of a deleted one) written back as a new
/// commit by the person signed in. History is never rewritten, so the version replaced
/// stays restorable too. The same roles and checks as a save of that kind of file.
public enum VersionRestore {
    /// `version`: FileVersion of the file when the 历史 page was opened (`new` for a
    /// deleted file); another one on disk now means someone saved since: refused.
    public static func restore(_ given: String, commit: String, version: String, by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard let path = EditPermission.checkedPath(given, contentFolder: contentFolder),
              let permission = EditPermission.forFile(path) else { return .refused(L("edit.path.refused")) }
        guard account.may(permission) else { return .refused(permission.refusal) }
        let short = String(commit.prefix(10))
        guard let data = FileHistory.data(path, at: commit, contentFolder: contentFolder) else { return .refused(L("edit.restore.noVersion", short, path)) }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let originalData = try? Data(contentsOf: contentFolder.appendingPathComponent(path))
        guard FileVersion.of(originalData) == version else {
            return .stale(current: originalData.map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        if originalData == data { return .unchanged(path: path) }
        let text = String(decoding: data, as: UTF8.self)
        if permission == .cases && !account.may(.publishCase) {
            // A text that cannot be read as a case counts as public (the default audience).
            let wasPublic = originalData.flatMap { CaseForm.reading(String(decoding: $0, as: UTF8.self), path: path) }.map { CaseForm.isPublic($0["audience"]) } ?? false
            let willBePublic = CaseForm.reading(text, path: path).map { CaseForm.isPublic($0["audience"]) } ?? true
            if wasPublic || willBePublic {
                return .refused(L(wasPublic ? "edit.case.publicNeedsReview" : "edit.case.onlyReviewPublishes"))
            }
        }
        // A data file is named from everywhere: the errors it would cause elsewhere count too.
        let errors = permission == .policy
            ? { let found = ProposedFileCheck.problemsHereAndElsewhere(text: text, at: path, contentFolder: contentFolder); return found.here.filter { $0.severity == .error } + found.elsewhere }()
            : ProposedFileCheck.problems(text: text, at: path, contentFolder: contentFolder).filter { $0.severity == .error }
        if !errors.isEmpty {
            return .invalid(errors.map(FieldProblem.located))
        }
        do {
            let made = try ContentCommit.write(data, to: path, contentFolder: contentFolder, author: account, message: L("edit.commit.restore", path, short))
            return .saved(path: path, commit: made)
        } catch {
            return .refused(error.description)
        }
    }
}
