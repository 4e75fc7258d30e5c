import Foundation
import Testing
@testable import Tongxin

/// Assignment rows with `from`/`until`: a pair in force for part of a year needs a
/// scaled minimum; the counts per contactor, coverage and 我的联系任务 take the rows in
/// force on `as_of`; a year's 附件1 and pairs table show every row in force in that year,
/// with the dates of a row that started or ended in it; contacts count for a row only
/// within its days. A site without dates is as before.
@Suite struct DatedAssignmentTests {
    /// AnalysisTests.base with these assignment rows (张三 pair kind; 赵六 党组成员 `lead`,
    /// min 2 max 2, and the branch w-economic).
    static func rows(_ json: String) -> [String: String?] { ["data/assignments.json": json] }

    func pair(_ work: ContactWork, _ contactor: String, _ contactee: String) -> [FrequencyReport.PairCount] {
        work.frequency.pairs.filter { $0.pair.contactorID == contactor && $0.pair.contacteeID == contactee }
    }

    @Test func theMinimumIsScaledByTheWholeMonthsInForceRoundedUp() {
        let day = { Day(parsing: $0)! }
        #expect(InForce.always.minimum(2, in: 2026) == 2)
        #expect(InForce(from: day("2025-05-01"), until: day("2027-01-31")).minimum(2, in: 2026) == 2, "in force all of 2026")
        #expect(InForce(from: day("2026-07-01"), until: nil).months(in: 2026) == 6)
        #expect(InForce(from: day("2026-07-01"), until: nil).minimum(2, in: 2026) == 1)
        // 15 March to 31 December: March counts whole, 10 months; 2 × 10 / 12 = 1.67 → 2.
        #expect(InForce(from: day("2026-03-15"), until: nil).months(in: 2026) == 10)
        #expect(InForce(from: day("2026-03-15"), until: nil).minimum(2, in: 2026) == 2)
        // Until 10 February: January and February, 2 × 2 / 12 → at least 1.
        #expect(InForce(from: nil, until: day("2026-02-10")).minimum(2, in: 2026) == 1)
        #expect(InForce(from: day("2026-12-31"), until: nil).minimum(4, in: 2026) == 1)
        #expect(InForce(from: nil, until: day("2026-06-30")).minimum(4, in: 2026) == 2)
        #expect(InForce(from: nil, until: day("2025-12-31")).months(in: 2026) == 0)
    }

    @Test func aPairInForceForPartOfTheYearHasItsOwnMinimumAndIsNotBehindByJuly() throws {
        // As of 31 August: 张三→李四 from 1 March (10 months: minimum 2), none yet;
        // 张三→王五 all year, none yet: behind since 1 July.
        let (_, work) = try AnalysisTests.work(Self.rows("""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-03-01" },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["wang-wu"] } ]
            """), asOf: "2026-08-31")
        let late = try #require(pair(work, "zhang-san", "li-si").first)
        #expect(late.minimum == 2 && late.count == 0)
        #expect(late.status == .inProgress, "the 1 July rule is for pairs in force since 1 January")
        #expect(pair(work, "zhang-san", "wang-wu").first?.status == .behind)
        #expect(pair(work, "zhang-san", "wang-wu").first?.minimum == 2)

        let (_, half) = try AnalysisTests.work(Self.rows("""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-07-01" } ]
            """).merging(["records/2026/2026-07-20-a.md": AnalysisTests.record("2026-07-20", "张三", ["李四"])]) { $1 }, asOf: "2026-08-31")
        let second = try #require(pair(half, "zhang-san", "li-si").first)
        #expect(second.minimum == 1 && second.count == 1 && second.status == .done, "half a year needs 1")
    }

    @Test func aContactOutsideTheRowsDaysDoesNotCountForIt() throws {
        // Records on 1 February and 1 May; the row starts on 1 March.
        let (_, work) = try AnalysisTests.work(Self.rows("""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-03-01" } ]
            """).merging([
                "records/2026/2026-02-01-a.md": AnalysisTests.record("2026-02-01", "张三", ["李四"]),
                "records/2026/2026-05-01-b.md": AnalysisTests.record("2026-05-01", "张三", ["李四"]),
            ]) { $1 }, asOf: "2026-08-31")
        let row = try #require(pair(work, "zhang-san", "li-si").first)
        #expect(row.count == 1)
        #expect(row.lastContact?.iso == "2026-05-01")
        #expect(work.outside.contacts.map(\.date.iso) == ["2026-02-01"], "before the row, the contact is outside the assignment")
    }

