import Foundation
import Testing
@testable import Tongxin

/// Figures at their edges: a member who moved mid-year, records and suggestions dated
/// after `as_of`, months not reached yet, one 党组成员's report among several, and two
/// members with the same name in the CSV files.
@Suite struct AnalysisBoundaryTests {
    /// 孙九 was in the economic window (which 赵六 looks after) until 30 June, then moved
    /// to the proposal window.
    static let movedMember = AnalysisTests.member("孙九", party: "cndca", extra: "history:\n  - committee: economic\n    window: w-economic\n    until: 2026-06-30\n")

    @Test func aContactIsWithinTheAssignmentByTheWindowOfItsDay() throws {
        let (_, work) = try AnalysisTests.work([
            "members/sun-jiu.md": Self.movedMember,
            "records/2026/2026-03-02-a.md": AnalysisTests.record("2026-03-02", "赵六", ["孙九"]),
            "records/2026/2026-08-02-b.md": AnalysisTests.record("2026-08-02", "赵六", ["孙九"]),
        ], asOf: "2026-11-20")
        #expect(work.units.windows["w-economic"]?.contacts == 1, "the unit page counts the March contact for the economic window")
        #expect(work.outside.contacts.map(\.date.iso) == ["2026-08-02"], "in March 孙九 was in 赵六's window; in August no longer")
    }

    /// 张三 (proposal window since 2026, in no window before) is paired with 孙九, who was in his window until
    /// 30 June 2026; 周十 never was; 吴一 left it before 张三 came. The kind asks for the
    /// same window.
    @Test func theSameWindowCheckAcceptsAContacteeWhoSharedTheWindowOnSomeDay() throws {
        var files = AnalysisTests.base
        files["site.json"] = (files["site.json"]!)!.replacingOccurrences(of: "\"contactor_role\": \"party-member\", \"contactee\": [\"member\"]", with: "\"contactor_role\": \"party-member\", \"contactee\": [\"member\"], \"same_window\": true")
        files["members/sun-jiu.md"] = AnalysisTests.member("孙九", party: "cndca", committee: "economic", extra: "history:\n  - committee: proposal\n    window: w-proposal\n    until: 2026-06-30\n")
        files["members/zhou-shi.md"] = AnalysisTests.member("周十", party: "cndca", committee: "economic")
        files["members/zhang-san.md"] = AnalysisTests.member("张三", party: "cpc", extra: "history:\n  - committee: economic\n    until: 2025-12-31\n")
        files["members/wu-yi.md"] = AnalysisTests.member("吴一", party: "cndca", committee: "economic", extra: "history:\n  - committee: proposal\n    window: w-proposal\n    until: 2025-06-30\n")
        files["data/assignments.json"] = #"[ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si", "sun-jiu", "zhou-shi", "wu-yi"] } ]"#
        let site = try TestSite(files)
        defer { site.remove() }
        let warnings = site.build(write: false).warnings
        #expect(!warnings.contains { $0.contains("孙九") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("周十") && $0.contains(L("assign.reason.window", "张三")) }, "\(warnings)")
        #expect(warnings.contains { $0.contains("吴一") && $0.contains(L("assign.reason.window", "张三")) }, "\(warnings)")
    }

