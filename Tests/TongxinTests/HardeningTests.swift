import Foundation
import Testing
@testable import Tongxin

/// Bad input and faults: each ends with a located error (or is accepted where it is
/// harmless), never a hang, a crash or unbounded memory, and the live site untouched.
@Suite(.language(.en)) struct HardeningTests {
    /// Builds once to have a live site, then checks that `files` make the build fail
    /// with an error at `location` while the live site stays byte-identical.
    func expectRefused(_ files: KeyValuePairs<String, String>, at location: String, containing words: String) throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        // A list, not a dictionary: "café" and "cafe\u{301}" are equal Swift strings.
        for (path, text) in files { try site.write(path, text) }
        let start = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!report.wrote)
        #expect(report.errors.contains { $0.hasPrefix(location) && $0.contains(words) }, "\(report.errors)")
        #expect(try site.snapshot() == before)
    }

    @Test func aBOMAndCRLFAreAcceptedAndANULIsAnErrorAtItsLine() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("---\r\nname: 王五\r\nparty: cndca\r\n---\r\n简历第一句。\r\n".utf8))
        let site = try TestSite()
        defer { site.remove() }
        try site.write("members/wang-wu.md", bytes)
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(try site.page("members/wang-wu/index.html").contains("王五"))
        bytes.append(Data("简历\u{0}第二句。\r\n".utf8))
        try site.write("members/wang-wu.md", bytes)
        #expect(site.build().errors == ["members/wang-wu.md:6:3: error: " + L("text.nul")])
    }

    /// A folder the build cannot read is an error, never a site without its records.
    /// As root every folder is readable: the check then runs as the user nobody.
    @Test func anUnreadableFolderIsAnError() throws {
        let site = try TestSite()
        defer { site.remove() }
        let folder = site.content.appendingPathComponent("records/2026")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        var command = [TestSite.repository.appendingPathComponent(".build/debug/tongxin").path, "check", "--content", site.content.path, "--theme", TestSite.theme.path]
        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: site.folder.path)
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
        }
        let result = SearchIndexer.run(command)
        #expect(result.status == 1)
        // The command speaks Chinese by default, whatever language this test runs in.
        #expect(result.output.contains("records/2026:1:1: error: " + Catalogue.text("content.unreadableFolder", [String(cString: strerror(EACCES))], language: .zh)), "\(result.output)")
    }

    @Test func wrongTypesInJSON() throws {
        try expectRefused(["data/events.json": #"{ "member": "li-si" }"#], at: "data/events.json:1:1: error:", containing: "should be a list")
        try expectRefused(["site.json": TestSite.siteJSON.replacingOccurrences(of: "\"min_contacts_per_year\": 2", with: "\"min_contacts_per_year\": \"两次\"")],
                          at: "site.json:6:30: error:", containing: "'min_contacts_per_year' should be a whole number")
    }

    @Test func hugeFilesAreRefusedWithoutBeingRead() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        for (path, size) in [("pages/huge.md", 50 << 20), ("data/events.json", 200 << 20)] {
            let url = site.content.appendingPathComponent(path)
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(size))   // sparse: no 250 MB written
            try handle.close()
        }
        let start = Date()
        let report = site.build()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(report.errors.contains { $0.hasPrefix("pages/huge.md:1:1: error: file is 52428800 bytes, over the limit") })
        #expect(report.errors.contains { $0.hasPrefix("data/events.json:1:1: error: file is 209715200 bytes, over the limit") })
        #expect(try site.snapshot() == before)
    }

    @Test func deeplyNestedJSONAndYAMLAreRefused() throws {
        try expectRefused(["data/events.json": String(repeating: "[", count: 100_000)], at: "data/events.json:1:257: error:", containing: "nesting deeper than 256")
        try expectRefused(["members/wang-wu.md": "---\nname: 王五\nx: " + String(repeating: "[", count: 50_000) + "\n---\n"],
                          at: "members/wang-wu.md:3:1: error:", containing: "nests more than 64 levels")
    }

    @Test func yamlAliasBombsAreRefused() throws {
        var yaml = "a0: &a0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 9).joined(separator: ", "))]\n"
        }
        try expectRefused(["members/wang-wu.md": "---\nname: 王五\n\(yaml)---\n"], at: "members/wang-wu.md:2:1: error:", containing: "expands to more than")
    }

    @Test func pathologicalMarkdownIsRefusedQuickly() throws {
        try expectRefused(["pages/bad.md": "---\ntitle: 坏\n---\n" + String(repeating: "![[]()", count: 40_000)], at: "pages/bad.md:4:1: error:", containing: L("markdown.brackets", 120_000, InputScreen.maxBrackets))
        try expectRefused(["pages/bad.md": "---\ntitle: 坏\n---\n" + String(repeating: "_", count: 50_000)], at: "pages/bad.md:4:1: error:", containing: L("markdown.delimiters", 50_000, InputScreen.maxEmphasisDelimiters))
        try expectRefused(["pages/bad.md": "---\ntitle: 坏\n---\n" + String(repeating: "> ", count: 5_000) + "引用\n"], at: "pages/bad.md:4:1: error:", containing: L("markdown.nesting", 5_000, InputScreen.maxNesting))
    }

    @Test func pathTraversalAndUnsafeNamesAreRefused() throws {
        try expectRefused(["members/wang-wu.md": "---\nid: ../../etc\nname: 王五\n---\n"], at: "members/wang-wu.md:", containing: "may only use lower-case letters")
        try expectRefused(["cases/story.md": "---\ntitle: 案例\ncover: ../../../etc/passwd\n---\n"], at: "cases/story.md:3:8: error:", containing: "is not under content/assets/")
        try expectRefused(["pages/a b.md": "---\ntitle: 空格\n---\n"], at: "pages/a b.md:1:1: error:", containing: "becomes a web address")
        try expectRefused(["pages/café.md": "---\ntitle: 一\n---\n", "pages/cafe\u{301}.md": "---\ntitle: 二\n---\n"], at: "pages/caf", containing: "would be published at")
    }

    @Test func scriptInjectionIsInertEverywhere() throws {
        let site = try TestSite([
            "members/li-si.md": "---\nname: 李四\nparty: cndca\nposition: \"\\\"><script>alert(1)</script>\"\n---\n<img src=x onerror=alert(1)>\n\n[x](vbscript:msgbox) [y](data:text/html;base64,PHNjcmlwdD4=)\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty)
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("onerror="), "\(path)")
            #expect(!html.contains("vbscript:") && !html.contains("data:text"), "\(path)")
        }
        #expect(report.warnings.count >= 3, "each removal is reported: \(report.warnings)")
    }

    @Test func twoBuildsAtOnceQueueOnTheLockAndLeaveACompleteSite() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let expected = try site.snapshot()
        let results = parallelMap(Array(0..<4)) { _ in site.build().wrote }
        #expect(results.allSatisfy { $0 })
        #expect(try site.snapshot() == expected)
    }

    @Test func anUnwritableOutputLeavesThePreviousSite() throws {
        let site = try TestSite()
        defer { site.remove() }
        // The parent of the output is a file: nothing can be created there, even as root.
        let blocker = site.folder.appendingPathComponent("blocked")
        try "not a folder".write(to: blocker, atomically: true, encoding: .utf8)
        let report = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: blocker.appendingPathComponent("public")))
        #expect(!report.wrote)
        #expect(report.errors.count == 1)
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }

    /// kill -9 in the middle of writing: the live folder is either the old site or the
    /// new one, never a mix, and the next build clears what the killed one left.
    @Test func aBuildKilledMidwayLeavesTheLiveSiteWhole() throws {
        let executable = try #require(CommandLineTests.executable)
        var files: [String: String?] = [:]
        for index in 0..<800 {
            files[String(format: "records/2026/2026-03-12-n%04d.md", index)] = "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n" + String(repeating: "联系内容。", count: 200) + "\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        try site.write("pages/about.md", "---\ntitle: 新的关于\n---\n新。\n")
        for delay in [0.1, 0.25, 0.4] {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build", "-q", "--no-search", "--content", site.content.path, "--theme", TestSite.theme.path, "--output", site.output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try site.snapshot()
            let about = String(decoding: now["about/index.html"] ?? Data(), as: UTF8.self)
            #expect(now.count == before.count, "a complete site is live after a kill at \(delay) s")
            #expect(about.contains("新的关于") || now == before)
        }
        #expect(site.build().wrote)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains("staging") || $0.contains("previous") }
        #expect(leftovers.isEmpty)
    }
}

