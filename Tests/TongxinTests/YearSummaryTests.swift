import Foundation
import Testing
@testable import Tongxin

/// The yearly consolidated report (年度汇总) per year with records, for both systems.
@Suite struct YearSummaryTests {
    @Test func eachYearHasItsConsolidatedReport() throws {
        let site = try YearPagesTests.twoYears()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        // 2025: 张三→李四 once, 赵六→王五 twice (done), 张三→王五 never; 钱七 has no contactor.
        let last = try site.page("reports/2025/summary/index.html")
        #expect(last.contains("党外委员有联系人的 2/3 名，年内已联系的 2/3 名；分工联系 1/3 对达到每年 2 次，滞后 2 对。全年联系记录 3 份、联系 3 人次；形成意见建议 0 条，已反馈 0 条。"))
        #expect(!last.contains("本年尚未结束"))
        // 张三, 李四, 赵六 and 钱七 are in the proposal committee now; one pair of theirs, met.
        #expect(last.contains(#"<th scope="row">提案委员会</th><td class="num">4</td><td class="num">1</td><td class="num">1</td><td class="num">3</td>"#))
        let this = try site.page("reports/2026/summary/index.html")
        #expect(this.contains("本年尚未结束，数据截至2026年8月31日。"))
        #expect(this.contains("形成意见建议 1 条，已反馈 0 条"))
        #expect(this.contains(#"<th scope="row">提案</th><td class="num">1</td><td class="num">0</td><td class="num">0</td>"#))
        let index = try site.page("reports/index.html")
        #expect(index.contains("reports/2025/summary/\">2025年联系工作汇总</a>") && index.contains("reports/2026/summary/"))
    }

    @Test func aPolicyWithoutWindowsOrTriggersHasItToo() throws {
        let site = try TestSite(["site.json": TestSite.siteJSON.replacingOccurrences(of: #""triggers": [ { "id": "new-member", "name": "委员新任", "due_days": 30 } ]"#, with: #""triggers": []"#)])
        defer { site.remove() }
        site.build()
        let page = try site.page("reports/2026/summary/index.html")
        #expect(page.contains("全年联系记录 1 份"))
        #expect(!page.contains("五到位"))
    }
}
