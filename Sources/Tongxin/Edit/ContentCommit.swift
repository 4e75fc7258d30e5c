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
        let added = Git.runDetailed(["add", "--"] + paths, in: contentFolder)
        guard added.status == 0 else { throw Failure(description: L("edit.save.git", added.error.trimmingCharacters(in: .whitespacesAndNewlines))) }
        // `--only` with the path: whatever else someone staged stays out of this commit.
        let committed = Git.runDetailed(["commit", "--quiet", "--no-verify", "--only", "-m", message, "--"] + paths, in: contentFolder, environment: identity(author))
        guard committed.status == 0 else { throw Failure(description: L("edit.save.git", (committed.error + committed.output).trimmingCharacters(in: .whitespacesAndNewlines))) }
        return Git.run(["rev-parse", "HEAD"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Removes a file with `git rm` and commits that alone, by the person signed in. A
    /// file git does not know, or one changed since its last commit, is refused by git
    /// itself: its text would be lost.
    public static func remove(_ relative: String, contentFolder: URL, author: EditAccount, message: String) throws(Failure) -> String {
        let removed = Git.runDetailed(["rm", "--quiet", "--", relative], in: contentFolder)
        guard removed.status == 0 else { throw Failure(description: L("edit.save.git", removed.error.trimmingCharacters(in: .whitespacesAndNewlines))) }
        let committed = Git.runDetailed(["commit", "--quiet", "--no-verify", "--only", "-m", message, "--", relative], in: contentFolder, environment: identity(author))
        guard committed.status == 0 else {
            // Put the file back as it was, so a failed commit loses nothing.
            _ = Git.runDetailed(["reset", "--quiet", "--", relative], in: contentFolder)
            _ = Git.runDetailed(["checkout", "--", relative], in: contentFolder)
            throw Failure(description: L("edit.save.git", (committed.error + committed.output).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return Git.run(["rev-parse", "HEAD"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// Renames a file with `git mv` and commits both paths alone, by the person signed
    /// in; a failed commit moves it back.
    public static func move(_ relative: String, to target: String, contentFolder: URL, author: EditAccount, message: String) throws(Failure) -> String {
        let moved = Git.runDetailed(["mv", "--", relative, target], in: contentFolder)
        guard moved.status == 0 else { throw Failure(description: L("edit.save.git", moved.error.trimmingCharacters(in: .whitespacesAndNewlines))) }
        let committed = Git.runDetailed(["commit", "--quiet", "--no-verify", "--only", "-m", message, "--", relative, target], in: contentFolder, environment: identity(author))
        guard committed.status == 0 else {
            _ = Git.runDetailed(["mv", "--", target, relative], in: contentFolder)
            throw Failure(description: L("edit.save.git", (committed.error + committed.output).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return Git.run(["rev-parse", "HEAD"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    static func identity(_ author: EditAccount) -> [String: String] {
        let email = "\(author.login)@tongxin.invalid"
        return ["GIT_AUTHOR_NAME": author.name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": author.name, "GIT_COMMITTER_EMAIL": email]
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

    /// The file's text at `commit`, for reading an older version.
    public static func text(_ relative: String, at commit: String, contentFolder: URL) -> String? {
        data(relative, at: commit, contentFolder: contentFolder).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file's bytes at `commit` (nil where the commit has no such file: the one that
    /// deleted it), for restoring that version exactly.
    public static func data(_ relative: String, at commit: String, contentFolder: URL) -> Data? {
        guard commit.count == 40, commit.allSatisfy(\.isHexDigit) else { return nil }
        let result = Git.runBytes(["show", "\(commit):./\(relative)"], in: contentFolder)
        return result.status == 0 ? result.output : nil
    }

    /// The commits among `commits(relative)` that deleted the file: they have no text
    /// to show or restore.
    public static func deletions(_ relative: String, contentFolder: URL) -> Set<String> {
        let output = Git.run(["log", "--diff-filter=D", "--format=%H", "--", relative], in: contentFolder) ?? ""
        return Set(output.split(separator: "\n").map(String.init))
    }

    /// Files of `sections` deleted and not there now, newest deletion first, each with
    /// the commit that deleted it: the way back to them (their 历史 restores them).
    public static func deletedFiles(sections: [String], contentFolder: URL, limit: Int = 200) -> [(path: String, commit: FileCommit)] {
        // `--relative`: names relative to the content folder, as everywhere in the editor.
        let output = Git.run(["-c", "core.quotePath=false", "log", "--relative", "--diff-filter=D", "--name-only", "-n", "\(limit)", "--format=%x1e%H%x1f%an%x1f%ad%x1f%s", "--date=format:%Y-%m-%d %H:%M", "--"] + sections, in: contentFolder) ?? ""
        var seen = Set<String>()
        var files: [(path: String, commit: FileCommit)] = []
        for entry in output.split(separator: "\u{1e}") {
            let lines = entry.split(separator: "\n").map(String.init)
            guard let head = lines.first else { continue }
            let fields = head.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            let commit = FileCommit(hash: fields[0], author: fields[1], date: fields[2], subject: fields[3])
            for path in lines.dropFirst() where !path.isEmpty && path.hasSuffix(".md") && seen.insert(path).inserted {
                if !FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(path).path) {
                    files.append((path, commit))
                }
            }
        }
        return files
    }
}
