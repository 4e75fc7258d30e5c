import Foundation
import Testing
@testable import Tongxin

/// 我的联系任务: a page and a calendar per contactor with their people, counts, days
/// since the last contact and the 五到位 events still waiting for them.
@Suite struct ContactorTasksTests {
    /// As of 2026-08-31. 李四 became a member on 20 August (due 19 September), 王五 on
    /// 25 August: 张三 has both as pairs, 赵六 looks after 王五's window (economic since
    /// April). 钱七's event is nobody's.
    static func site(_ files: [String: String?] = [:]) throws -> TestSite {
        var all: [String: String?] = ["data/events.json": """
            [ { "member": "li-si", "kind": "new-member", "date": "2026-08-20", "note": "增补, 新任" },
              { "member": "wang-wu", "kind": "new-member", "date": "2026-08-25" },
              { "member": "qian-qi", "kind": "new-member", "date": "2026-08-26" } ]
            """]
        for (path, text) in files { all[path] = text }
        return try ContactPagesTests.site(all)
    }

    @Test func eachContactorHasTheirPeopleAndOpenEvents() throws {
        let site = try Self.site([
            "members/sun-jiu.md": AnalysisTests.member("孙九", party: "cpc"),
            "members/zhou-shi.md": AnalysisTests.member("周十", party: "cndca"),
            "data/assignments.json": """
                [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si", "wang-wu"] },
                  { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu"] },
                  { "contactor": "zhao-liu", "kind": "branch", "contactees": ["w-economic"] },
                  { "contactor": "sun-jiu", "kind": "pair", "contactees": ["zhou-shi"] } ]
                """,
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let zhang = try site.page("members/zhang-san/tasks/index.html")
        // 张三→李四: 2026-02-01 and 2026-05-01 (done, 122 days); 张三→王五: 2026-02-01 (1 of 2, 211 days).
        #expect(zhang.contains("联系委员 2 名，已达到每年 2 次的 1 名"))
        #expect(zhang.contains(#"<td class="num">2/2</td><td class="num">0</td><td class="nowrap">2026年5月1日</td><td class="num">122</td>"#))
        #expect(zhang.contains(#"<td class="num">1/2</td><td class="num">1</td><td class="nowrap">2026年2月1日</td><td class="num">211</td>"#))
        #expect(zhang.contains("members/li-si/") && zhang.contains("members/wang-wu/") && !zhang.contains("members/qian-qi/"))
        #expect(zhang.contains("2026年9月19日"), "李四's event is due 30 days after 20 August")
        #expect(zhang.contains("tasks.ics"))
        let zhao = try site.page("members/zhao-liu/tasks/index.html")
        #expect(zhao.contains("经济委窗口"))
        #expect(zhao.contains("2026年9月24日") && !zhao.contains("2026年9月19日"), "王五 is in 赵六's window, 李四 is not")
        #expect(try site.page("members/zhang-san/index.html").contains("members/zhang-san/tasks/"))
        #expect(!site.exists("members/li-si/tasks/index.html"), "李四 contacts nobody")
        #expect(!(try site.page("members/li-si/index.html")).contains("tasks/"))
        // 孙九's only person, 周十, has no open event: no calendar and no link to one.
        #expect(site.exists("members/sun-jiu/tasks/index.html"))
        #expect(!site.exists("members/sun-jiu/tasks.ics"))
        #expect(!(try site.page("members/sun-jiu/tasks/index.html")).contains("tasks.ics"))
    }

    @Test func theCalendarHasTheDueDaysAndTheSameBytesEveryTime() throws {
        let site = try Self.site()
        defer { site.remove() }
        site.build()
        let first = try Data(contentsOf: site.output.appendingPathComponent("members/zhang-san/tasks.ics"))
        let text = try #require(String(data: first, encoding: .utf8))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        let lines = unfolded.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20260919"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20260924"))
        #expect(lines.filter { $0 == "DTSTAMP:20260831T000000Z" }.count == 2, "DTSTAMP is as_of, not the clock")
        #expect(lines.contains("UID:2026-08-20-new-member-li-si-zhang-san@tongxin"))
        #expect(lines.contains("SUMMARY:五到位：联系李四（委员新任）"))
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:2026年8月20日委员新任，增补\\, 新任；") }, "commas are escaped")
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        try FileManager.default.removeItem(at: site.output)
        site.build()
        #expect(try Data(contentsOf: site.output.appendingPathComponent("members/zhang-san/tasks.ics")) == first)
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "联系五到位", count: 30)
        let folded = ICalendar.fold(line)
        let text = String(decoding: folded, as: UTF8.self)
        #expect(!text.contains("\u{FFFD}"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(text.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }

    @Test func withoutFiveArrivalsThereIsNoCalendar() throws {
        let site = try Self.site(["data/events.json": "[]", "site.json": (try Self.siteJSON()).replacingOccurrences(of: #""triggers": [ { "id": "new-member", "name": "委员新任", "due_days": 30 } ]"#, with: #""triggers": []"#)])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let page = try site.page("members/zhang-san/tasks/index.html")
        #expect(!page.contains("五到位") && !page.contains(".ics"))
        #expect(!site.exists("members/zhang-san/tasks.ics"))
    }

    static func siteJSON() throws -> String {
        let site = try ContactPagesTests.site()
        defer { site.remove() }
        return try String(contentsOf: site.content.appendingPathComponent("site.json"), encoding: .utf8)
    }
}
