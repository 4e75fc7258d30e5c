import Foundation
import Testing
@testable import Tongxin

/// Suggestions that fit Chinese, every 政治面貌 wording of the roster, and records that
/// are more than a template.
@Suite struct ChineseInputTests {
    // MARK: - Suggestions

    @Test func suggestionsFollowCharactersAndPinyin() {
        let names = ["王海涛", "王海", "李四", "张三", "海涛"]
        #expect(Suggestions.closest(to: "王海韬", in: names) == "王海涛")   // same sounds
        #expect(Suggestions.closest(to: "wanghaitao", in: names) == "王海涛")  // typed in pinyin
        let methods = ["会议期间分组讨论", "调研", "视察", "考察", "协商", "学习座谈", "委员会客厅", "走访看望", "电话信息", "掌上履职平台"]
        #expect(Suggestions.closest(to: "电话", in: methods) == "电话信息")
        #expect(Suggestions.closest(to: "走访", in: methods) == "走访看望")
        #expect(Suggestions.closest(to: "委员客厅", in: methods) == "委员会客厅")
        #expect(Suggestions.closest(to: "喝茶", in: methods) == nil)           // nothing near: no hint
        #expect(Suggestions.closest(to: "开会", in: methods) == nil)
        let parties = ["中国共产党", "中共", "民革", "民盟", "中国民主同盟", "民建", "九三学社", "台盟", "无党派人士"]
        #expect(Suggestions.closest(to: "民盟盟员", in: parties) == "民盟")
        #expect(Suggestions.closest(to: "九三", in: parties) == "九三学社")
        let sectors = ["工商联界", "经济界", "教育界", "科学技术界"]
        #expect(Suggestions.closest(to: "工商联", in: sectors) == "工商联界")
        #expect(Suggestions.closest(to: "教育", in: sectors) == "教育界")
        // ASCII ids keep edit distance, but only for a typo, not for any short word.
        #expect(Suggestions.closest(to: "li-sii", in: ["li-si", "zhang-san"]) == "li-si")
        #expect(Suggestions.closest(to: "cpc", in: ["zgp", "tsl"]) == nil)
    }

    /// The case: an unknown method written 电话 was told to write 协商.
    static let misspelt = "---\ndate: 2026-03-12\ncontactor: 张山\ncontactees: [李斯]\nmethod: 电话\nplace: 电话联系\nrecorder: 办公室\n---\n谈话。\n"

    static func errors(_ files: [String: String?]) async throws -> [String] {
        try await offThePool {
            let site = try TestSite(files)
            defer { site.remove() }
            return site.loadAndCheck().errors
        }
    }

