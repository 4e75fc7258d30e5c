import Foundation
import Testing
@testable import Tongxin

/// The record list is one page per month (a year of records on one page was megabytes
/// on a phone); the list page links the months and shows the newest records.
@Suite(.language(.en)) struct RecordMonthTests {
    static func site() throws -> TestSite {
        var all = AnalysisTests.base
        all["records/2025/2025-12-30-a.md"] = AnalysisTests.record("2025-12-30", "张三", ["李四"])
        all["records/2026/2026-02-01-b.md"] = AnalysisTests.record("2026-02-01", "张三", ["王五"])
        all["records/2026/2026-02-20-c.md"] = AnalysisTests.record("2026-02-20", "张三", ["李四"])
        all["records/2026/2026-05-01-d.md"] = AnalysisTests.record("2026-05-01", "赵六", ["王五"])
        return try TestSite(all)
    }

    @Test func eachMonthWithRecordsHasAPageOfItsRecords() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let february = try site.page("records/2026-02/index.html")
        #expect(february.contains("<h1 class=\"page-title\">2026年2月联系记录</h1>"))
        #expect(february.contains("共 2 份记录单"))
        #expect(february.contains("records/2026/2026-02-01-b/") && february.contains("records/2026/2026-02-20-c/"))
        #expect(!february.contains("records/2026/2026-05-01-d/") && !february.contains("records/2025/2025-12-30-a/"))
        // Months without records have no page; the neighbours are the months that have.
        #expect(!site.exists("records/2026-03/index.html"))
        #expect(february.contains("href=\"../../records/2025-12/\">上一月：2025年12月</a>"))
        #expect(february.contains("href=\"../../records/2026-05/\">下一月：2026年5月</a>"))
        let december = try site.page("records/2025-12/index.html")
        #expect(december.contains("下一月：2026年2月") && !december.contains("上一月"))
    }

    @Test func theListPageLinksEveryMonthByYearAndShowsTheNewest() throws {
        let site = try Self.site()
        defer { site.remove() }
        site.build()
        let list = try site.page("records/index.html")
        #expect(list.contains("共 4 份记录单"))
        #expect(list.contains("2026年（3 份）") && list.contains("2025年（1 份）"))
        #expect(list.contains("<a href=\"../records/2026-02/\">2月</a> <span class=\"muted\">2 份</span>"))
        #expect(list.contains("<a href=\"../records/2025-12/\">12月</a> <span class=\"muted\">1 份</span>"))
        // The newest records come first in the table below the months.
        let newest = try #require(list.range(of: "records/2026/2026-05-01-d/"))
        let oldest = try #require(list.range(of: "records/2025/2025-12-30-a/"))
        #expect(newest.lowerBound < oldest.lowerBound)
    }

    @Test func theListShowsOnlyTheNewestRecords() throws {
        var files: [String: String?] = AnalysisTests.base
        for day in 1...(RecordViews.latestCount + 5) {
            files["records/2026/2026-03-\(String(format: "%02d", day))-x.md"] = AnalysisTests.record("2026-03-\(String(format: "%02d", day))", "张三", ["李四"])
        }
        let site = try TestSite(files)
        defer { site.remove() }
        site.build()
        let list = try site.page("records/index.html")
        #expect(list.components(separatedBy: "</td></tr>").count - 1 == RecordViews.latestCount)
        #expect(list.contains("2026-03-25-x") && !list.contains("2026-03-05-x/"))
        #expect(try site.page("records/2026-03/index.html").components(separatedBy: "</td></tr>").count - 1 == RecordViews.latestCount + 5)
    }

    @Test func aSavedRecordShowsInItsMonthAndTheOtherMonthsStay() throws {
        let site = try Self.site()
        defer { site.remove() }
        var options = site.previewOptions()
        #expect(BuildPipeline.run(options).wrote)
        let may = try site.page("records/2026-05/index.html")
        try site.write("records/2026/2026-02-20-c.md", AnalysisTests.record("2026-02-20", "张三", ["王五"]).replacingOccurrences(of: "走访看望", with: "电话信息"))
        options.mode = .preview(cache: options.cache!, changed: ["records/2026/2026-02-20-c.md"])
        #expect(BuildPipeline.run(options).wrote)
        #expect(try site.page("records/2026-02/index.html").contains("电话信息"))
        #expect(try site.page("records/2026-05/index.html") == may)
    }
}

/// The suggestion register keeps its counts and the longest-waiting suggestions on one
/// page; every suggestion is on the page of its contact's month.
@Suite(.language(.en)) struct SuggestionMonthTests {
    static func suggestion(_ text: String, status: String) -> String {
        "suggestions:\n  - text: \(text)\n    route: 提案\n    status: \(status)\n"
    }

    @Test func everySuggestionIsOnItsMonthsPageAndTheOldestPendingOnTheRegister() throws {
        var files: [String: String?] = AnalysisTests.base
        files["records/2026/2026-01-10-a.md"] = AnalysisTests.record("2026-01-10", "张三", ["李四"], suggestions: Self.suggestion("一月的建议", status: "待处理"))
        files["records/2026/2026-03-05-b.md"] = AnalysisTests.record("2026-03-05", "张三", ["王五"], suggestions: Self.suggestion("三月的建议", status: "已反馈"))
        // More pending suggestions than the register lists, all in June.
        for number in 1...(SuggestionViews.oldestCount + 2) {
            let date = "2026-06-\(String(format: "%02d", (number + 1) / 2))"
            files["records/2026/\(date)-c\(number).md"] = AnalysisTests.record(date, "赵六", ["王五"], suggestions: Self.suggestion("六月第\(number)条", status: "办理中"))
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let register = try site.page("suggestions/index.html")
        let pending = SuggestionViews.oldestCount + 3
        #expect(register.contains("待处理和办理中：\(pending) 条"))
        #expect(register.contains("以下是等待最久的 \(SuggestionViews.oldestCount) 条"))
        #expect(register.contains("一月的建议"), "the longest-waiting one is listed")
        #expect(!register.contains("六月第\(SuggestionViews.oldestCount + 2)条<"), "the newest pending ones are left to their month")
        #expect(!register.contains("三月的建议"), "answered ones are on their month's page only")
        #expect(register.contains("<a href=\"../suggestions/2026-06/\">6月</a> <span class=\"muted\">\(SuggestionViews.oldestCount + 2) 条，\(SuggestionViews.oldestCount + 2) 条未办结</span>"))
        #expect(register.contains("<a href=\"../suggestions/2026-03/\">3月</a> <span class=\"muted\">1 条</span>"))
        let march = try site.page("suggestions/2026-03/index.html")
        #expect(march.contains("三月的建议") && march.contains("已反馈") && !march.contains("一月的建议"))
        #expect(march.contains("上一月：2026年1月") && march.contains("下一月：2026年6月"))
        let june = try site.page("suggestions/2026-06/index.html")
        for day in 1...(SuggestionViews.oldestCount + 2) { #expect(june.contains("六月第\(day)条<")) }
        // Newest first within the month.
        #expect(try #require(june.range(of: "六月第\(SuggestionViews.oldestCount + 2)条<")).lowerBound < #require(june.range(of: "六月第1条<")).lowerBound)
        #expect(!site.exists("suggestions/2026-02/index.html"))
    }
}
