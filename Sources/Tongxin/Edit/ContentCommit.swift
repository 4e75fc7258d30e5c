import Foundation

/// One saved file: written atomically, then `git add` of that file only and a commit
/// whose author is the person signed in, so that every version can be restored.
public enum ContentCommit {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Commits made so far must be serialised: the version check, the write and the
    /// commit of one save happen before the next save looks at the file.
    static let lock = NSLock()

    /// The commit's hash. `relative` must already be checked (ContentPath).
    /// `extra`: new files saved with it (uploaded images), written first, so that the
    /// page never names a picture that is not there yet.
    public static func write(_ data: Data, to relative: String, extra: [(String, Data)] = [], contentFolder: URL, author: EditAccount, message: String) throws(Failure) -> String {
        for (path, bytes) in extra + [(relative, data)] {
            let file = contentFolder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try AtomicFile.write(bytes, to: file)
            } catch {
                throw Failure(description: L("edit.save.cannotWrite", path, "\(error)"))
            }
        }
        let paths = extra.map(\.0) + [relative]
        let email = "\(author.login)@tongxin.invalid"
        let identity = ["GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": author.name, "GIT_COMMITTER_EMAIL": email]
        let added = Git.runDetailed(["add", "--"] + paths, in: contentFolder)
        guard added.status == 0 else { throw Failure(description: L("edit.save.git", added.error.trimmingCharacters(in: .whitespacesAndNewlines))) }
        // `--only` with the path: whatever else someone staged stays out of this commit.
        let committed = Git.runDetailed(["commit", "--quiet", "--no-verify", "--only", "-m", message, "--"] + paths, in: contentFolder, environment: identity)
        guard committed.status == 0 else { throw Failure(description: L("edit.save.git", (committed.error + committed.output).trimmingCharacters(in: .whitespacesAndNewlines))) }
        return Git.run(["rev-parse", "HEAD"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Whether the content folder is inside a git work tree (the editor needs one).
    public static func isRepository(_ contentFolder: URL) -> Bool {
        Git.run(["rev-parse", "--is-inside-work-tree"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    }
}

/// One commit of a file, for the 历史 view.
public struct FileCommit: Sendable, Equatable {
    public var hash: String
    public var author: String
    public var date: String
    public var subject: String
}

public enum FileHistory {
    /// The commits that changed `relative`, newest first. Not `--follow`: it takes a new
    /// record for a copy of a similar older one and lists that one's commits.
    public static func commits(_ relative: String, contentFolder: URL, limit: Int = 100) -> [FileCommit] {
        let output = Git.run(["log", "-n", "\(limit)", "--format=%H%x1f%an%x1f%ad%x1f%s%x1e", "--date=format:%Y-%m-%d %H:%M", "--", relative], in: contentFolder) ?? ""
        return output.split(separator: "\u{1e}").compactMap { record in
            let fields = record.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return FileCommit(hash: fields[0], author: fields[1], date: fields[2], subject: fields[3])
        }
    }

    /// The file's text at `commit`, for restoring an older version.
    public static func text(_ relative: String, at commit: String, contentFolder: URL) -> String? {
        guard commit.count == 40, commit.allSatisfy(\.isHexDigit) else { return nil }
        return Git.run(["show", "\(commit):./\(relative)"], in: contentFolder)
    }
}