    @Test(.language(.zh)) func theCheckSuggestsTheNearestMemberAndMethodInChinese() async throws {
        #expect(try await Self.errors(["records/2026/2026-03-12-li-si.md": Self.misspelt]) == [
            "records/2026/2026-03-12-li-si.md:3:12: error: 没有找到委员“张山”（是不是要写“张三”？）",
            "records/2026/2026-03-12-li-si.md:4:14: error: 没有找到委员“李斯”（是不是要写“李四”？）",
            "records/2026/2026-03-12-li-si.md:5:9: error: 联系方式“电话”不在可选范围内（是不是要写“电话信息”？）；可选：走访看望、电话信息",
        ])
    }

    @Test(.language(.en)) func theCheckSuggestsTheNearestMemberAndMethodInEnglish() async throws {
        #expect(try await Self.errors(["records/2026/2026-03-12-li-si.md": Self.misspelt]) == [
            "records/2026/2026-03-12-li-si.md:3:12: error: unknown member '张山'; did you mean '张三'?",
            "records/2026/2026-03-12-li-si.md:4:14: error: unknown member '李斯'; did you mean '李四'?",
            "records/2026/2026-03-12-li-si.md:5:9: error: unknown method (联系方式) '电话'; did you mean '电话信息'?; allowed: 走访看望、电话信息",
        ])
    }

    // MARK: - 政治面貌

    static let wordings: [(wording: String, party: String?)] = [
        ("中共党员", "中共"), ("中共预备党员", "中共"), ("民革党员", "民革"), ("民盟盟员", "民盟"),
        ("民建会员", "民建"), ("民进会员", "民进"), ("农工党党员", "农工党"), ("致公党党员", "致公党"),
        ("九三学社社员", "九三学社"), ("台盟盟员", "台盟"), ("无党派人士", "无党派人士"), ("群众", nil),
    ]

    /// Every standard wording, against the bundled organization.json (short names).
    @Test(.language(.zh)) func everyPoliticalAffiliationWordingIsImported() async throws {
        let organization = try String(contentsOf: TestSite.repository.appendingPathComponent("content/data/organization.json"), encoding: .utf8)
        let site = try TestSite(["data/organization.json": organization])
        defer { site.remove() }
        var roster = "编号,姓名,政治面貌\n"
        for (index, entry) in Self.wordings.enumerated() {
            roster += "m\(index),委员\(index),\(entry.wording)\n"
        }
        let rows = roster
        let (report, members) = try await offThePool {
            let report = RosterImport.run(bytes: Array(rows.utf8), file: "roster.csv", contentFolder: site.content, options: RosterImportOptions())
            return (report, ContentLoader.load(contentFolder: site.content).site.members)
        }
        #expect(report.problems.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.written.count == Self.wordings.count)
        for (index, entry) in Self.wordings.enumerated() {
            let member = try #require(members.first { $0.id == "m\(index)" })
            #expect(member.party?.value == entry.party, "\(entry.wording)")
        }
    }

    /// An organization.json with full names only still takes the short wordings.
    @Test(.language(.zh)) func wordingsMatchFullPartyNames() throws {
        let organization = """
            { "parties": [ { "id": "cpc", "name": "中国共产党" }, { "id": "cdl", "name": "中国民主同盟" }, { "id": "tsl", "name": "台湾民主自治同盟" } ],
              "sectors": [ { "id": "economy", "name": "经济界" } ], "committees": [ { "id": "proposal", "name": "提案委员会" } ],
              "windows": [ { "id": "w-proposal", "name": "委员同心汇·提案委窗口", "committee": "proposal" } ], "branches": [] }
            """
        let site = try TestSite(["data/organization.json": organization, "members/li-si.md": "---\nname: 李四\n---\n简历。\n", "members/zhang-san.md": "---\nname: 张三\nparty: cpc\n---\n简历。\n"])
        defer { site.remove() }
        let roster = "编号,姓名,政治面貌\na,甲,中共预备党员\nb,乙,民盟盟员\nc,丙,台盟盟员\nd,丁,民建会员\n"
        let report = RosterImport.run(bytes: Array(roster.utf8), file: "roster.csv", contentFolder: site.content, options: RosterImportOptions())
        #expect(report.written == ["members/a.md", "members/b.md", "members/c.md"])
        #expect(try RosterImportTests.member("a", in: site).party?.value == "中国共产党")
        #expect(try RosterImportTests.member("b", in: site).party?.value == "中国民主同盟")
        #expect(try RosterImportTests.member("c", in: site).party?.value == "台湾民主自治同盟")
        #expect(report.problems.map(\.description) == ["roster.csv:5: error: 党派“民建会员”不在可选范围内；可选：中国共产党、中国民主同盟、台湾民主自治同盟（或把它加入 data/organization.json）"])
    }

    /// The roster's unknown values get the nearest valid one too.
    @Test(.language(.zh)) func theRosterSuggestsTheNearestSector() throws {
        let site = try TestSite()
        defer { site.remove() }
        let roster = "姓名,党派,界别\n王五,民建会员,经济\n"
        let report = RosterImport.run(bytes: Array(roster.utf8), file: "roster.csv", contentFolder: site.content, options: RosterImportOptions())
        #expect(report.problems.map(\.description) == ["roster.csv:2: error: 界别“经济”不在可选范围内（是不是要写“经济界”？）；可选：经济界（或把它加入 data/organization.json）"])
    }

    // MARK: - A template is not a record

    @Test(.language(.zh)) func anUntouchedTemplateIsNotAContact() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let draft = RecordDraft(date: Day(year: 2026, month: 4, day: 2)!, contactor: "张三", contactees: ["李四"])
        let result = try Scaffold.newRecord(draft, contentFolder: site.content)
        let report = try await offThePool { site.build() }
        #expect(!report.wrote)
        let file = result.path
        #expect(report.errors == [
            "\(file):5:1: error: 联系记录的必填字段“联系地点”（place）是空的；请在冒号后面填写",
            "\(file):8:1: error: 联系记录的必填字段“联系方式”（method）是空的；请在冒号后面填写",
            "\(file):11:1: error: 联系记录的必填字段“记录人”（recorder）是空的；请在冒号后面填写",
            "\(file):18:1: error: 这里还是 tongxin new record 生成的提示文字；请改写为联系的经过、了解到的情况和对方的意见。未填写的模板不计为一次联系",
        ])
        // Filled in but the prompt left above the text: still not a record.
        try ScaffoldTests.fill("method", "走访看望", in: file, of: site)
        try ScaffoldTests.fill("place", "委员家中", in: file, of: site)
        try ScaffoldTests.fill("recorder", "办公室 李某", in: file, of: site)
        try site.write(file, try ScaffoldTests.text(file, in: site) + "\n走访了李四。\n")
        #expect(try await offThePool { site.build() }.errors == ["\(file):18:1: error: 这里还是 tongxin new record 生成的提示文字；请改写为联系的经过、了解到的情况和对方的意见。未填写的模板不计为一次联系"])
        try site.write(file, try ScaffoldTests.text(file, in: site).replacingOccurrences(of: RecordTemplate.placeholder, with: ""))
        let built = try await offThePool { site.build() }
        #expect(built.errors == [])
        #expect(try site.page("records/2026/2026-04-02-li-si/index.html").contains("走访了李四"))
    }

    @Test func thePromptIsFoundAnywhereInTheBody() {
        func offset(_ text: String) -> Int? {
            var text = text
            return text.withUTF8 { RecordTemplate.find(Array(RecordTemplate.placeholderMark.utf8), in: $0) }
        }
        let mark = RecordTemplate.placeholderMark
        #expect(offset(mark) == 0)
        #expect(offset("Markdown M 谈话。" + mark) == "Markdown M 谈话。".utf8.count)
        #expect(offset("谈话。\n" + mark + "\n") == "谈话。\n".utf8.count)
        #expect(offset("在此用 Markdown 写") == nil)
        #expect(offset("M") == nil)
        #expect(offset("") == nil)
    }

    @Test(.language(.en)) func aRecordWithoutTextOrPlaceIsAnError() async throws {
        #expect(try await Self.errors(["records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nrecorder: 办公室\n---\n\n  \n"]) == [
            "records/2026/2026-03-12-li-si.md:2:1: error: a contact record is missing the required field 'place' (联系地点)",
            "records/2026/2026-03-12-li-si.md:7:1: error: the record has no content (nothing below the front matter); write what was said and heard (附件2 requires it)",
        ])
    }

    @Test(.language(.zh)) func twoRecordsWithOneNumberNameBothFiles() async throws {
        let record = { (day: String) in "---\nnumber: \"2026-007\"\ndate: \(day)\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈话。\n" }
        #expect(try await Self.errors([
            "records/2026/2026-03-12-li-si.md": record("2026-03-12"),
            "records/2026/2026-05-01-li-si.md": record("2026-05-01"),
        ]) == [
            "records/2026/2026-05-01-li-si.md:1:1: error: 编号“2026-007”重复：records/2026/2026-05-01-li-si.md 和 records/2026/2026-03-12-li-si.md 用了同一个编号；编号不能重复，请改掉其中一个",
        ])
    }
}
