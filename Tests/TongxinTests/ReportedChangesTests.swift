import Foundation
import Testing
@testable import Tongxin
@testable import TongxinServe

/// The preview passes the watcher's report of changed files to the load, which then
/// stats only those; anything the report cannot vouch for sends it back to a full scan.
@Suite(.language(.en)) struct ReportedChangesTests {
    func build(_ site: TestSite, cache: BuildCache, changed: Set<String>?) -> BuildReport {
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!)
        options.mode = .preview(cache: cache, changed: changed)
        return BuildPipeline.run(options)
    }

    /// Every Markdown and data file of the test site (the ones the load stats without a report).
    func checkedFileCount(_ site: TestSite) -> Int {
        FileManager.default.enumerator(atPath: site.content.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || ContentFiles.dataFiles.contains($0) }.count
    }

    @Test func aReportedEditIsTheOnlyFileChecked() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        #expect(cache.filesChecked == checkedFileCount(site), "the first build checks every file")
        try site.write("pages/about.md", "---\ntitle: 改过的关于\n---\n新的正文。\n")
        #expect(build(site, cache: cache, changed: ["pages/about.md"]).wrote)
        #expect(cache.filesChecked == 1)
        #expect(try site.page("about/index.html").contains("新的正文。"))
        #expect(build(site, cache: cache, changed: []).wrote)
        #expect(cache.filesChecked == 0, "an empty report (a theme change) checks no content file")
        // A data file the report names is read again too.
        try site.write("site.json", TestSite.siteJSON.replacingOccurrences(of: "测试政协", with: "改名的政协"))
        #expect(build(site, cache: cache, changed: ["site.json"]).wrote)
        #expect(cache.filesChecked == 1)
        #expect(try site.page("about/index.html").contains("改名的政协"))
    }

    /// Records keep their last check while only records change, and so do the
    /// organisation, members, assignments and cases; a member or data file read again
    /// means everything is checked again.
    @Test func checksAreKeptOnlyWhileTheirMembersAndSettingsAreUnchanged() throws {
        let twice = "records/2026/2026-04-01-twice.md"
        // 九三学社 before 民建 is out of the official order: a warning of the organisation's.
        let organization = TestSite.organizationJSON.replacingOccurrences(of: "{ \"id\": \"cndca\"", with: "{ \"id\": \"jiusan\", \"name\": \"九三学社\", \"short\": \"九三\" },\n    { \"id\": \"cndca\"")
        let story = "cases/a.md"
        let site = try TestSite([twice: "---\ndate: 2026-04-01\ncontactor: 张三\ncontactees: [李四, 李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n两次。\n", "data/organization.json": organization,
                                 story: "---\ntitle: 案例甲\ndate: 2026-05-01\nmembers: [li-si]\n---\n正文。\n"])
        defer { site.remove() }
        let cache = BuildCache()
        let first = build(site, cache: cache, changed: nil)
        #expect(first.wrote)
        #expect(first.warnings.contains { $0.contains("listed twice") })
        #expect(first.warnings.contains { $0.contains("officially follows") })
        // Another record saved: the unchanged one keeps its warning.
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n改过。\n")
        let second = build(site, cache: cache, changed: ["records/2026/2026-03-12-li-si.md"])
        #expect(second.wrote)
        #expect(second.warnings == first.warnings)
        // The saved record itself is checked again.
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 飞鸽传书\nplace: 会议室\nrecorder: 办公室\n---\n改过。\n")
        let third = build(site, cache: cache, changed: ["records/2026/2026-03-12-li-si.md"])
        #expect(third.errors.contains { $0.contains("飞鸽传书") })
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n改过。\n")
        #expect(build(site, cache: cache, changed: ["records/2026/2026-03-12-li-si.md"]).wrote)
        // The contactor leaves the Party: both records, unchanged, are now wrong.
        try site.write("members/zhang-san.md", "---\nname: 张三\nparty: cndca\nsector: economy\ncommittee: proposal\nwindow: w-proposal\n---\n张三的简历。\n")
        let fourth = build(site, cache: cache, changed: ["members/zhang-san.md"])
        #expect(fourth.errors.filter { $0.hasPrefix("records/") && $0.contains("not a Party member") }.count == 2)
        // A setting read again (the rule relaxed): checked again as well.
        try site.write("site.json", TestSite.siteJSON.replacingOccurrences(of: "\"contactor_must_be_party_member\": true", with: "\"contactor_must_be_party_member\": false"))
        let fifth = build(site, cache: cache, changed: ["site.json"])
        #expect(!fifth.errors.contains { $0.hasPrefix("records/") }, "the assignment, not the records, is still wrong")
        #expect(!fifth.errors.isEmpty)
        // A case read again is checked again.
        try site.write(story, "---\ntitle: 案例甲\ndate: 2026-05-01\nmembers: [nobody-here]\n---\n正文。\n")
        let sixth = build(site, cache: cache, changed: [story])
        #expect(sixth.errors.contains { $0.hasPrefix(story) && $0.contains("nobody-here") })
    }

    @Test func aNewFileInTheReportMeansAFullScan() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        try site.write("pages/new.md", "---\ntitle: 新页面\n---\n新。\n")
        #expect(build(site, cache: cache, changed: ["pages/new.md"]).wrote)
        #expect(cache.filesChecked == checkedFileCount(site))
        #expect(try site.page("new/index.html").contains("新页面"))
    }

    @Test func aDeletedFileInTheReportMeansAFullScan() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/about.md"))
        #expect(build(site, cache: cache, changed: ["pages/about.md"]).wrote)
        #expect(!site.exists("about/index.html"))
    }

    /// `sed -i` and some editors save through a temporary file renamed over the original:
    /// the watcher names both, and the temporary one is gone by the build.
    @Test func aTemporaryFileThatCameAndWentIsNotAChange() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        try site.write("pages/about.md", "---\ntitle: 改过的关于\n---\n新的正文。\n")
        #expect(build(site, cache: cache, changed: ["pages/about.md", "pages/sedX4f2Q", "pages/.about.md.swp"]).wrote)
        #expect(cache.filesChecked == 1, "only the saved file is checked")
        #expect(try site.page("about/index.html").contains("新的正文。"))
        // A file that did appear is still a reason to scan.
        try site.write("pages/help.md", "---\ntitle: 帮助\n---\n帮助。\n")
        #expect(build(site, cache: cache, changed: ["pages/help.md", "pages/sedX4f2Q"]).wrote)
        #expect(cache.filesChecked == checkedFileCount(site))
        #expect(site.exists("help/index.html"))
    }

    @Test func aReportedFolderMeansAFullScan() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        // A folder moved in whole gives one event for the folder, none for its files.
        try site.write("records/2025/2025-06-01-li-si.md", "---\ndate: 2025-06-01\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n去年的记录。\n")
        #expect(build(site, cache: cache, changed: ["records/2025"]).wrote)
        #expect(site.exists("records/2025/2025-06-01-li-si/index.html"))
    }

    @Test func theWatchersPathsBecomeContentPaths() {
        let build = BuildOptions(contentFolder: URL(fileURLWithPath: "/site/content"), themeFolder: URL(fileURLWithPath: "/site/theme"), outputFolder: URL(fileURLWithPath: "/out"))
        let folders = WatchedFolders(build)
        #expect(folders.contentChanges(["/site/content/records/2026/a.md", "/site/theme/templates/base.mustache"]) == ["records/2026/a.md"])
        #expect(folders.contentChanges(["(overflow)"]) == nil, "lost events: check everything")
        #expect(folders.contentChanges(["/site/content"]) == nil, "the folder itself went or moved")
        #expect(folders.contentChanges(["/site/contents/x.md"]) == nil)
    }
}
