import Foundation

/// What became of a deletion.
public enum DeleteOutcome: Sendable, Equatable {
    case deleted(path: String, commit: String)
    /// Other content still names the file: nothing removed; each place that does.
    case blocked([FieldProblem])
    /// The file changed (or went) since the confirmation page was opened.
    case stale
    case refused(String)
}

/// Deletes a record, case or member file through the editor: `git rm` of that file
/// alone as one commit by the person signed in, so its 历史 still shows it and
/// 恢复此版本 brings it back. Refused while other content refers to it: the site is
/// checked without the file by `tongxin check`'s own loader and validator.
public enum ContentDelete {
    /// 管理 deletes anything; 录入 records, 宣传 (and 审核) cases. Taking a public case
    /// off the public site asks 审核 or 管理, as changing one does.
    public static func permitted(_ path: String, by account: EditAccount, contentFolder: URL) -> String? {
        guard let permission = EditPermission.forFile(path) else { return L("edit.path.refused") }
        guard account.may(permission) else { return permission.refusal }
        if permission == .cases && !account.may(.publishCase) && !account.roles.contains(.admin) {
            let text = try? String(contentsOf: contentFolder.appendingPathComponent(path), encoding: .utf8)
            let isPublic = text.flatMap { CaseForm.reading($0, path: path) }.map { CaseForm.isPublic($0["audience"]) } ?? true
            if isPublic { return L("edit.delete.publicCase") }
        }
        return nil
    }

    /// The errors deleting `path` would cause, located in the files that cause them.
    public static func blockers(_ path: String, contentFolder: URL) -> [FieldProblem] {
        ProposedFileCheck.errorsWithout(path, contentFolder: contentFolder).map(FieldProblem.located)
    }

    public static func delete(_ given: String, version: String, by account: EditAccount, contentFolder: URL) -> DeleteOutcome {
        guard given.hasSuffix(".md"), let path = ContentPath.checked(given, sections: EditPermission.editableSections, contentFolder: contentFolder) else {
            return .refused(L("edit.path.refused"))
        }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let data = try? Data(contentsOf: contentFolder.appendingPathComponent(path))
        guard data != nil, FileVersion.of(data) == version else { return .stale }
        if let reason = permitted(path, by: account, contentFolder: contentFolder) { return .refused(reason) }
        let problems = blockers(path, contentFolder: contentFolder)
        if !problems.isEmpty { return .blocked(problems) }
        do {
            let commit = try ContentCommit.remove(path, contentFolder: contentFolder, author: account, message: L("edit.commit.delete", path))
            return .deleted(path: path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}
