import Foundation

/// The content folder as the git index holds it: what `git commit` is about to record,
/// which may differ from the working files (a file staged with a mistake and fixed
/// afterwards is committed with the mistake). The pre-commit hook checks this copy.
/// Inside a hook git names the index in GIT_INDEX_FILE (`commit -a` uses a temporary
/// one); the git commands here inherit it.
public struct StagedContent {
    /// The temporary folder holding the copy; removed by `remove()`.
    public let folder: URL
    /// The content folder inside it.
    public let content: URL

    public static func export(content: URL) throws -> StagedContent {
        let repository = try GitRepository(containing: content)
        let relative = Hooks.relative(content, to: repository.root)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-staged-\(UUID().uuidString)")
        // Only this user may read the copy: it holds internal records.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        do {
            let listed = Git.runDetailed(["ls-files", "-z", "--cached", "--", relative], in: repository.root)
            guard listed.status == 0 else { throw PublishError.git(listed.error.trimmed) }
            let exported = Git.runDetailed(["checkout-index", "-z", "--stdin", "--prefix=\(folder.path)/"], in: repository.root, input: Data(listed.output.utf8))
            guard exported.status == 0 else { throw PublishError.git(exported.error.trimmed) }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        let staged = folder.appendingPathComponent(relative == content.standardizedFileURL.path ? "" : relative)
        return StagedContent(folder: folder, content: staged)
    }

    public func remove() { try? FileManager.default.removeItem(at: folder) }
}
