import Foundation

/// What became of a rename.
public enum RenameOutcome: Sendable, Equatable {
    case renamed(to: String, commit: String)
    /// The new name is not a valid file name, or a file has it already.
    case invalid(String)
    /// Other content names the file by its old name: nothing moved; each place that does.
    case blocked([FieldProblem])
    /// The file changed (or went) since the page was opened.
    case stale
    case refused(String)
}

/// Renames a record or a case file (改名) as one `git mv` commit by the person signed in,
/// in the same folder. Refused, with each place located, when the site would have errors
/// it has not now: a brief naming the case by its old name. The same roles as deleting
/// (ContentDelete.permitted), since the old name goes.
public enum ContentRename {
    public static let sections = ["records", "cases"]

    /// The path a file would have under the name `stem` (`2026-03-12-li-si`), or the
    /// reason it cannot.
    public static func target(of path: String, stem: String, contentFolder: URL) -> Result<String, RenameFailure> {
        guard IDs.isValid(stem), stem.count <= 120 else { return .failure(RenameFailure(message: IDs.invalidMessage(stem, what: "slug"))) }
        let target = (path as NSString).deletingLastPathComponent + "/" + stem + ".md"
        guard target != path, let checked = ContentPath.checked(target, sections: sections, contentFolder: contentFolder) else { return .failure(RenameFailure(message: L("edit.path.refused"))) }
        guard !FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(checked).path) else { return .failure(RenameFailure(message: L("edit.rename.exists", checked))) }
        return .success(checked)
    }

    public struct RenameFailure: Error, Sendable {
        public var message: String
    }

    public static func rename(_ given: String, to stem: String, version: String, by account: EditAccount, contentFolder: URL) -> RenameOutcome {
        guard given.hasSuffix(".md"), let path = ContentPath.checked(given, sections: sections, contentFolder: contentFolder) else { return .refused(L("edit.path.refused")) }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let data = try? Data(contentsOf: contentFolder.appendingPathComponent(path))
        guard let data, FileVersion.of(data) == version else { return .stale }
        if let reason = ContentDelete.permitted(path, by: account, contentFolder: contentFolder) { return .refused(reason) }
        let target: String
        switch Self.target(of: path, stem: stem, contentFolder: contentFolder) {
        case .success(let found): target = found
        case .failure(let failure): return .invalid(failure.message)
        }
        let errors = ProposedFileCheck.errorsMoving(path, to: target, data: data, contentFolder: contentFolder)
        if !errors.isEmpty {
            return .blocked(errors.map(FieldProblem.located))
        }
        do {
            let commit = try ContentCommit.move(path, to: target, contentFolder: contentFolder, author: account, message: L("edit.commit.rename", path, target))
            return .renamed(to: target, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}
