import Foundation

/// When each content file last changed and who changed it, from one `git log` over the
/// whole tree. Outside a git checkout, or in a shallow clone (whose oldest commit would
/// claim every file), there is no history and pages simply leave the line out.
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

    private let changes: [String: Change]
    public let availability: Availability

    public static let none = GitHistory(changes: [:], availability: .notARepository)

    init(changes: [String: Change], availability: Availability) {
        self.changes = changes
        self.availability = availability
    }

    /// A path relative to the content folder.
    public func lastChange(of path: String) -> Change? { changes[path] }

    public static func load(contentFolder: URL) -> GitHistory {
        let folder = contentFolder.standardizedFileURL
        guard let prefix = Git.run(["rev-parse", "--show-prefix"], in: folder) else {
            return GitHistory(changes: [:], availability: Git.isAvailable ? .notARepository : .gitMissing)
        }
        if Git.run(["rev-parse", "--is-shallow-repository"], in: folder)?.trimmed == "true" {
            return GitHistory(changes: [:], availability: .shallowClone)
        }
        // %x1e starts a commit, %x1f separates fields: both survive Chinese names and quotes.
        guard let log = Git.run(["-c", "core.quotepath=off", "log", "--format=%x1e%ad%x1f%an", "--date=short", "--name-only", "--no-renames", "--", "."], in: folder) else {
            return GitHistory(changes: [:], availability: .available)
        }
        return GitHistory(changes: parse(log, prefix: prefix.trimmed), availability: .available)
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
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
