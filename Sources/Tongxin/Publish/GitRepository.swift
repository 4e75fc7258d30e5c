import Foundation

/// The few git operations publishing needs, run as plumbing commands so that the
/// user's index, working tree and current branch stay untouched.
struct GitRepository {
    let root: URL

    init(containing folder: URL) throws {
        guard let top = Git.run(["rev-parse", "--show-toplevel"], in: folder)?.trimmed, !top.isEmpty else {
            throw PublishError.notARepository(folder.path)
        }
        root = URL(fileURLWithPath: top)
    }

    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = Git.runDetailed(arguments, in: root, environment: environment)
        guard result.status == 0 else { throw PublishError.git(result.error.trimmed) }
        return result.output.trimmed
    }

    func revision(_ name: String) throws -> String { try git(["rev-parse", "--verify", "-q", name]) }

    func branchHead(_ branch: String) throws -> String? { try? revision("refs/heads/\(branch)") }

    func subject(of commit: String) throws -> String { try git(["log", "-1", "--format=%s", commit]) }

    func trailer(_ key: String, of commit: String) throws -> String? {
        let body = try git(["log", "-1", "--format=%b", commit])
        return body.split(separator: "\n").first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
    }

    func hasUncommittedChanges(in folders: [URL]) throws -> Bool {
        // A theme kept outside the repository is not part of the source commit.
        let base = root.standardizedFileURL.path + "/"
        let paths = folders.map { $0.standardizedFileURL.path }.filter { $0.hasPrefix(base) }
        guard !paths.isEmpty else { return false }
        return !(try git(["status", "--porcelain", "--"] + paths)).isEmpty
    }

    /// The tree of a folder's files, written with a throw-away index.
    func tree(of folder: URL) throws -> String {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: index) }
        let environment = ["GIT_INDEX_FILE": index.path, "GIT_WORK_TREE": folder.path, "GIT_DIR": try gitDirectory()]
        let added = Git.runDetailed(["add", "--all", "--force", "."], in: folder, environment: environment)
        guard added.status == 0 else { throw PublishError.git(added.error.trimmed) }
        return try git(["write-tree"], environment: ["GIT_INDEX_FILE": index.path])
    }

    func gitDirectory() throws -> String {
        let path = try git(["rev-parse", "--git-dir"])
        return path.hasPrefix("/") ? path : root.appendingPathComponent(path).path
    }

    func commit(tree: String, parent: String?, message: String) throws -> String {
        var arguments = ["commit-tree", tree, "-m", message]
        if let parent { arguments += ["-p", parent] }
        return try git(arguments)
    }

    /// A branch to move to `commit`, only if it still points at `old` (nil: does not exist yet).
    struct BranchMove {
        let branch: String
        let commit: String
        let old: String?
    }

    /// Moves the branches in one transaction (`update-ref --stdin`): all of them, or none
    /// when any no longer points where we read it, so two publishers cannot overwrite each
    /// other's release and the two sites never end up from different publishes.
    func moveBranches(_ moves: [BranchMove]) throws {
        guard !moves.isEmpty else { return }
        let lines = moves.map { "update refs/heads/\($0.branch) \($0.commit) \($0.old ?? String(repeating: "0", count: 40))\n" }
        let result = Git.runDetailed(["update-ref", "-m", "tongxin publish", "--stdin"], in: root, input: Data(lines.joined().utf8))
        guard result.status == 0 else { throw PublishError.git(result.error.trimmed) }
    }
}
