import Foundation
import Testing
@testable import Tongxin

/// What is due: pairs in progress that have not met for `recent_contact_days` (近期未联系),
/// the share of members actually contacted this year, and no 五到位 where the policy has none.
@Suite struct DueContactsTests {
    static func quiet(_ work: ContactWork) -> [String] {
        work.due.quiet.map { "\($0.pair.pair.contactorID)→\($0.pair.pair.contacteeID) \($0.days) \($0.lastContact?.iso ?? "-")" }
    }

    @Test func aPairInProgressThatHasNotMetForNinetyDaysIsQuiet() throws {
        let (_, work) = try AnalysisTests.work([
            "records/2026/2026-02-01-a.md": AnalysisTests.record("2026-02-01", "张三", ["李四"]),
            "records/2026/2026-07-15-b.md": AnalysisTests.record("2026-07-15", "张三", ["王五"]),
        ], asOf: "2026-08-31")
        // 张三→李四: once, 211 days ago; 张三→王五: 47 days ago; 赵六→王五: none by July, so
        // behind (listed as 滞后, not here).
        #expect(Self.quiet(work) == ["zhang-san→li-si 211 2026-02-01"])
        #expect(work.due.contactedThisYear == 2, "李四 and 王五 of the three who must be covered")
        #expect(abs(work.contactedRate - 2.0 / 3.0) < 1e-9)
    }

    @Test func theLimitComesFromThePolicyAndCountsEarlierYears() throws {
        let policy = "\"min_contacts_per_year\": 2,"
        let site = (AnalysisTests.base["site.json"]!)!.replacingOccurrences(of: policy, with: policy + " \"recent_contact_days\": 30,")
        let (_, work) = try AnalysisTests.work([
            "site.json": site,
            "records/2025/2025-12-20-a.md": AnalysisTests.record("2025-12-20", "张三", ["李四"]),
        ], asOf: "2026-02-15")
        // 张三→李四 last met in 2025 (57 days); the others never, 45 days into the year.
        #expect(Self.quiet(work) == ["zhang-san→li-si 57 2025-12-20", "zhang-san→wang-wu 45 -", "zhao-liu→wang-wu 45 -"])
        #expect(work.due.contactedThisYear == 0, "the December contact is last year's")
    }

    @Test func aNonPositiveLimitIsAnError() throws {
        let policy = "\"min_contacts_per_year\": 2,"
        let site = try TestSite(["site.json": TestSite.siteJSON.replacingOccurrences(of: policy, with: policy + "\n    \"recent_contact_days\": 0,")])
        defer { site.remove() }
        let errors = site.build(write: false).errors
        #expect(errors.contains { $0.hasPrefix("site.json:7:28: error: recent_contact_days") }, "\(errors)")
    }

    @Test func theHomePageNamesWhatItCountsAndListsTheQuietPairs() throws {
        let site = try ContactPagesTests.site(["records/2026/2026-05-01-b.md": nil])
        defer { site.remove() }
        site.build()
        let home = try site.page("index.html")
        #expect(home.contains(#"<span class="figure-label">有联系人</span><span class="figure-value">67%</span>"#))
        #expect(home.contains(#"<span class="figure-label">年内已联系</span><span class="figure-value">67%</span><span class="figure-detail">2/3 名党外委员2026年有联系记录</span>"#))
        #expect(home.contains("近期未联系（超过 90 天，共 2 对）"))
        #expect(home.contains("211 天未联系（最近 2026年2月1日），1/2 次"))
        #expect(home.contains("五到位逾期"))
    }

    @Test func aPolicyWithoutFiveArrivalsShowsNoneOfThem() throws {
        let site = try TestSite(["site.json": TestSite.siteJSON.replacingOccurrences(of: #""triggers": [ { "id": "new-member", "name": "委员新任", "due_days": 30 } ]"#, with: #""triggers": []"#)])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(!site.exists("assignments/triggers/index.html"))
        for page in ["index.html", "assignments/index.html", "members/zhang-san/index.html"] {
            let html = try site.page(page)
            #expect(!html.contains("五到位") && !html.contains("triggers/"), "\(page)")
        }
    }
}