    @Test func countsPerContactorAndCoverageTakeTheRowsInForceOnAsOf() throws {
        // 赵六's `lead` (min 2, max 2): 王五 until 30 June, 李四 from 1 July. On 31 August
        // he has one: short. Before dates, the two rows would have made two.
        let (_, work) = try AnalysisTests.work(Self.rows("""
            [ { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu"], "until": "2026-06-30" },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["li-si"], "from": "2026-07-01" },
              { "contactor": "zhao-liu", "kind": "branch", "contactees": ["w-economic"] } ]
            """), asOf: "2026-08-31")
        let quota = try #require(work.coverage.quotaProblems.first { $0.contactorID == "zhao-liu" && $0.kindID == "lead" })
        #expect(quota.count == 1)
        #expect(work.coverage.uncovered.sorted() == ["qian-qi", "wang-wu"], "王五's row ended")
        #expect(work.frequency.pairs.count == 2, "the year's pairs are both rows")
    }

    @Test func anEndedRowIsOnTheYearsAttachmentAndPairsButNotOnTheTaskPage() throws {
        let site = try ContactPagesTests.site(Self.rows("""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"] },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu"], "until": "2026-06-30" },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["li-si"], "from": "2026-07-01" },
              { "contactor": "zhao-liu", "kind": "branch", "contactees": ["w-economic"] } ]
            """))
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let attachment = try site.page("assignments/index.html")
        #expect(attachment.contains("王　五（至2026年6月30日）"), "the ended row, with its last day")
        #expect(attachment.contains("李　四（2026年7月1日起）"), "its successor, with its first day")
        let csv = try site.page("assignments/attachment1.csv")
        #expect(csv.contains("王　五（至2026年6月30日）"))
        let pairs = try site.page("assignments/pairs/index.html")
        #expect(pairs.contains(#"<small class="pair-note">至2026年6月30日</small>"#))
        #expect(pairs.contains(#"<small class="pair-note">2026年7月1日起</small>"#))
        #expect(try site.page("assignments/pairs.csv").contains(",至2026年6月30日,zhao-liu,wang-wu"))
        #expect(try site.page("members/wang-wu/index.html").contains(#"<small class="pair-note">至2026年6月30日</small>"#), "the member page says when the row ended")
        let tasks = try site.page("members/zhao-liu/tasks/index.html")
        #expect(tasks.contains("members/li-si/"))
        #expect(!tasks.contains("members/wang-wu/"), "the ended row is no one's task")
        // The row that started mid-year says so, and what is still to do is counted
        // against its own (scaled) minimum, not the policy's 2.
        let row = try #require(tasks.components(separatedBy: "<tr").first { $0.contains("members/li-si/") })
        #expect(row.contains(#"<small class="pair-note">2026年7月1日起</small>"#))
        let cells = try #require(row.firstMatch(of: /<td class="num">(\d+)\/(\d+)<\/td><td class="num">(\d+)<\/td>/))
        #expect(Int(cells.output.2) == 1 && Int(cells.output.3) == max(0, 1 - Int(cells.output.1)!), "\(row)")
        // 赵六→王五 ended with none of its 1 (six months): behind on the pairs table, but
        // the home page's due list has only rows in force on as_of.
        #expect(pairs.contains(#"<td class="num">0/1</td>"#))
        let home = try site.page("index.html")
        #expect(!home.contains(#"<a href="members/wang-wu/">王五</a>：0/1 次"#))
        #expect(home.contains("滞后的联系（共 0 对）"))
    }

