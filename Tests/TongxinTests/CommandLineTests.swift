import Foundation
import Testing
@testable import Tongxin

/// The `tongxin` executable as the office runs it.
@Suite(.language(.en)) struct CommandLineTests {
    static var executable: URL? {
        let folder = Bundle.main.executableURL?.deletingLastPathComponent()
        let candidates = [folder, folder?.deletingLastPathComponent()].compactMap { $0?.appendingPathComponent("tongxin") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The environment of a child process, speaking the language of the calling test
    /// (LanguageTrait): the child reads it from LANG.
    static func childEnvironment(_ environment: [String: String]? = nil) -> [String: String] {
        var environment = environment ?? ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = Messages.language == .en ? "en_US.UTF-8" : "zh_CN.UTF-8"
        return environment
    }

    /// `keepLanguage`: the environment given says the language itself (LANG or not).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String]? = nil, keepLanguage: Bool = false) throws -> Run {
        let binary: URL = try #require(executable, "the tongxin executable was not built")
        let process = Process()
        process.executableURL = binary
        process.environment = keepLanguage ? environment : childEnvironment(environment)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkListsEveryProblemOfABrokenCopyWithLocations() throws {
        let site = try TestSite([
            "members/wang-wu.md": "---\nname: 王五\nparty: nobody\n---\n",
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-32\ncontactor: 无名\ncontactees: [李四]\nmethod: 喝茶\nplace: 会议室\nrecorder: 办公室\n---\n",
            "data/events.json": "[\n  { \"member\": \"li-si\", \"kind\": \"birthday\", \"date\": \"2026-01-01\" },\n]",
        ])
        defer { site.remove() }
        let run = try Self.run(["check", "--content", "content", "--theme", TestSite.theme.path], in: site.folder)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/members/wang-wu.md:3:8: error: unknown party 'nobody'"))
        #expect(lines.contains("content/records/2026/2026-03-12-li-si.md:2:7: error: '2026-03-32' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"))
        #expect(lines.contains("content/records/2026/2026-03-12-li-si.md:3:12: error: unknown member '无名'"))
        #expect(lines.contains { $0.hasPrefix("content/records/2026/2026-03-12-li-si.md:5:9: error: unknown method (联系方式) '喝茶'") })
        #expect(lines.contains("content/data/events.json:3:1: error: trailing comma before ']'; remove the last comma"))
        #expect(!site.exists("index.html"))
    }

    /// `check` writes nothing, so it never looks for Pagefind (a build does): the
    /// indexer named here leaves a mark when anything asks for its version.
    @Test func checkDoesNotLookForTheSearchIndexer() throws {
        let site = try TestSite()
        defer { site.remove() }
        let mark = site.folder.appendingPathComponent("asked")
        let script = site.folder.appendingPathComponent("fake-pagefind")
        try "#!/bin/sh\ntouch '\(mark.path)'\nexit 1\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var environment = ProcessInfo.processInfo.environment
        environment["TONGXIN_PAGEFIND"] = script.path
        let check = try Self.run(["check", "--content", "content", "--theme", TestSite.theme.path], in: site.folder, environment: environment)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!FileManager.default.fileExists(atPath: mark.path))
        #expect(!check.stderr.contains("search"), "\(check.stderr)")
        let build = try Self.run(["build", "--content", "content", "--theme", TestSite.theme.path, "--output", "public"], in: site.folder, environment: environment)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: mark.path), "a build does look for it")
    }

    /// A second run of the program (a new process) links the pages nothing changed for;
    /// --no-cache draws them all. Both give the same files.
    @Test func aSecondBuildLinksUnchangedPagesUnlessToldNotTo() throws {
        let site = try TestSite()
        defer { site.remove() }
        let arguments = ["build", "--content", "content", "--theme", TestSite.theme.path, "--output", "public", "--no-search"]
        let first = try Self.run(arguments, in: site.folder)
        #expect(first.status == 0 && !first.stdout.contains("unchanged"), "\(first.stdout)\(first.stderr)")
        let files = try site.snapshot()
        let second = try Self.run(arguments, in: site.folder)
        #expect(second.status == 0 && second.stdout.contains("of them unchanged since the last build"), "\(second.stdout)")
        #expect(try site.snapshot() == files)
        let fresh = try Self.run(arguments + ["--no-cache"], in: site.folder)
        #expect(fresh.status == 0 && !fresh.stdout.contains("unchanged"), "\(fresh.stdout)")
        #expect(try site.snapshot() == files)
    }

    @Test func buildWritesTheSiteAndSaysWhatItDid() throws {
        let site = try TestSite()
        defer { site.remove() }
        let run = try Self.run(["build", "--content", "content", "--theme", TestSite.theme.path, "--output", "public"], in: site.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built "))
        #expect(site.exists("index.html"))
    }

    @Test func helpExplainsEveryOption() throws {
        let folder = FileManager.default.temporaryDirectory
        for command in ["build", "check"] {
            let run = try Self.run([command, "--help"], in: folder)
            #expect(run.status == 0)
            for option in ["--content", "--theme", "--quiet", "--verbose"] {
                #expect(run.stdout.contains(option), "\(command) --help lacks \(option)")
            }
        }
        #expect(try Self.run(["build", "--help"], in: folder).stdout.contains("--output"))
    }
}
