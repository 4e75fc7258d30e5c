import Foundation
import Testing
@testable import Tongxin

/// Search needs Pagefind, which `make test` installs (scripts/install-deps.sh) before
/// running the tests.
@Suite(.enabled(if: SearchIndexer.locate(workingFolder: TestSite.repository) != nil, "Pagefind is not installed; run make deps"), .language(.en))
struct SearchTests {
    @Test func eachAudienceGetsItsOwnIndexWithChineseWords() throws {
        let site = try TestSite(["cases/open.md": "---\ntitle: 案例\n---\n委员们围绕建言献策开展协商。\n"])
        defer { site.remove() }
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output,
                                   today: Day(year: 2026, month: 11, day: 20)!, audience: .public)
        options.search = .require
        options.searchCommands = [SearchIndexer.locate(workingFolder: TestSite.repository)!.command]
        let report = BuildPipeline.run(options)
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(site.exists("pagefind/pagefind-entry.json"))
        let text = SearchIndexer.indexedText(site.output)
        #expect(text.contains("建言献策"))
        #expect(!text.contains("李四的简历"), "member pages are not in the public index")
        #expect(try site.page("search/index.html").contains("<pagefind-input>"))
    }

    @Test func theIndexIsScannedForPrivateValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fragments = folder.appendingPathComponent("pagefind/fragment")
        try FileManager.default.createDirectory(at: fragments, withIntermediateDirectories: true)
        let plain = fragments.appendingPathComponent("zh-cn_1.pf_fragment.txt")
        try "pagefind_dcd{\"content\":\"幸福\u{200B}路\u{200B}八十八号\"}".write(to: plain, atomically: true, encoding: .utf8)
        _ = SearchIndexer.run(["gzip", "-n", plain.path])
        try FileManager.default.moveItem(at: fragments.appendingPathComponent("zh-cn_1.pf_fragment.txt.gz"), to: fragments.appendingPathComponent("zh-cn_1.pf_fragment"))
        let sources = LeakScan.Sources(byOutput: [:], all: [], root: folder)
        func values(_ text: String) -> PrivateValues { PrivateValues([PrivateValues.memberField(text, member: "members/m.md")], vocabulary: []) }
        #expect(throws: LeakScan.Found.self) { try LeakScan.scanIndex(folder, privateValues: values("幸福路八十八号"), sources: sources) }
        #expect(throws: Never.self) { try LeakScan.scanIndex(folder, privateValues: values("别的地址"), sources: sources) }
    }
}

