import Foundation
import Testing
@testable import Tongxin

/// Contact-work analysis on small sites whose figures were worked out by hand.
@Suite(.language(.en)) struct AnalysisTests {
    static let organization = """
        {
          "parties": [ { "id": "cpc", "name": "中国共产党", "short": "中共" }, { "id": "cndca", "name": "中国民主建国会", "short": "民建" } ],
          "sectors": [ { "id": "economy", "name": "经济界" } ],
          "committees": [ { "id": "proposal", "name": "提案委员会" }, { "id": "economic", "name": "经济委员会" } ],
          "windows": [ { "id": "w-proposal", "name": "提案委窗口", "committee": "proposal" }, { "id": "w-economic", "name": "经济委窗口", "committee": "economic" } ],
          "branches": []
        }
        """

    static func member(_ name: String, party: String, committee: String = "proposal", extra: String = "") -> String {
        "---\nname: \(name)\nparty: \(party)\ncommittee: \(committee)\nwindow: w-\(committee)\n\(extra)---\n"
    }

    static func record(_ date: String, _ contactor: String, _ contactees: [String], trigger: String? = nil, suggestions: String = "") -> String {
        "---\ndate: \(date)\ncontactor: \(contactor)\ncontactees: [\(contactees.joined(separator: ", "))]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n\(trigger.map { "trigger: \($0)\n" } ?? "")\(suggestions)---\n记录。\n"
    }

    /// 张三 (cpc) is assigned 李四 and 王五; 赵六 (党组成员) is assigned 王五 too; 钱七 has nobody.
    static let base: [String: String?] = [
        "data/organization.json": organization,
        "site.json": TestSite.siteJSON.replacingOccurrences(of: "{ \"id\": \"branch\", \"name\": \"临时党支部\", \"contactor_role\": \"party-group\", \"contactee\": [\"window\", \"branch\"], \"min\": 1, \"max\": 4 },",
                                                             with: "{ \"id\": \"branch\", \"name\": \"临时党支部\", \"contactor_role\": \"party-group\", \"contactee\": [\"window\", \"branch\"], \"min\": 1, \"max\": 4 },\n { \"id\": \"lead\", \"name\": \"界别\", \"contactor_role\": \"party-group\", \"contactee\": [\"member\"], \"min\": 2, \"max\": 2 },"),
        "members/zhang-san.md": member("张三", party: "cpc"),
        "members/li-si.md": member("李四", party: "cndca"),
        "members/wang-wu.md": member("王五", party: "cndca", committee: "economic", extra: "history:\n  - committee: proposal\n    window: w-proposal\n    until: 2026-03-31\n"),
        "members/zhao-liu.md": member("赵六", party: "cpc", extra: "roles: [party-group]\n"),
        "members/qian-qi.md": member("钱七", party: "cndca"),
        "data/assignments.json": """
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si", "wang-wu"] },
              { "contactor": "zhao-liu", "kind": "lead", "contactees": ["wang-wu"] },
              { "contactor": "zhao-liu", "kind": "branch", "contactees": ["w-economic"] } ]
            """,
        "records/2026/2026-03-12-li-si.md": nil,
    ]

    static func work(_ files: [String: String?], asOf: String) throws -> (CheckedSite, ContactWork) {
        var all = base
        for (path, text) in files { all[path] = text }
        let site = try TestSite(all)
        defer { site.remove() }
        let (loaded, loadProblems) = ContentLoader.load(contentFolder: site.content)
        #expect(!loadProblems.hasErrors, "\(loadProblems.sorted)")
        let (checked, problems) = Validator.check(loaded)
        #expect(!problems.hasErrors, "\(problems.sorted)")
        let result = try #require(checked)
        return (result, ContactWork(result, asOf: Day(parsing: asOf)!))
    }

    func count(_ work: ContactWork, _ contactor: String, _ contactee: String) -> FrequencyReport.PairCount? {
        work.frequency.pairs.first { $0.pair.contactorID == contactor && $0.pair.contacteeID == contactee }
    }

    @Test func aRecordNamingSeveralContacteesCountsForEachPair() throws {
        let (_, work) = try Self.work(["records/2026/2026-02-01-group.md": Self.record("2026-02-01", "张三", ["李四", "王五"])], asOf: "2026-05-01")
        #expect(count(work, "zhang-san", "li-si")?.count == 1)
        #expect(count(work, "zhang-san", "wang-wu")?.count == 1)
        #expect(work.log.contacts.count == 2)
    }

    @Test func twoRecordsOfAPairOnOneDayAreOneOccasion() throws {
        let (_, work) = try Self.work([
            "records/2026/2026-02-01-a.md": Self.record("2026-02-01", "张三", ["李四"]),
            "records/2026/2026-02-01-b.md": Self.record("2026-02-01", "张三", ["李四"]),
        ], asOf: "2026-12-31")
        #expect(count(work, "zhang-san", "li-si")?.count == 1)
        #expect(count(work, "zhang-san", "li-si")?.status == .behind)
        #expect(work.log.contacts.count == 2, "both records still count as contacts in the log")
    }

    @Test func behindMeansNoneByJulyFirstOrTooFewByYearEnd() {
        let june30 = Day(parsing: "2026-06-30")!, july1 = Day(parsing: "2026-07-01")!, dec31 = Day(parsing: "2026-12-31")!
        #expect(FrequencyReport.status(count: 0, minimum: 2, year: 2026, asOf: june30) == .inProgress)
        #expect(FrequencyReport.status(count: 0, minimum: 2, year: 2026, asOf: july1) == .behind)
        #expect(FrequencyReport.status(count: 1, minimum: 2, year: 2026, asOf: july1) == .inProgress)
        #expect(FrequencyReport.status(count: 1, minimum: 2, year: 2026, asOf: dec31) == .behind)
        #expect(FrequencyReport.status(count: 2, minimum: 2, year: 2026, asOf: july1) == .done)
        #expect(FrequencyReport.status(count: 1, minimum: 2, year: 2025, asOf: july1) == .behind, "a past year is over")
    }

    @Test func recordsAfterAsOfDoNotCountButAreKept() throws {
        let (_, work) = try Self.work([
            "records/2026/2026-02-01-a.md": Self.record("2026-02-01", "张三", ["李四"]),
            "records/2026/2026-09-01-b.md": Self.record("2026-09-01", "张三", ["李四"]),
        ], asOf: "2026-08-31")
        #expect(count(work, "zhang-san", "li-si")?.count == 1)
        #expect(work.log.futureRecords.count == 1)
    }

    @Test func contactsOutsideTheAssignmentAreShownApart() throws {
        let (_, work) = try Self.work([
            "records/2026/2026-02-01-a.md": Self.record("2026-02-01", "张三", ["钱七"]),
            "records/2026/2026-02-02-b.md": Self.record("2026-02-02", "赵六", ["王五"]),
        ], asOf: "2026-08-31")
        #expect(work.outside.contacts.map(\.contacteeID) == ["qian-qi"])
        #expect(work.frequency.pairs.allSatisfy { $0.pair.contacteeID != "qian-qi" })
    }

    @Test func aContactInAWindowTheLeaderLooksAfterIsWithinTheAssignment() throws {
        let (_, work) = try Self.work([
            "members/sun-ba.md": Self.member("孙八", party: "cpc", committee: "economic"),
            "records/2026/2026-02-01-a.md": Self.record("2026-02-01", "赵六", ["孙八"]),
        ], asOf: "2026-08-31")
        #expect(work.outside.contacts.isEmpty)
    }

    @Test func coverageListsTheUncoveredTheDoublyAssignedAndShortQuotas() throws {
        let (_, work) = try Self.work([:], asOf: "2026-08-31")
        #expect(work.coverage.mustCover.sorted() == ["li-si", "qian-qi", "wang-wu"])
        #expect(work.coverage.uncovered == ["qian-qi"])
        #expect(work.coverage.multiplyAssigned.map(\.member) == ["wang-wu"])
        #expect(work.coverage.multiplyAssigned.first?.contactors == ["zhang-san", "zhao-liu"])
        let quota = work.coverage.quotaProblems.map { "\($0.contactorID) \($0.kindID) \($0.count)" }
        #expect(quota == ["zhao-liu lead 1"], "lead needs 2; branch needs 1–4 and has 1")
        #expect(abs(work.coverageRate - 2.0 / 3.0) < 1e-9)
    }

    @Test func aMemberWhoChangedCommitteeCountsForTheCommitteeOfTheDay() throws {
        let (_, work) = try Self.work([
            "records/2026/2026-03-01-a.md": Self.record("2026-03-01", "张三", ["王五"]),
            "records/2026/2026-05-01-b.md": Self.record("2026-05-01", "张三", ["王五"]),
        ], asOf: "2026-08-31")
        let rows = work.breakdowns[.committee]!.rows
        #expect(rows.first { $0.key == "proposal" }?.contacts == 1)
        #expect(rows.first { $0.key == "economic" }?.contacts == 1)
        let months = work.breakdowns[.month]!.rows
        #expect(months.count == 8, "September to December are after as_of")
        #expect(months.map(\.contacts) == [0, 0, 1, 0, 1, 0, 0, 0])
    }

    @Test func fiveArrivalsAreOnTimeLateOverdueOrOpen() throws {
        let events = """
            [ { "member": "li-si", "kind": "new-member", "date": "2024-02-28" },
              { "member": "li-si", "kind": "new-member", "date": "2026-01-10" },
              { "member": "wang-wu", "kind": "new-member", "date": "2026-01-10" },
              { "member": "qian-qi", "kind": "new-member", "date": "2026-01-10" },
              { "member": "qian-qi", "kind": "new-member", "date": "2026-08-20" } ]
            """
        let (_, work) = try Self.work([
            "data/events.json": events,
            "records/2026/2026-02-09-a.md": Self.record("2026-02-09", "张三", ["李四"]),
            "records/2026/2026-02-10-b.md": Self.record("2026-02-10", "张三", ["王五"]),
        ], asOf: "2026-08-31")
        let statuses = work.triggers.items.map { "\($0.event.memberID) \($0.status)" }
        // Record indices are into CheckedSite.records, newest first: 0 is the 02-10 record.
        #expect(statuses == [
            "li-si onTime(record: 1, after: 30)",
            "qian-qi overdue(daysLate: 203)",
            "wang-wu late(record: 0, after: 31)",
            "qian-qi open(daysLeft: 19)",
        ], "the 2024 event is outside the year")
        #expect(Day(parsing: "2024-02-28")!.adding(days: 1).iso == "2024-02-29")
        #expect(Day(parsing: "2026-01-10")!.adding(days: 30).iso == "2026-02-09")
    }

    @Test func datesAreReadInEveryWrittenForm() {
        let cases: [(String, Day?)] = [
            ("2026-03-12", Day(year: 2026, month: 3, day: 12)), ("2026-3-12", Day(year: 2026, month: 3, day: 12)),
            ("2026/3/12", Day(year: 2026, month: 3, day: 12)), ("2026年3月12日", Day(year: 2026, month: 3, day: 12)),
            (" 2026-03-12 ", Day(year: 2026, month: 3, day: 12)), ("2024-02-29", Day(year: 2024, month: 2, day: 29)),
            ("2026-02-29", nil), ("2026-13-01", nil), ("2026-00-10", nil), ("2026-1a-01", nil), ("0000-01-01", nil),
            ("2026-03-1２", nil), ("20260312", nil), ("2026-03-12x", nil), ("", nil),
        ]
        for (text, expected) in cases { #expect(Day(parsing: text) == expected, "\(text)") }
    }

    @Test func suggestionsPendingCarryTheirAge() throws {
        let suggestions = "suggestions:\n  - text: 建议一\n    route: 提案\n    status: 已反馈\n    feedback: 2026-03-01\n  - text: 建议二\n    route: 直通车\n    status: 办理中\n"
        let (_, work) = try Self.work(["records/2026/2026-02-01-a.md": Self.record("2026-02-01", "张三", ["李四"], suggestions: suggestions)], asOf: "2026-03-03")
        #expect(work.suggestions.entries.count == 2)
        #expect(work.suggestions.pending.map(\.pendingDays) == [30])
        let counts = work.suggestions.counts()
        #expect(counts.first { $0.route == "提案" }?.byStatus == [0, 0, 1])
        #expect(counts.first { $0.route == "直通车" }?.byStatus == [0, 1, 0])
    }
}
