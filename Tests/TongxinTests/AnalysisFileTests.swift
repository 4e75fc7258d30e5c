import Foundation
import Testing
@testable import Tongxin

/// The CSV tables and the contactors' calendars are listed like pages (AnalysisFile):
/// the preview shows a save's pages first and draws the changed files right after.
@Suite struct AnalysisFileTests {
    static let records = "records/records.csv", calendar = "members/zhang-san/tasks.ics"

    /// A new record changes the records table and answers 李四's 五到位 event: both files
    /// keep their last bytes until the build is reported, are then drawn (a download
    /// meanwhile waits), and end equal to a fresh build's. A text-only save leaves them
    /// alone; a calendar left with no open event is gone at once.
    @Test func theTablesAndCalendarsOfASaveAreDrawnRightAfterThePages() throws {
        let site = try ContactorTasksTests.site()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(site.previewBuild(cache: cache).wrote)
        let before = try site.snapshot()
        #expect(String(decoding: try #require(before[Self.calendar]), as: UTF8.self).contains("DTSTART;VALUE=DATE:20260919"))

        let record = "records/2026/2026-08-28-c.md"
        try site.edit(record, AnalysisTests.record("2026-08-28", "张三", ["李四"]))
        var report = BuildPipeline.run(site.previewOptions(cache: cache, changed: [record]))
        #expect(report.wrote, "\(report.lines)")
        let shown = try site.snapshot()
        #expect(shown[Self.records] == before[Self.records] && shown[Self.calendar] == before[Self.calendar], "not drawn before the report")
        #expect(cache.isLater(Self.records) && cache.isLater(Self.calendar))
        #expect(shown["records/2026/2026-08-28-c/index.html"] != nil, "the pages are")
        let waited = Background { cache.waitUntilDrawn(Self.records) }
        report.afterReport?()
        report.afterReport = nil
        #expect(waited.value)
        #expect(!cache.isLater(Self.records) && !cache.isLater(Self.calendar))
        let drawn = try site.snapshot()
        #expect(String(decoding: try #require(drawn[Self.records]), as: UTF8.self).contains("2026-08-28"))
        #expect(!String(decoding: try #require(drawn[Self.calendar]), as: UTF8.self).contains("DTSTART;VALUE=DATE:20260919"), "李四's event is answered")
        #expect(Self.files(drawn) == Self.files(try site.freshSnapshotOfContent()))

        // The text alone: the analysis is the same, and so are the files.
        try site.edit(record, AnalysisTests.record("2026-08-28", "张三", ["李四"]).replacingOccurrences(of: "记录。", with: "改过的记录。"))
        let text = site.previewBuild(cache: cache, changed: [record])
        #expect(text.wrote && !cache.isLater(Self.records))
        #expect(Self.files(try site.snapshot()) == Self.files(drawn))

        // 王五's event answered too: 张三 has no open event, and no calendar at the report.
        let second = "records/2026/2026-08-29-d.md"
        try site.edit(second, AnalysisTests.record("2026-08-29", "张三", ["王五"]))
        var last = BuildPipeline.run(site.previewOptions(cache: cache, changed: [second]))
        #expect(last.wrote)
        #expect(!site.exists(Self.calendar))
        last.afterReport?()
        last.afterReport = nil
        #expect(Self.files(try site.snapshot()) == Self.files(try site.freshSnapshotOfContent()))
    }

    /// A build takes the tables of the last one while the analysis is the same, and makes
    /// them again (equal to a fresh build's) when a record changes it.
    @Test func aBuildMakesTheTablesAgainWhenTheAnalysisChanges() throws {
        let site = try ContactorTasksTests.site()
        defer { site.remove() }
        #expect(site.build().wrote)
        let first = try site.snapshot()
        let record = "records/2026/2026-05-01-b.md"
        try site.edit(record, try #require(try String(contentsOf: site.content.appendingPathComponent(record), encoding: .utf8)).replacingOccurrences(of: "记录。", with: "另一段记录。"))
        #expect(site.build().wrote)
        #expect(Self.files(try site.snapshot()) == Self.files(first))
        try site.edit("records/2026/2026-08-28-c.md", AnalysisTests.record("2026-08-28", "张三", ["李四"]))
        #expect(site.build().wrote)
        let changed = try site.snapshot()
        #expect(changed[Self.records] != first[Self.records])
        #expect(Self.files(changed) == Self.files(try site.freshSnapshotOfContent()))
    }

    static func files(_ snapshot: [String: Data]) -> [String: Data] {
        snapshot.filter { $0.key.hasSuffix(".csv") || $0.key.hasSuffix(".ics") }
    }
}
