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

    /// The .docx beside each year's summary: the page's figures, word for word, then
    /// every record the figure counts and every suggestion of that year; linked from the
    /// page and from the reports page; the same bytes on a rebuild.
    @Test func eachYearsSummaryHasAWordFileWithThePagesFiguresAndItsLists() throws {
        let site = try YearPagesTests.twoYears()
        defer { site.remove() }
        #expect(site.build().errors.isEmpty)
        let figures = "党外委员有联系人的 2/3 名，年内已联系的 2/3 名；分工联系 1/3 对达到每年 2 次，滞后 2 对。全年联系记录 3 份、联系 3 人次；形成意见建议 0 条，已反馈 0 条。"
        #expect(try site.page("reports/2025/summary/index.html").contains(figures))
        let file = site.output.appendingPathComponent("reports/2025/summary/report.docx")
        let document = try #require(try OfficeClient.unzip(file)["word/document.xml"])
        #expect(document.contains(figures), "the page's figures")
        for heading in ["一、各专门委员会", "二、党组成员", "三、意见建议去向与办理", "四、滞后的联系", "五、全年联系记录", "六、意见建议清单"] {
            #expect(document.contains(heading), "\(heading)")
        }
        // Three records counted, three rows under the list's head (and the tables before it).
        let list = try #require(document.range(of: "五、全年联系记录"))
        let rows = document[list.upperBound...].components(separatedBy: "<w:tr>").count - 1
        #expect(rows == 1 + 3, "the head and one row per record counted: \(rows)")
        let this = try #require(try OfficeClient.unzip(site.output.appendingPathComponent("reports/2026/summary/report.docx"))["word/document.xml"])
        #expect(this.contains("本年尚未结束，数据截至2026年8月31日。") && this.contains("去向：提案"), "2026's suggestion listed")
        #expect(try site.page("reports/2025/summary/index.html").contains(#"<a href="report.docx" download="政协测试市委员会2025年联系工作汇总.docx">下载 Word</a>"#))
        #expect(try site.page("reports/index.html").contains(#"reports/2025/summary/report.docx" download="政协测试市委员会2025年联系工作汇总.docx">Word</a>"#))
        let before = try Data(contentsOf: file)
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().errors.isEmpty)
        #expect(try Data(contentsOf: file) == before, "byte-identical on a rebuild")
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