    @Test func anEarlierYearsAttachmentShowsTheRowsOfThatYear() throws {
        // 赵六→王五 ended on 30 June 2025; 赵六→李四 from 1 July 2025.
        let site = try YearPagesTests.twoYears()
        defer { site.remove() }
        try site.write("data/assignments.json", """
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si", "wang-wu"] },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu"], "until": "2025-06-30" },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["li-si"], "from": "2025-07-01" },
              { "contactor": "zhao-liu", "kind": "branch", "contactees": ["w-economic"] } ]
            """)
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        let past = try site.page("years/2025/assignments/index.html")
        #expect(past.contains("2025年联系分工"))
        #expect(past.contains("王　五（至2025年6月30日）") && past.contains("李　四（2025年7月1日起）"))
        #expect(try site.page("years/2025/assignments/attachment1.csv").contains("王　五（至2025年6月30日）"))
        #expect(site.exists("years/2025/assignments/attachment1.docx"))
        #expect(try site.page("years/2025/index.html").contains(#"<a href="../../years/2025/assignments/">2025年联系分工</a>"#))
        let now = try site.page("assignments/index.html")
        #expect(!now.contains("王　五（"), "2026's 附件1 has only the rows in force in 2026")
        #expect(now.contains("李　四</span>"), "a row in force all of 2026 has no dates beside it")
        // The 2025 pair 赵六→王五: records on 1 April and 1 October 2025; only April is in its days.
        let pairs = try site.page("years/2025/pairs/index.html")
        #expect(pairs.contains(#"<td class="num">1/1</td>"#), "half a year: 1 needed, the April contact")
        #expect(pairs.contains("按2025年内有效的联系分工统计。"))
        let csv = try site.page("years/2025/pairs/pairs.csv")
        #expect(csv.contains("2025年联系次数") && csv.contains("赵六,王五,界别,,1,1,2025-04-01,已达标,至2025年6月30日,zhao-liu,wang-wu"), "\(csv)")
    }

    @Test func aSiteWithoutDatesHasNoYearAttachmentNorDateColumn() throws {
        let site = try YearPagesTests.twoYears()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(!site.exists("years/2025/assignments/index.html"))
        #expect(!site.exists("years/2025/pairs/pairs.csv"))
        #expect(try site.page("years/2025/pairs/index.html").contains("列为滞后。按现行联系分工统计。</p>"))
        #expect(try site.page("years/2025/index.html").contains("联系分工按现行分工计算。"))
        #expect(try site.page("assignments/pairs.csv").contains("联系人,联系对象,类别,组织单位,2026年联系次数,要求次数,最近联系,状态,联系人编号,联系对象编号"))
        #expect(!(try site.page("assignments/pairs/index.html")).contains("pair-note"))
        #expect(!(try site.page("assignments/index.html")).contains("（至") )
    }
}

/// The dates' errors, at their place, and the "assigned twice" check with dates.
@Suite(.language(.en)) struct DatedAssignmentCheckTests {
    func errors(_ json: String) throws -> [String] {
        let site = try TestSite(["data/assignments.json": json, "members/wang-wu.md": "---\nname: 王五\nparty: 民建\nsector: 经济界\ncommittee: proposal\nwindow: w-proposal\n---\n"])
        defer { site.remove() }
        return site.build(write: false).errors
    }

    @Test func aBadDateAndUntilBeforeFromAreErrorsAtTheirPlace() throws {
        let found = try errors("""
            [
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-02-30" },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["wang-wu"], "from": "2026-07-01", "until": "2026-06-30" }
            ]
            """)
        #expect(found.contains("data/assignments.json:2:80: error: '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"), "\(found)")
        #expect(found.contains("data/assignments.json:3:105: error: until (2026-06-30) is before from (2026-07-01); write a day on or after 2026-07-01, or check whether the two dates are swapped"), "\(found)")
    }

    @Test func theChineseKeysAreAccepted() throws {
        let found = try errors(#"[ { "联系人": "zhang-san", "类别": "pair", "联系对象": ["li-si"], "起始日期": "2026-01-01", "截至": "2026-12-31" } ]"#)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func twoRowsOfAPairAreTwiceOnlyWhenTheirDaysOverlap() throws {
        let overlapping = try errors("""
            [
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "until": "2026-06-30" },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-06-30" }
            ]
            """)
        #expect(overlapping.contains { $0.hasPrefix("data/assignments.json:3:62: error: this pair is already assigned at data/assignments.json:2:") }, "\(overlapping)")
        let undated = try errors("""
            [
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"] },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-07-01" }
            ]
            """)
        #expect(undated.contains { $0.contains("this pair is already assigned") }, "a row without dates is in force always")
        let successive = try errors("""
            [
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "until": "2026-06-30" },
              { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "from": "2026-07-01" }
            ]
            """)
        #expect(successive.isEmpty, "\(successive)")
    }
}
