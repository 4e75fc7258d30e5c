import Foundation

/// When each content file last changed and who changed it, from `git log` over the whole
/// tree (read whole once, then only the commits made since: `load(contentFolder:after:)`).
/// Outside a git checkout, or in a shallow clone (whose oldest commit would claim every
/// file), there is no history and pages simply leave the line out.
public struct GitHistory: Sendable {
    public struct Change: Sendable, Equatable {
        public let date: Day
        public let author: String
    }

    public enum Availability: Sendable, Equatable {
        case available
        case notARepository
        case shallowClone
        case gitMissing
    }

    let changes: [String: Change]
    public let availability: Availability
    /// The commit the history was read at, and the content folder's path in the
    /// repository: a later load starts from here (see `load(contentFolder:after:)`).
    let head: String?
    let prefix: String

    public static let none = GitHistory(changes: [:], availability: .notARepository)

    init(changes: [String: Change], availability: Availability, head: String? = nil, prefix: String = "") {
        self.changes = changes
        self.availability = availability
        self.head = head
        self.prefix = prefix
    }

    /// A path relative to the content folder.
    public func lastChange(of path: String) -> Change? { changes[path] }

    /// `last`: the history an earlier build of this process read (the preview's); without
    /// it, the one the last build kept in the repository (KeptHistory). `git log
    /// --name-only` compares each commit's trees, and a folder of thousands of records
    /// makes that about a millisecond per commit: 1.2 s for a thousand commits, at every
    /// build and save. So the same commit reuses the earlier history whole, and commits
    /// made since (the editor's saves) are read alone and laid over it; anything else
    /// (history rewritten) reads it all again.
    public static func load(contentFolder: URL, after last: GitHistory? = nil) -> GitHistory {
        let folder = contentFolder.standardizedFileURL
        // One process for the usual case: the prefix, whether shallow, where to keep the
        // history, and the commit.
        let found = Git.run(["rev-parse", "--show-prefix", "--is-shallow-repository", "--git-path", KeptHistory.name, "HEAD"], in: folder)?
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let found, found.count >= 4 else { return withoutCommits(folder) }
        let prefix = found[0], kept = URL(fileURLWithPath: found[2], relativeTo: folder), head = found[3]
        if found[1] == "true" { return GitHistory(changes: [:], availability: .shallowClone) }
        let earlier = last ?? KeptHistory.read(kept)
        let history = read(folder, head: head, prefix: prefix, after: earlier)
        if history.head != nil && history.head != earlier?.head { KeptHistory.write(history, to: kept) }
        return history
    }

    /// Not a repository, or one without a commit yet (no HEAD).
    private static func withoutCommits(_ folder: URL) -> GitHistory {
        guard let prefix = Git.run(["rev-parse", "--show-prefix"], in: folder) else {
            return GitHistory(changes: [:], availability: Git.isAvailable ? .notARepository : .gitMissing)
        }
        if Git.run(["rev-parse", "--is-shallow-repository"], in: folder)?.trimmed == "true" {
            return GitHistory(changes: [:], availability: .shallowClone)
        }
        return GitHistory(changes: [:], availability: .available, prefix: prefix.trimmed)
    }

    /// The history at `head`: `earlier`'s when it is the same commit or an ancestor (then
    /// with the commits since laid over it), else the whole log.
    private static func read(_ folder: URL, head: String, prefix: String, after earlier: GitHistory?) -> GitHistory {
        if let earlier, earlier.availability == .available, earlier.prefix == prefix, let lastHead = earlier.head {
            if lastHead == head { return earlier }
            if Git.run(["merge-base", "--is-ancestor", lastHead, head], in: folder) != nil, let log = log(folder, range: "\(lastHead)..\(head)") {
                // Newer commits win: a file changed since keeps its newest change.
                return GitHistory(changes: earlier.changes.merging(parse(log, prefix: prefix)) { _, newer in newer }, availability: .available, head: head, prefix: prefix)
            }
        }
        guard let log = log(folder, range: head) else { return GitHistory(changes: [:], availability: .available, prefix: prefix) }
        return GitHistory(changes: parse(log, prefix: prefix), availability: .available, head: head, prefix: prefix)
    }

    /// The commits of `range`, newest first, each with the files it changed.
    private static func log(_ folder: URL, range: String) -> String? {
        // %x1e starts a commit, %x1f separates fields: both survive Chinese names and quotes.
        Git.run(["-c", "core.quotepath=off", "log", "--format=%x1e%ad%x1f%an", "--date=short", "--name-only", "--no-renames", range, "--", "."], in: folder)
    }

    /// Newest commits come first, so the first time a file appears is its last change.
    static func parse(_ log: String, prefix: String) -> [String: Change] {
        var changes: [String: Change] = [:]
        for entry in log.split(separator: "\u{1E}") {
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: true)
            guard let header = lines.first else { continue }
            let fields = header.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            guard fields.count == 2, let date = Day(parsing: String(fields[0])) else { continue }
            let change = Change(date: date, author: String(fields[1]))
            for line in lines.dropFirst() where line.hasPrefix(prefix) {
                let path = String(line.dropFirst(prefix.count))
                if changes[path] == nil { changes[path] = change }
            }
        }
        return changes
    }
}

/// Runs git; one process per call, output read before waiting so a full pipe cannot block.
enum Git {
    static var isAvailable: Bool { run(["--version"], in: URL(fileURLWithPath: "/")) != nil }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> String? {
        let result = runDetailed(arguments, in: folder, environment: environment)
        return result.status == 0 ? result.output : nil
    }

    static func runDetailed(_ arguments: [String], in folder: URL, environment: [String: String] = [:], input: Data? = nil) -> (status: Int32, output: String, error: String) {
        let result = runBytes(arguments, in: folder, environment: environment, input: input)
        return (result.status, String(decoding: result.output, as: UTF8.self), result.error)
    }

    /// The output as git wrote it: a file's old version restored byte for byte.
    static func runBytes(_ arguments: [String], in folder: URL, environment: [String: String] = [:], input: Data? = nil) -> (status: Int32, output: Data, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do { try process.run() } catch { return (127, Data(), "\(error)") }
        if let input, let inputPipe {
            inputPipe.fileHandleForWriting.write(input)
            try? inputPipe.fileHandleForWriting.close()
        }
        let errorReader = ErrorReader(err.fileHandleForReading)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, errorReader.text())
    }
}

/// Drains stderr on its own thread so a chatty git cannot fill the pipe and stall.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        // Its own thread, like Background: the dispatch pool may be busy for a while.
        Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
