import Foundation
import Testing
@testable import Tongxin

/// Narrowed lists: the member list per 党派, 界别, 专委会 and 窗口, and this year's pairs per
/// status, each a pre-built page at its own address; the full tables carry the filter bar.
@Suite struct FilterPagesTests {
    @Test func eachPartySectorCommitteeAndWindowHasItsMemberList() throws {
        let site = try ContactPagesTests.site(["members/li-si.md": AnalysisTests.member("李四", party: "cndca", extra: "sector: economy\n")])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        func rows(_ page: String) throws -> [String] {
            try site.page(page).components(separatedBy: "<tr><th scope=\"row\"><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        // 民建: 李四, 王五, 钱七; 中共: 张三, 赵六.
        #expect(try rows("members/by/party/cndca/index.html").map { $0.replacingOccurrences(of: "../", with: "") }.sorted() == ["members/li-si/", "members/qian-qi/", "members/wang-wu/"])
        #expect(try rows("members/by/party/cpc/index.html").count == 2)
        #expect(try rows("members/by/sector/economy/index.html").count == 1)
        #expect(try rows("members/by/committee/economic/index.html").count == 1, "王五 is in economic now")
        #expect(try rows("members/by/window/w-proposal/index.html").count == 4)
        #expect(try site.page("members/by/party/cndca/index.html").contains("委员名录：党派：中国民主建国会"))
        let index = try site.page("members/index.html")
        #expect(index.contains(#"data-filter="党派 界别 专委会 窗口""#) && index.contains("static/table-filter.js"))
        #expect(index.contains(#"<a href="../members/by/party/cndca/">民建</a>（3）"#))
        #expect(site.exists("static/table-filter.js"))
    }

    @Test func thisYearsPairsHaveAPagePerStatus() throws {
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        site.build()
        // 张三→李四 done, 张三→王五 in progress, 赵六→王五 behind.
        for (status, contactee) in [("done", "li-si"), ("inProgress", "wang-wu"), ("behind", "wang-wu")] {
            let page = try site.page("assignments/pairs/status/\(status)/index.html")
            #expect(page.components(separatedBy: "<tr class=\"status-").count == 2, "\(status)")
            #expect(page.contains("members/\(contactee)/"), "\(status)")
            #expect(!page.contains("id=\"outside\""), "the narrowed page has no outside contacts")
        }
        let pairs = try site.page("assignments/pairs/index.html")
        #expect(pairs.contains(#"data-filter="状态 类别 "#))
        #expect(pairs.contains(#"<a href="../../assignments/pairs/status/behind/">滞后</a>（1）"#))
        #expect(!(try site.page("reports/2026/party-group/zhao-liu/index.html")).contains("data-filter"), "reports print the plain table")
    }

    @Test func thisYearsPairsHaveAPagePerPartyAndSectorOfTheContactee() throws {
        let site = try ContactPagesTests.site(["members/li-si.md": AnalysisTests.member("李四", party: "cndca", extra: "sector: economy\n")])
        defer { site.remove() }
        site.build()
        // Contactees: 李四 (民建, 经济界), 王五 twice (民建, no sector).
        let party = try site.page("assignments/pairs/by/party/cndca/index.html")
        #expect(party.components(separatedBy: "<tr class=\"status-").count == 4)
        #expect(party.contains("联系频次（2026年）：联系对象党派：中国民主建国会"))
        let sector = try site.page("assignments/pairs/by/sector/economy/index.html")
        #expect(sector.components(separatedBy: "<tr class=\"status-").count == 2 && sector.contains("members/li-si/"))
        #expect(!site.exists("assignments/pairs/by/party/cpc/index.html"), "no contactee is a CPC member")
        #expect(try site.page("assignments/pairs/index.html").contains(#"<a href="../../assignments/pairs/by/party/cndca/">民建</a>（3）"#))
    }

    /// The records list per 党派, 界别, 专委会 and 窗口 of the contactees; 专委会 and 窗口 as
    /// they were on the day of the contact (王五 moved from proposal to economic on 1 April).
    @Test func theRecordsListHasAPagePerUnitOfTheContactees() throws {
        let site = try ContactPagesTests.site(["records/2026/2026-06-01-c.md": AnalysisTests.record("2026-06-01", "赵六", ["王五"])])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        func numbers(_ page: String) throws -> [String] {
            try site.page(page).components(separatedBy: "<tr><td><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }).replacingOccurrences(of: "../", with: "") }
        }
        // 2026-06-01 (王五), 2026-05-01 (李四), 2026-02-01 (李四, 王五): newest first.
        #expect(try numbers("records/by/party/cndca/index.html").count == 3)
        let proposal = try site.page("records/by/committee/proposal/index.html")
        #expect(try numbers("records/by/committee/proposal/index.html") == ["records/2026/2026-05-01-b/", "records/2026/2026-02-01-a/"], "\(proposal)")
        #expect(try numbers("records/by/committee/economic/index.html") == ["records/2026/2026-06-01-c/"], "王五 was in economic in June only")
        #expect(try numbers("records/by/window/w-economic/index.html") == ["records/2026/2026-06-01-c/"])
        #expect(!site.exists("records/by/party/cpc/index.html"), "no contactee is a CPC member")
        let economic = try site.page("records/by/committee/economic/index.html")
        #expect(economic.contains("联系记录：专委会："))
        // Its months open the full month narrowed in place (JavaScript), keeping the address.
        let query = "?" + "专委会=".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        #expect(economic.contains("records/2026-06/" + query))
        #expect(!economic.contains("data-filter"), "a narrowed page is short: no filter bar")
        let index = try site.page("records/index.html")
        #expect(index.contains(#"<a href="../records/by/committee/proposal/">"#))
        #expect(index.contains("（2）"))
        // The month tables carry the contactees' units for the filter bar.
        let february = try site.page("records/2026-02/index.html")
        #expect(february.contains(#"data-filter="党派=party 界别=sector 专委会=committee 窗口=window""#))
        #expect(february.contains(#"data-party="民建""#) && february.contains("static/table-filter.js"))
        let june = try site.page("records/2026-06/index.html")
        #expect(june.contains(#"data-committee="经济委员会" data-window="经济委窗口""#))
        #expect(february.contains(#"data-committee="提案委员会" data-window="提案委窗口""#), "王五 on 1 February was in proposal")
    }

    /// The pairs table narrows by the contactee's 党派, 界别, 专委会 and 窗口 too.
    @Test func thePairsTableCarriesTheContacteesUnits() throws {
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        site.build()
        let pairs = try site.page("assignments/pairs/index.html")
        #expect(pairs.contains(#"data-filter="状态 类别 党派=party 界别=sector 专委会=committee 窗口=window""#))
        #expect(pairs.components(separatedBy: #"data-party="民建""#).count == 4, "李四 and 王五 twice")
        #expect(!(try site.page("index.html")).contains("data-party"), "only the filterable table carries them")
    }
}
