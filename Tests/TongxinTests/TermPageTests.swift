import Foundation
import Testing
@testable import Tongxin

/// The term (届) page: each year of the term with its figures, suggestions and the
/// members who moved, when site.json names the term.
@Suite struct TermPageTests {
    static let term = #""term": { "name": "第十届", "first_year": 2024, "last_year": 2028 },"#

    static func site(_ files: [String: String?] = [:]) throws -> TestSite {
        var all = files
        // ContactPagesTests.site's settings (as of 2026-08-31), with the term.
        let text = (AnalysisTests.base["site.json"]!)!.replacingOccurrences(of: "\"2026-11-20\"", with: "\"2026-08-31\"")
        all["site.json"] = text.replacingOccurrences(of: "\"as_of\"", with: term + " \"as_of\"")
        all["records/2025/2025-03-01-a.md"] = AnalysisTests.record("2025-03-01", "张三", ["李四"], suggestions: "suggestions:\n  - text: 建议\n    route: 提案\n    status: 已反馈\n  - text: 建议二\n    route: 提案\n")
        all["records/2025/2025-10-01-c.md"] = AnalysisTests.record("2025-10-01", "赵六", ["王五"])
        return try ContactPagesTests.site(all)
    }

    @Test func theTermPageShowsEachYearUpToAsOf() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let page = try site.page("term/index.html")
        #expect(page.contains("第十届（2024—2028年）"))
        #expect(page.contains("<th scope=\"row\">2024年</th><td colspan=\"4\" class=\"muted\">无联系记录</td>"), "a year without records has no page to link")
        #expect(page.contains(#"<a href="../years/2025/">2025年</a></th><td class="num">2</td>"#), "two contacts in 2025")
        #expect(page.contains("<td class=\"num\">2</td><td class=\"num\">1</td><td>0 名</td>"), "2025: two suggestions, one answered, nobody moved")
        // 王五 left the proposal committee on 2026-03-31 (AnalysisTests.base).
        #expect(page.contains("<td>1 名 <a href=\"../members/wang-wu/\">王五</a></td>"))
        #expect(!page.contains(">2027年<"), "years after as_of are not listed")
        #expect(page.contains("<svg") && page.contains("2025年 年内已联系 67%"))
        #expect(try site.page("index.html").contains("term/\">第十届各年度情况</a>"))
        #expect(try site.page("reports/index.html").contains("term/\">第十届各年度情况</a>"))
    }

    @Test func withoutATermThereIsNoTermPage() throws {
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        site.build()
        #expect(!site.exists("term/index.html"))
        #expect(!(try site.page("index.html")).contains("term/"))
    }

    @Test func aTermWhoseYearsDoNotWorkIsAnError() throws {
        let site = try TestSite(["site.json": TestSite.siteJSON.replacingOccurrences(of: "\"as_of\"", with: #""term": { "name": "第十届", "first_year": 2026, "last_year": 2022 }, "as_of""#)])
        defer { site.remove() }
        let errors = site.build(write: false).errors
        #expect(errors.contains { $0.hasPrefix("site.json:") && $0.contains("2026–2022") }, "\(errors)")
    }
}