@Suite(.language(.en)) struct GitHistoryTests {
    static func git(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        var environment = ["GIT_AUTHOR_NAME": "王某", "GIT_AUTHOR_EMAIL": "w@example.org", "GIT_COMMITTER_NAME": "王某", "GIT_COMMITTER_EMAIL": "w@example.org"]
        if let date { environment["GIT_AUTHOR_DATE"] = date; environment["GIT_COMMITTER_DATE"] = date }
        let result = Git.runDetailed(arguments, in: folder, environment: environment)
        #expect(result.status == 0, "git \(arguments): \(result.error)")
    }

    @Test func pagesShowTheirLastChangeFromOneGitLog() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Self.git(["init", "-q"], in: site.folder)
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "-m", "first"], in: site.folder, date: "2026-03-01T10:00:00+08:00")
        try site.write("rules/method.md", "---\ntitle: 联系办法\n---\n改过。\n")
        try Self.git(["commit", "-q", "-am", "second"], in: site.folder, date: "2026-04-02T10:00:00+08:00")
        let history = GitHistory.load(contentFolder: site.content)
        #expect(history.availability == .available)
        #expect(history.lastChange(of: "rules/method.md") == GitHistory.Change(date: Day(parsing: "2026-04-02")!, author: "王某"))
        #expect(history.lastChange(of: "pages/about.md")?.date == Day(parsing: "2026-03-01")!)
        site.build()
        #expect(try site.page("rules/method/index.html").contains("本页最后修改：2026年4月2日 · 王某"))
    }

    /// The preview reads only the commits made since its last build; what it finds must
    /// be what one whole `git log` finds, after a commit and after history is rewritten.
    @Test func aLaterHistoryReadsOnlyTheNewCommitsAndEqualsAWholeRead() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Self.git(["init", "-q"], in: site.folder)
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "-m", "first"], in: site.folder, date: "2026-03-01T10:00:00+08:00")
        let paths = ["rules/method.md", "pages/about.md", "site.json", "records/new.md"]
        let kept = site.folder.appendingPathComponent(".git/" + KeptHistory.name)
        func same(_ history: GitHistory, _ note: Comment) {
            // A whole read: without the history the last load kept in the repository.
            try? FileManager.default.removeItem(at: kept)
            let whole = GitHistory.load(contentFolder: site.content)
            for path in paths { #expect(history.lastChange(of: path) == whole.lastChange(of: path), "\(path): \(note)") }
        }
        let first = GitHistory.load(contentFolder: site.content)
        #expect(first.lastChange(of: "rules/method.md")?.date == Day(parsing: "2026-03-01")!)
        try site.write("rules/method.md", "---\ntitle: 联系办法\n---\n改过。\n")
        try Self.git(["commit", "-q", "-am", "second"], in: site.folder, date: "2026-04-02T10:00:00+08:00")
        let second = GitHistory.load(contentFolder: site.content, after: first)
        #expect(second.lastChange(of: "rules/method.md")?.date == Day(parsing: "2026-04-02")!)
        #expect(second.lastChange(of: "pages/about.md")?.date == Day(parsing: "2026-03-01")!)
        same(second, "after a commit")
        // Nothing committed since: the same history.
        #expect(GitHistory.load(contentFolder: site.content, after: second).lastChange(of: "rules/method.md")?.date == Day(parsing: "2026-04-02")!)
        // The last commit rewritten with another file and day: the earlier read's commit is
        // no longer in the history, and nothing of it may stay.
        try site.write("pages/about.md", "---\ntitle: 关于\n---\n又改。\n")
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "--amend", "--reset-author", "-m", "second, again"], in: site.folder, date: "2026-05-03T10:00:00+08:00")
        let third = GitHistory.load(contentFolder: site.content, after: second)
        #expect(third.lastChange(of: "rules/method.md")?.date == Day(parsing: "2026-05-03")!)
        same(third, "after an amended commit")
        // A new file in a new commit.
        try site.write("records/new.md", "---\ndate: 2026-05-04\n---\n新。\n")
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "-m", "fourth"], in: site.folder, date: "2026-05-04T10:00:00+08:00")
        let fourth = GitHistory.load(contentFolder: site.content, after: third)
        #expect(fourth.lastChange(of: "records/new.md")?.date == Day(parsing: "2026-05-04")!)
        same(fourth, "after a new file")
        // The last commit dropped: what it changed goes back to the commit before.
        try Self.git(["reset", "-q", "--hard", "HEAD~1"], in: site.folder)
        let fifth = GitHistory.load(contentFolder: site.content, after: fourth)
        #expect(fifth.lastChange(of: "records/new.md") == nil)
        same(fifth, "after a dropped commit")
    }

    /// A build without a preview (`tongxin build`) starts from the history the last build
    /// kept inside the repository's .git folder, and reads the whole log when that file
    /// is not of its format.
    @Test func aBuildStartsFromTheHistoryTheLastBuildKept() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Self.git(["init", "-q"], in: site.folder)
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "-m", "first"], in: site.folder, date: "2026-03-01T10:00:00+08:00")
        let kept = site.folder.appendingPathComponent(".git/" + KeptHistory.name)
        _ = GitHistory.load(contentFolder: site.content)
        let text = try String(contentsOf: kept, encoding: .utf8)
        #expect(text.contains("rules/method.md\t2026-03-01\t王某"))
        // The kept file is what a build starts from: a change written into it is found.
        try text.replacingOccurrences(of: "rules/method.md\t2026-03-01", with: "rules/method.md\t2020-01-01").write(to: kept, atomically: true, encoding: .utf8)
        #expect(GitHistory.load(contentFolder: site.content).lastChange(of: "rules/method.md")?.date == Day(parsing: "2020-01-01")!)
        // After a commit, only that commit is read and laid over it.
        try site.write("pages/about.md", "---\ntitle: 关于\n---\n改过。\n")
        try Self.git(["commit", "-q", "-am", "second"], in: site.folder, date: "2026-04-02T10:00:00+08:00")
        let later = GitHistory.load(contentFolder: site.content)
        #expect(later.lastChange(of: "pages/about.md")?.date == Day(parsing: "2026-04-02")!)
        #expect(later.lastChange(of: "rules/method.md")?.date == Day(parsing: "2020-01-01")!)
        // A file of another format is ignored: the whole log again.
        try "something else\n".write(to: kept, atomically: true, encoding: .utf8)
        let whole = GitHistory.load(contentFolder: site.content)
        #expect(whole.lastChange(of: "rules/method.md")?.date == Day(parsing: "2026-03-01")!)
        #expect(whole.lastChange(of: "pages/about.md")?.date == Day(parsing: "2026-04-02")!)
        // Never in the site: the output has no trace of it.
        site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(KeptHistory.name).path))
    }

    @Test func outsideGitOrInAShallowCloneThereIsNoDate() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(GitHistory.load(contentFolder: site.content).availability == .notARepository)
        try Self.git(["init", "-q"], in: site.folder)
        try Self.git(["add", "-A"], in: site.folder)
        try Self.git(["commit", "-q", "-m", "one"], in: site.folder)
        try site.write("pages/about.md", "---\ntitle: 关于\n---\n二\n")
        try Self.git(["commit", "-q", "-am", "two"], in: site.folder)
        let clone = site.folder.appendingPathComponent("clone")
        try Self.git(["clone", "-q", "--depth", "1", "file://" + site.folder.path, clone.path], in: site.folder)
        #expect(GitHistory.load(contentFolder: clone.appendingPathComponent("content")).availability == .shallowClone)
        let output = site.folder.appendingPathComponent("clone-public")
        let report = BuildPipeline.run(BuildOptions(contentFolder: clone.appendingPathComponent("content"), themeFolder: TestSite.theme, outputFolder: output, today: Day(year: 2026, month: 11, day: 20)!))
        #expect(report.wrote)
        let page = try String(contentsOf: output.appendingPathComponent("rules/method/index.html"), encoding: .utf8)
        #expect(!page.contains("本页最后修改"), "a shallow clone would date every file to its one commit")
    }
}

@Suite(.language(.en)) struct SearchMissingTests {
    @Test func aMissingIndexerWarnsAndTheBuildGoesOnUnlessSearchIsRequired() throws {
        let site = try TestSite()
        defer { site.remove() }
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!)
        options.searchCommands = [["/nonexistent/pagefind"]]
        options.search = .auto
        let relaxed = BuildPipeline.run(options)
        #expect(relaxed.wrote)
        #expect(relaxed.warnings.contains { $0.hasPrefix("(search):1:1: warning: " + L("search.notBuilt", "")) })
        try FileManager.default.removeItem(at: site.output)
        options.search = .require
        let strict = BuildPipeline.run(options)
        #expect(!strict.wrote)
        #expect(strict.errors.contains { $0.contains(L("search.missing")) })
    }
}
