import Foundation
import Testing
@testable import Tongxin
@testable import TongxinServe

/// The preview passes the watcher's report of changed files to the load, which then
/// stats only those; anything the report cannot vouch for sends it back to a full scan.
@Suite struct ReportedChangesTests {
    func build(_ site: TestSite, cache: BuildCache, changed: Set<String>?) -> BuildReport {
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!)
        options.cache = cache
        options.contentChanges = changed
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

    @Test func aReportedFolderMeansAFullScan() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache, changed: nil).wrote)
        // A folder moved in whole gives one event for the folder, none for its files.
        try site.write("records/2025/2025-06-01-li-si.md", "---\ndate: 2025-06-01\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\n---\n去年的记录。\n")
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
