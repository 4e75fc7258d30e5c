import Foundation
import Testing
@testable import Tongxin

@Suite(.language(.en)) struct OutputTests {
    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        try site.write("members/li-si.md", "---\nname: 李四\nparty: nobody\n---\n")
        let report = site.build()
        #expect(!report.succeeded)
        #expect(!report.wrote)
        #expect(try site.snapshot() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    /// Pages are written into the staging folder while they are drawn: a build that
    /// fails after that (here: search required, indexer missing) leaves the live site
    /// and no staging folder, and the next build goes through.
    @Test func aBuildFailingAfterItsPagesWereStagedLeavesNothingBehind() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n新的内容。\n")
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!)
        options.searchCommands = [["/nonexistent/pagefind"]]
        options.search = .require
        options.mode = .build(reuseLastBuild: true)
        let failed = BuildPipeline.run(options)
        #expect(!failed.succeeded && !failed.wrote)
        #expect(try site.snapshot() == before)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".public") && !$0.hasSuffix(".lock") && !$0.hasSuffix(".audience") }
        #expect(beside.isEmpty, "\(beside)")
        options.search = .off
        let report = BuildPipeline.run(options)
        #expect(report.wrote && report.fileCount == before.count)
        #expect(try site.page("records/2026/2026-03-12-li-si/index.html").contains("新的内容"))
    }

    /// The previous site is swapped out and removed (on all cores): nothing of it is left
    /// beside the output, and a file inside it that is not ours is removed with it.
    @Test func thePreviousSiteIsRemovedAfterTheSwap() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        try Data("x".utf8).write(to: site.output.appendingPathComponent("records/2026/stray.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.output.appendingPathComponent("link").path, withDestinationPath: site.content.path)
        #expect(site.build().wrote)
        #expect(site.build().wrote)
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.hasPrefix(".public") && !$0.hasSuffix(".lock") && !$0.hasSuffix(".audience") }
        #expect(beside.isEmpty, "\(beside)")
        #expect(!site.exists("records/2026/stray.txt"))
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("members/li-si.md").path), "the link was removed, not what it points to")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let first = try site.snapshot()
        site.build()
        #expect(try site.snapshot() == first)
        #expect(first.count > 10)
    }

    @Test func staleFilesDoNotSurvive() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        #expect(site.exists("about/index.html"))
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/about.md"))
        try "stray".write(to: site.output.appendingPathComponent("stray.txt"), atomically: true, encoding: .utf8)
        #expect(site.build().wrote)
        #expect(!site.exists("about/index.html"))
        #expect(!site.exists("stray.txt"))
    }

    @Test func leftoversOfAKilledBuildAreCleanedUp() throws {
        let site = try TestSite()
        defer { site.remove() }
        let leftover = site.folder.appendingPathComponent(".public.staging-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        #expect(site.build().wrote)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test func unsafeOutputPathsAreRefused() {
        #expect(OutputPath.isSafe("members/li-si/index.html"))
        #expect(!OutputPath.isSafe("../etc/passwd"))
        #expect(!OutputPath.isSafe("/etc/passwd"))
        #expect(!OutputPath.isSafe("a//b"))
        #expect(!OutputPath.isSafe(".git/config"))
        for unsafe in ["", ".", "..", "a/", "a/./b", "a/../b", "a/.hidden", "a/b/", "/"] { #expect(!OutputPath.isSafe(unsafe), "\(unsafe)") }
        for safe in ["index.html", "a/b..c/d.html", "记录/2026/一/index.html"] { #expect(OutputPath.isSafe(safe), "\(safe)") }
        #expect(OutputPath.folder(of: "a/b/index.html") == "a/b")
        #expect(OutputPath.folder(of: "index.html") == "")
        #expect(OutputPath.name(of: "a/b/index.html") == "index.html")
        #expect(OutputPath.name(of: "index.html") == "index.html")
    }

    /// Pages are written while they are drawn, before the whole build is checked: an unsafe
    /// path is refused at once, and the build then fails without a swap.
    @Test func aStagedPageWithAnUnsafePathIsNotWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        let staged = try SiteWriter(target: site.output, audience: .internal).stage()
        #expect(staged.put(OutputFile(path: "../escape.html", contents: .bytes(Array("x".utf8)))) == nil)
        #expect(staged.put(OutputFile(path: "ok/index.html", contents: .bytes(Array("y".utf8)))) != nil)
        #expect(throws: OutputError.self) { try staged.finish([], beforeSwap: { _ in }) }
        staged.close()
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("escape.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.folder.path).filter { $0.contains("staging") }
        #expect(beside.isEmpty)
    }

    @Test func checkWritesNothing() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.succeeded)
        #expect(!site.exists("index.html"))
    }

    @Test func symlinksInContentAreRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.content.appendingPathComponent("pages/link.md").path, withDestinationPath: "/etc/hostname")
        let report = site.build(write: false)
        #expect(report.errors.contains("pages/link.md:1:1: error: symbolic links are not allowed in the content folder; replace the link with the file itself"))
    }
}