    @Test func theDashboardListsNoRecordAfterAsOfAndSaysHowManyItLeftOut() throws {
        let site = try TestSite([
            "records/2026/2026-12-01-li-si.md": "---\ndate: 2026-12-01\ncontactor: 张三\ncontactees: [李四]\nmethod: 电话信息\nplace: 电话\nrecorder: 办公室\n---\n计划。\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let home = try site.page("index.html")
        let recent = try #require(home.range(of: "id=\"recent-title\"")).upperBound
        let end = try #require(home[recent...].range(of: "</section>")).lowerBound
        let section = String(home[recent..<end])
        #expect(!section.contains("2026-12-01-li-si"), "the December record is after as_of (2026-11-20)")
        #expect(section.contains("2026-03-12-li-si"))
        #expect(section.contains("另有 1 份日期晚于统计截止日的记录未列出"))
    }

    @Test func aLeadersYearlyReportHoldsOnlyTheirOwnPairs() throws {
        var files = AnalysisTests.base
        files["members/sun-jiu.md"] = AnalysisTests.member("孙九", party: "cpc", extra: "roles: [party-group]\n")
        files["data/assignments.json"] = """
            [ { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu", "li-si"] },
              { "contactor": "sun-jiu", "kind": "lead", "contactees": ["qian-qi"] },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"] } ]
            """
        files["records/2026/2026-02-01-a.md"] = AnalysisTests.record("2026-02-01", "孙九", ["钱七"])
        files["records/2026/2026-02-02-b.md"] = AnalysisTests.record("2026-02-02", "赵六", ["王五"])
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let page = try site.page("reports/2026/party-group/zhao-liu/index.html")
        #expect(page.contains("members/wang-wu/") && page.contains("members/li-si/"))
        #expect(!page.contains("members/qian-qi/"), "钱七 is 孙九's")
        #expect(!page.contains("members/sun-jiu/") && !page.contains("members/zhang-san/"), "张三→李四 is not 赵六's pair")
        let other = try site.page("reports/2026/party-group/sun-jiu/index.html")
        #expect(other.contains("members/qian-qi/") && !other.contains("members/wang-wu/") && !other.contains("members/li-si/"))
    }

    @Test func aSuggestionDatedAfterAsOfIsNotPending() throws {
        let suggestion = "suggestions:\n  - text: 以后的建议\n    route: 提案\n    status: 待处理\n"
        let (_, work) = try AnalysisTests.work([
            "records/2026/2026-09-01-a.md": AnalysisTests.record("2026-09-01", "张三", ["李四"], suggestions: suggestion),
        ], asOf: "2026-08-31")
        #expect(work.suggestions.pending.isEmpty)
        #expect(work.suggestions.entries.isEmpty)
        #expect(work.log.futureRecords.count == 1)
    }

    @Test func monthsAfterAsOfAreNotCountedAsNone() throws {
        let (_, work) = try AnalysisTests.work([
            "records/2026/2026-03-01-a.md": AnalysisTests.record("2026-03-01", "张三", ["李四"]),
        ], asOf: "2026-08-31")
        #expect(work.breakdowns[.month]!.rows.map(\.key) == (1...8).map(String.init))
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        site.build()
        let home = try site.page("index.html")
        #expect(home.contains("8月 "))
        #expect(!home.contains("9月 0 次") && !home.contains("12月 0 次"), "as_of is 2026-08-31")
    }

    /// Two 秦涵子: every CSV that names members carries their ids.
    @Test func everyCSVTellsTwoMembersOfTheSameNameApart() throws {
        var files = AnalysisTests.base
        files["members/qin-hanzi.md"] = AnalysisTests.member("秦涵子", party: "cndca")
        files["members/qin-hanzi-2.md"] = AnalysisTests.member("秦涵子", party: "cndca", committee: "economic")
        files["data/assignments.json"] = """
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["qin-hanzi", "qin-hanzi-2"] },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["qin-hanzi", "qin-hanzi-2"] } ]
            """
        files["records/2026/2026-02-01-a.md"] = AnalysisTests.record("2026-02-01", "张三", ["qin-hanzi-2"], suggestions: "suggestions:\n  - text: 建议\n    route: 提案\n")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        func table(_ path: String) throws -> [[String]] { CSV.decode(try [UInt8](Data(contentsOf: site.output.appendingPathComponent(path)))) }
        func column(_ rows: [[String]], _ name: String) throws -> [String] {
            let index = try #require(rows.first?.firstIndex(of: name), "\(path(rows)) has no column \(name)")
            return rows.dropFirst().map { $0[index] }
        }
        func path(_ rows: [[String]]) -> String { rows.first?.joined(separator: ",") ?? "" }
        let members = try table("members/members.csv")
        #expect(try column(members, "编号").filter { $0.hasPrefix("qin-hanzi") }.sorted() == ["qin-hanzi", "qin-hanzi-2"])
        let pairs = try table("assignments/pairs.csv")
        #expect(try Set(column(pairs, "联系对象编号").filter { $0.hasPrefix("qin") }) == ["qin-hanzi", "qin-hanzi-2"])
        #expect(try column(pairs, "联系人编号").contains("zhang-san"))
        let records = try table("records/records.csv")
        #expect(try column(records, "联系对象编号") == ["qin-hanzi-2"])
        #expect(try column(records, "联系人编号") == ["zhang-san"])
        let attachment = try table("assignments/attachment1.csv")
        #expect(try column(attachment, "党组成员编号") == ["zhao-liu"])
        #expect(try column(attachment, "联系对象编号") == ["qin-hanzi\nqin-hanzi-2"])
        let suggestions = try table("suggestions/suggestions.csv")
        #expect(try column(suggestions, "联系对象编号") == ["qin-hanzi-2"])
        let breakdowns = try table("reports/breakdowns.csv")
        let contactorRows = breakdowns.filter { $0.first == "联系人" }
        #expect(contactorRows.map(\.last) == ["zhang-san"])
    }
}
