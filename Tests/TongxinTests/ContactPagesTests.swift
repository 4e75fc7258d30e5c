import Foundation
import Testing
@testable import Tongxin

/// The contact-work pages show the numbers the analysis computed, and the CSV files
/// hold the same rows as the tables.
@Suite(.language(.en)) struct ContactPagesTests {
    static func site(_ files: [String: String?] = [:]) throws -> TestSite {
        var all = AnalysisTests.base
        all["site.json"] = (AnalysisTests.base["site.json"]!)!.replacingOccurrences(of: "\"2026-11-20\"", with: "\"2026-08-31\"")
        all["records/2026/2026-02-01-a.md"] = AnalysisTests.record("2026-02-01", "张三", ["李四", "王五"])
        all["records/2026/2026-05-01-b.md"] = AnalysisTests.record("2026-05-01", "张三", ["李四"], suggestions: "suggestions:\n  - text: \"建议, 带逗号和\\\"引号\\\"\"\n    route: 提案\n    status: 待处理\n")
        for (path, text) in files { all[path] = text }
        return try TestSite(all)
    }

    @Test func theDashboardShowsTheComputedFigures() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let home = try site.page("index.html")
        // 3 non-Party members, 2 covered; pairs: 张三→李四 (2), 张三→王五 (1), 赵六→王五 (0).
        #expect(home.contains(#"<span class="figure-label">有联系人</span><span class="figure-value">67%</span><span class="figure-detail">2/3 名党外委员有联系人</span>"#))
        #expect(home.contains(#"<span class="figure-label">达标率</span><span class="figure-value">33%</span><span class="figure-detail">1/3 对联系年内达 2 次</span>"#))
        #expect(home.contains(#"<span class="figure-label">滞后</span><span class="figure-value">1</span>"#), "赵六→王五 has none by July")
        #expect(home.contains(#"<span class="figure-label">待办建议</span><span class="figure-value">1</span>"#))
        #expect(home.contains(">钱七</a>"), "the uncovered member is listed")
        #expect(home.contains("<svg"))
        #expect(!home.contains("<script src=\"http"), "nothing is loaded from the internet")
    }

    @Test func theDashboardDrawsContactsBySectorAndParty() throws {
        let site = try Self.site(["members/li-si.md": AnalysisTests.member("李四", party: "cndca", extra: "sector: economy\n")])
        defer { site.remove() }
        site.build()
        let home = try site.page("index.html")
        // 张三→李四 twice (经济界, 民建), 张三→王五 once (no sector, 民建).
        #expect(home.contains("各界别联系次数（2026年）"))
        #expect(home.contains("按联系对象的界别统计。经济界 2 次；未注明 1 次。"))
        #expect(home.contains("按联系对象的党派统计。民建 3 次。"))
    }

    @Test func theAttachmentTableHasOneRowPerLeader() throws {
        let site = try Self.site()
        defer { site.remove() }
        site.build()
        let html = try site.page("assignments/index.html")
        #expect(html.contains("<th scope=\"col\">临时党支部</th><th scope=\"col\">界别</th>"))
        #expect(html.contains("<span class=\"cell-item\">经济委窗口</span>"))
        #expect(html.contains("<span class=\"cell-item\">民建: 王　五</span>"), "two-character names are padded in tables")
    }

    @Test func csvFilesOpenAsTheSameRows() throws {
        let site = try Self.site()
        defer { site.remove() }
        site.build()
        let bytes = try [UInt8](Data(contentsOf: site.output.appendingPathComponent("assignments/pairs.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "Excel needs the BOM to read UTF-8")
        let rows = CSV.decode(bytes)
        #expect(rows.first == ["联系人", "联系对象", "类别", "组织单位", "2026年联系次数", "要求次数", "最近联系", "状态", "联系人编号", "联系对象编号"])
        #expect(rows.dropFirst().map { [$0[0], $0[1], $0[4], $0[7]] } == [
            ["赵六", "王五", "0", "滞后"],
            ["张三", "王五", "1", "进行中"],
            ["张三", "李四", "2", "已达标"],
        ])
        let suggestions = CSV.decode(try [UInt8](Data(contentsOf: site.output.appendingPathComponent("suggestions/suggestions.csv"))))
        #expect(suggestions[1][2] == "建议, 带逗号和\"引号\"")
    }

    @Test func csvCellsCannotRunAsFormulas() {
        let rows = CSV.decode(CSV.encode(header: ["a"], rows: [["=HYPERLINK(\"x\")"], ["-3"], ["+1 2"]]))
        #expect(rows == [["a"], ["'=HYPERLINK(\"x\")"], ["-3"], ["'+1 2"]])
    }

    @Test func reportsExistForEachCommitteeHalfYearAndLeaderYear() throws {
        let site = try Self.site()
        defer { site.remove() }
        site.build()
        let committee = try site.page("reports/2026-h1/committees/proposal/index.html")
        #expect(committee.contains("提案委员会<br>2026年上半年党员委员联系党外委员情况"))
        // 王五 was in 提案委 until 31 March: the February record counts for 提案委.
        #expect(committee.contains("联系记录 2 份"))
        let economicH1 = try site.page("reports/2026-h1/committees/economic/index.html")
        #expect(economicH1.contains("联系记录 0 份"))
        #expect(try site.page("reports/2026-h2/committees/proposal/index.html").contains("本期尚未结束"))
        let leader = try site.page("reports/2026/party-group/zhao-liu/index.html")
        #expect(leader.contains("经济委窗口"))
        #expect(site.exists("records/blank/index.html"))
        #expect(site.exists("units/w-economic/index.html"))
        #expect(try site.page("suggestions/index.html").contains("已 122 天"))
    }
}
