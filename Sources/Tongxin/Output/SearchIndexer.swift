import Foundation

/// Builds the Pagefind search index (extended build: real Chinese word segmentation,
/// offline) inside the staged site, before it is swapped in.
public struct SearchIndexer: Sendable {
    public enum Mode: String, Sendable, CaseIterable {
        /// Index when Pagefind is installed; otherwise warn and build without search.
        case auto
        /// Fail the build when Pagefind is missing.
        case require
        case off
    }

    /// The command that runs Pagefind, e.g. [".tools/venv/bin/python3", "-m", "pagefind_bin_extended"].
    public let command: [String]

    /// Looks for Pagefind where `make deps` installs it, then on the system.
    /// `TONGXIN_PAGEFIND` may name the command (its words separated by spaces).
    public static func locate(workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> SearchIndexer? {
        locate(among: candidates(workingFolder: workingFolder))
    }

    /// The first command that answers `--version`. The question runs beside the build's
    /// load and Markdown stages, which keep every core busy: asked at the lowest priority
    /// it takes the cores' idle moments instead of the build's time (Python's start, and
    /// pyenv's shims where they are, cost ~0.1 s of CPU when Pagefind is missing). A
    /// command named by a path that is not there is passed over without a process.
    public static func locate(among candidates: [[String]]) -> SearchIndexer? {
        candidates.first { isThere($0) && run(yielding($0 + ["--version"])).status == 0 }.map(SearchIndexer.init)
    }

    static func isThere(_ command: [String]) -> Bool {
        guard let program = command.first, program.contains("/") else { return true }
        return FileManager.default.isExecutableFile(atPath: program)
    }

    /// coreutils' nice is on every Debian system; without it, the command runs as is.
    private static let nice: String? = ["/usr/bin/nice", "/bin/nice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func yielding(_ command: [String]) -> [String] {
        guard let nice else { return command }
        return [nice, "-n", "19", "--"] + command
    }

    static func candidates(workingFolder: URL) -> [[String]] {
        var candidates: [[String]] = []
        if let custom = ProcessInfo.processInfo.environment["TONGXIN_PAGEFIND"], !custom.isEmpty {
            candidates.append(custom.split(separator: " ").map(String.init))
        }
        var folder = workingFolder.standardizedFileURL
        for _ in 0..<4 {
            candidates.append([folder.appendingPathComponent(".tools/venv/bin/python3").path, "-m", "pagefind_bin_extended"])
            folder.deleteLastPathComponent()
        }
        candidates.append(["pagefind_extended"])
        candidates.append(["python3", "-m", "pagefind_bin_extended"])
        return candidates
    }

    /// How long indexing may take before it is stopped and the build fails: Pagefind
    /// indexes 10,000 pages in well under a minute; far longer means an input nobody
    /// foresaw, and the build must end rather than hang.
    public static let timeLimit: TimeInterval = 300

    /// Indexes `site` in place; pages opt in with data-pagefind-body. Pagefind is
    /// started so that it dies with this process (`setpriv --pdeathsig KILL`): after a
    /// `kill -9` of a build, no orphan goes on writing into a staging folder.
    public func index(_ site: URL) throws {
        let result = Self.run(Self.diesWithParent(command + ["--site", site.path, "--silent"]), timeLimit: Self.timeLimit)
        if result.timedOut { throw SearchError.tooSlow(Int(Self.timeLimit)) }
        guard result.status == 0 else {
            throw SearchError.indexingFailed(result.output.trimmed)
        }
    }

    /// util-linux's setpriv is on every Debian system; without it, Pagefind runs as is.
    private static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func diesWithParent(_ command: [String]) -> [String] {
        guard let setpriv else { return command }
        return [setpriv, "--pdeathsig", "KILL", "--"] + command
    }

    /// The text Pagefind stored: its fragments are gzip files, read with one `gzip`
    /// process per batch so the leak scan can search them too.
    public static func indexedText(_ site: URL) -> String {
        let folder = site.appendingPathComponent("pagefind/fragment")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map { folder.appendingPathComponent($0).path }
        var text = ""
        for start in stride(from: 0, to: files.count, by: 500) {
            let batch = Array(files[start..<min(start + 500, files.count)])
            text += run(["gzip", "-dc"] + batch).output
        }
        // Pagefind marks word boundaries with zero-width spaces; they would hide matches.
        return text.replacingOccurrences(of: "\u{200B}", with: "")
    }

    static func run(_ command: [String]) -> (status: Int32, output: String) {
        let result = run(command, timeLimit: nil)
        return (result.status, result.output)
    }

    /// Runs `command`; past `timeLimit` it is sent SIGTERM, then SIGKILL two seconds
    /// later, and the result says it timed out.
    static func run(_ command: [String], timeLimit: TimeInterval?) -> (status: Int32, output: String, timedOut: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { return (127, "\(error)", false) }
        // Read on another thread: a process that hangs never closes its output.
        let output = OutputCollector(pipe.fileHandleForReading)
        var timedOut = false
        if let timeLimit, exited.wait(timeout: .now() + timeLimit) == .timedOut {
            timedOut = true
            process.terminate()
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
        } else if timeLimit == nil {
            exited.wait()
        }
        return (process.terminationStatus, output.text(), timedOut)
    }
}

/// Everything a process writes to a pipe, read on a thread of its own.
private final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// The output, once the writer closed the pipe; what was read after a short wait
    /// otherwise (a killed process's own children may hold the pipe open).
    func text() -> String {
        _ = done.wait(timeout: .now() + 5)
        return String(decoding: data, as: UTF8.self)
    }
}

public enum SearchError: Error, CustomStringConvertible {
    case indexingFailed(String)
    case missing
    case tooSlow(Int)

    public var description: String {
        switch self {
        case .indexingFailed(let output): L("search.failed", output)
        case .missing: L("search.missing")
        case .tooSlow(let seconds): L("search.tooSlow", seconds)
        }
    }
}