/// A full disk, for real: the output lives on a small tmpfs. Needs permission to mount
/// (root on the CI machine); elsewhere the suite is reported as skipped.
enum MountProbe {
    static let canMount: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-mount-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)
        defer { _ = SearchIndexer.run(["umount", probe.path]); try? FileManager.default.removeItem(at: probe) }
        return SearchIndexer.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path]).status == 0
    }()
}

@Suite(.enabled(if: MountProbe.canMount, "mounting a tmpfs needs root"), .language(.en))
struct FullDiskTests {

    @Test func aFullDiskLeavesThePreviousSiteWhole() throws {
        let site = try TestSite()
        defer { site.remove() }
        let disk = site.folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(SearchIndexer.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", disk.path]).status == 0)
        defer { _ = SearchIndexer.run(["umount", disk.path]) }
        let output = disk.appendingPathComponent("public")
        func build() -> BuildReport {
            BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: output, today: Day(year: 2026, month: 11, day: 20)!))
        }
        #expect(build().wrote, "the small site fits")
        let before = try Self.snapshot(output)
        try site.write("pages/big.md", "---\ntitle: 大\n---\n" + String(repeating: "联系内容很多。", count: 20_000) + "\n")
        let report = build()
        #expect(!report.wrote)
        #expect(report.errors.contains { $0.contains("No space left on device") }, "\(report.errors)")
        #expect(try Self.snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).filter { $0.contains("staging") }.isEmpty)
    }

    @Test func aReadOnlyDiskLeavesThePreviousSiteWhole() throws {
        let site = try TestSite()
        defer { site.remove() }
        let disk = site.folder.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        #expect(SearchIndexer.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.path]).status == 0)
        defer { _ = SearchIndexer.run(["umount", disk.path]) }
        let output = disk.appendingPathComponent("public")
        let options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: output, today: Day(year: 2026, month: 11, day: 20)!)
        #expect(BuildPipeline.run(options).wrote)
        let before = try Self.snapshot(output)
        #expect(SearchIndexer.run(["mount", "-o", "remount,ro", disk.path]).status == 0)
        try site.write("pages/about.md", "---\ntitle: 改\n---\n改。\n")
        let report = BuildPipeline.run(options)
        #expect(!report.wrote)
        #expect(report.errors.contains { $0.contains("Read-only file system") }, "\(report.errors)")
        #expect(try Self.snapshot(output) == before)
    }

    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! where !url.hasDirectoryPath {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }
}
