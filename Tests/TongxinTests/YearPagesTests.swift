import Foundation
import Testing
@testable import Tongxin

/// Records of several years: a dashboard and pairs table per earlier year at its own
/// address, the home page this year's with last year's figures beside it, and a switch
/// between the years. A site with one year shows none of it.
@Suite struct YearPagesTests {
    /// As of 2026-08-31 (ContactPagesTests.site): 2026 has 张三→李四 twice (02-01, 05-01)
    /// and 张三→王五 once. 2025 adds 张三→李四 once and 赵六→王五 twice.
    static func twoYears() throws -> TestSite {
        try ContactPagesTests.site([
            "records/2025/2025-03-01-a.md": AnalysisTests.record("2025-03-01", "张三", ["李四"]),
            "records/2025/2025-04-01-b.md": AnalysisTests.record("2025-04-01", "赵六", ["王五"]),
            "records/2025/2025-10-01-c.md": AnalysisTests.record("2025-10-01", "赵六", ["王五"]),
        ])
    }

    @Test func anEarlierYearIsAnalysedAsItStoodOnItsLastDay() throws {
        let (_, work) = try AnalysisTests.work(["records/2025/2025-03-01-a.md": AnalysisTests.record("2025-03-01", "张三", ["李四"])], asOf: "2026-08-31")
        #expect(work.pastYears.isEmpty, "only the renderer asks for earlier years")
        let (_, withYears) = try Self.workWithYears()
        #expect(withYears.years == [2026, 2025])
        let past = try #require(withYears.previousYear)
        #expect(past.asOf.iso == "2025-12-31")
        #expect(past.frequency.pairs.first { $0.pair.contactorID == "zhao-liu" }?.count == 2)
        #expect(past.frequency.pairs.first { $0.pair.contacteeID == "li-si" }?.status == .behind, "1 of 2 by the end of 2025")
        #expect(past.log.contacts(in: past.year).count == 3)
    }

    static func workWithYears() throws -> (CheckedSite, ContactWork) {
        let site = try TestSite(AnalysisTests.base.merging([
            "records/2025/2025-03-01-a.md": AnalysisTests.record("2025-03-01", "张三", ["李四"]),
            "records/2025/2025-04-01-b.md": AnalysisTests.record("2025-04-01", "赵六", ["王五"]),
            "records/2025/2025-10-01-c.md": AnalysisTests.record("2025-10-01", "赵六", ["王五"]),
        ]) { $1 })
        defer { site.remove() }
        let (loaded, _) = ContentLoader.load(contentFolder: site.content)
        let checked = try #require(Validator.check(loaded).0)
        return (checked, ContactWork(checked, asOf: Day(parsing: "2026-08-31")!, pastYears: true))
    }

    @Test func eachEarlierYearHasItsOwnDashboardAndPairs() throws {
        let site = try Self.twoYears()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let year = try site.page("years/2025/index.html")
        #expect(year.contains("2025年联系工作情况"))
        // 2025: 赵六→王五 done (2), 张三→李四 behind (1), 张三→王五 behind (0): 1 of 3.
        #expect(year.contains(#"<span class="figure-label">达标率</span><span class="figure-value">33%</span>"#))
        #expect(year.contains("reports/2025/party-group/zhao-liu/"))
        #expect(year.contains(#"<strong aria-current="page">2025年</strong>"#) && year.contains(#"href="../../">2026年</a>"#))
        let pairs = try site.page("years/2025/pairs/index.html")
        #expect(pairs.contains("联系频次（2025年）"))
        #expect(pairs.contains(#"<td class="num">2/2</td>"#))
        #expect(pairs.contains(#"href="../../../assignments/pairs/">2026年</a>"#))
        #expect(try site.page("assignments/pairs/index.html").contains(#"href="../../years/2025/pairs/">2025年</a>"#))
    }

    @Test func theHomePageSetsLastYearBesideEachFigureAndDrawsBothYearsByMonth() throws {
        let site = try Self.twoYears()
        defer { site.remove() }
        site.build()
        let home = try site.page("index.html")
        // 达标率 2026 (as of 08-31): 张三→李四 done; 1 of 3 = 33%; 2025: 33% too.
        #expect(home.contains(#"<span class="figure-label">达标率</span><span class="figure-value">33%</span><span class="figure-detail">1/3 对联系年内达 2 次</span><span class="figure-previous">2025年 33%，持平</span>"#))
        // 年内已联系: 2026 李四, 王五 (2 of 3 = 67%); 2025 李四, 王五 (67%).
        #expect(home.contains(#"<span class="figure-previous">2025年 67%，持平</span>"#))
        // 滞后: 2026 赵六→王五 (none by July) = 1; 2025: 2.
        #expect(home.contains(#"<span class="figure-label">滞后</span><span class="figure-value">1</span><span class="figure-detail">对联系未按要求开展</span><span class="figure-previous">2025年 2，本年 -1</span>"#))
        #expect(home.contains("每月联系次数（2026年与2025年）"))
        #expect(home.contains("3月 2026年 0 次，2025年 1 次；"))
        #expect(home.contains("8月 2026年 0 次，2025年 0 次；9月 2025年 0 次"), "2026 stops at as_of; 2025 has all twelve months")
        #expect(home.contains(#"href="years/2025/">2025年</a>"#))
    }

    @Test func aSiteWithOneYearHasNoSwitchAndNoYearPages() throws {
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        site.build()
        #expect(!site.exists("years/2025/index.html"))
        let home = try site.page("index.html")
        #expect(!home.contains("year-switch") && !home.contains("figure-previous"))
    }
}
