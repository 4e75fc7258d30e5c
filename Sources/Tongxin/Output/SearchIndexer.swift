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

    /// The first command that answers `--version`.
    public static func locate(among candidates: [[String]]) -> SearchIndexer? {
        candidates.first { run($0 + ["--version"]).status == 0 }.map(SearchIndexer.init)
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

    /// Indexes `site` in place; pages opt in with data-pagefind-body.
    public func index(_ site: URL) throws {
        let result = Self.run(command + ["--site", site.path, "--silent"])
        guard result.status == 0 else {
            throw SearchError.indexingFailed(result.output.trimmed)
        }
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

public enum SearchError: Error, CustomStringConvertible {
    case indexingFailed(String)
    case missing

    public var description: String {
        switch self {
        case .indexingFailed(let output): "the search index could not be built: \(output)"
        case .missing: "Pagefind (pagefind-bin-extended) is not installed; run 'make deps' to install it, or build without --require-search"
        }
    }
}
