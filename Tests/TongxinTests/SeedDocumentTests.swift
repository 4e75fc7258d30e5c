import Foundation
import Testing
@testable import Tongxin

/// 附件1, the 记录单 and the rules as the two seed documents print them (issue 20): each
/// point on the bundled (Jinhua) content, on examples/jiangmen, and on small sites for
/// what the examples do not show.
@Suite(.language(.en)) struct SeedDocumentTests {
    /// One build of each example, shared by the tests below.
    struct Built: Sendable {
        let folder: URL
        let lines: [String]

        init(_ content: String, audience: Audience = .internal) {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-seed-\(UUID().uuidString)")
            var options = BuildOptions(contentFolder: TestSite.repository.appendingPathComponent(content), themeFolder: TestSite.theme, outputFolder: folder)
            options.audience = audience
            lines = BuildPipeline.run(options).lines
        }

        func page(_ path: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
    }

    static let jinhua = Built("content")
    static let jinhuaPublic = Built("content", audience: .public)
    static let jiangmen = Built("examples/jiangmen")

    /// The 附件1 table of a page: from its first `<table class="list attachment">` to its end.
    static func attachmentTable(_ html: String) -> String {
        guard let start = html.range(of: "<table class=\"list attachment\">"),
              let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func inOrder(_ text: String, _ names: [String]) -> Bool {
        let positions = names.map { text.range(of: $0)?.lowerBound }
        guard positions.allSatisfy({ $0 != nil }) else { return false }
        return zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! }
    }

    // MARK: 1. Row order

    @Test func attachmentRowsFollowRankOnBothExamples() throws {
        #expect(Self.jinhua.lines.isEmpty, "\(Self.jinhua.lines)")
        #expect(Self.jiangmen.lines.isEmpty, "\(Self.jiangmen.lines)")
        // 主席, 党组副书记·副主席, the 副主席 by strokes, 秘书长 (by strokes 方 and 叶 would lead).
        let jinhua = Self.attachmentTable(try Self.jinhua.page("assignments/index.html"))
        #expect(Self.inOrder(jinhua, ["郭建华", "韩立新", "方卫国", "曾雅琴", "潘志远", "叶　蓉"]), "\(jinhua)")
        // 梁 (11 strokes) is 主席, 余 (7) 副主席, 钟 (9) 秘书长.
        let jiangmen = Self.attachmentTable(try Self.jiangmen.page("assignments/index.html"))
        #expect(Self.inOrder(jiangmen, ["梁振海", "余志强", "钟伟明"]), "\(jiangmen)")
        // The 委员名录 keeps surname strokes.
        #expect(Self.inOrder(try Self.jinhua.page("members/index.html"), ["方卫国", "叶　蓉", "郭建华"]))
        #expect(Self.inOrder(try Self.jiangmen.page("members/index.html"), ["余志强", "钟伟明", "梁振海"]))
    }

    @Test func memberOrderComesBeforeRankAndMustBePositive() throws {
        let site = try TestSite([
            "members/wang-zhu.md": "---\nname: 王主\nparty: cpc\nroles: [party-group]\nposition: 党组书记、主席\n---\n简历。\n",
            "members/ding-fu.md": "---\nname: 丁副\nparty: cpc\nroles: [party-group]\nposition: 党组成员、副主席\norder: 1\n---\n简历。\n",
            "data/assignments.json": #"[ { "contactor": "wang-zhu", "kind": "branch", "contactees": ["w-proposal"] }, { "contactor": "ding-fu", "kind": "branch", "contactees": ["w-proposal"] } ]"#,
        ])
        defer { site.remove() }
        #expect(site.build().errors.isEmpty)
        #expect(Self.inOrder(Self.attachmentTable(try site.page("assignments/index.html")), ["丁　副", "王　主"]))
        try site.edit("members/ding-fu.md", "---\nname: 丁副\nparty: cpc\nroles: [party-group]\nposition: 党组成员、副主席\n排序: 0\n---\n简历。\n")
        let errors = site.build().errors
        #expect(errors.contains { $0.hasPrefix("members/ding-fu.md:6:") && $0.contains("order must be a positive whole number") }, "\(errors)")
    }

    // MARK: 2. Labels and title of 附件1

    @Test func attachmentLabelsAndTitleAsTheSeedPrintsThem() throws {
        let jinhua = try Self.jinhua.page("assignments/index.html")
        let table = Self.attachmentTable(jinhua)
        #expect(jinhua.contains(">市政协党组成员联系相关界别党员委员和党外委员名单</h2>"))
        #expect(table.contains("<th scope=\"col\">市政协党组成员</th>"))
        #expect(table.contains("经济委副主任（兼）: 朱明轩"))
        #expect(!table.contains("经济界: 朱明轩"))
        // The 无党派人士 and 宗教界 columns name their 界别 already: bare names.
        #expect(!table.contains("无党派: ") && !table.contains("宗教界: "))
        // The column of windows lists windows only (叶蓉's row listed 临时党支部).
        #expect(!table.contains("临时党支部</span>"))
        let jiangmen = try Self.jiangmen.page("assignments/index.html")
        #expect(jiangmen.contains(">市政协党组成员重点联系党外常委会组成人员和港澳委员名单</h2>"))
        #expect(!jiangmen.contains(">党组成员联系名单</h2>"))
    }

    @Test func theDefaultTitleStaysWithoutSettings() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().errors.isEmpty)
        #expect(try site.page("assignments/index.html").contains(">党组成员联系名单</h2>"))
        #expect(try site.page("records/blank/index.html").contains(">党员委员联系党外委员情况记录单</h1>"))
    }

    @Test func aColumnMixingWindowsAndBranchesIsAWarningAtTheOddEntry() throws {
        let organization = TestSite.organizationJSON.replacingOccurrences(of: #""branches": []"#, with: #""branches": [ { "id": "b-proposal", "name": "提案委窗口临时党支部", "window": "w-proposal" } ]"#)
            .replacingOccurrences(of: #""windows": [ "#, with: #""windows": [ { "id": "w-east", "name": "委员同心汇·东城窗口" }, "#)
        let site = try TestSite([
            "data/organization.json": organization,
            "members/wang-zhu.md": "---\nname: 王主\nparty: cpc\nroles: [party-group]\n---\n简历。\n",
            "members/ding-fu.md": "---\nname: 丁副\nparty: cpc\nroles: [party-group]\n---\n简历。\n",
            "members/ma-liu.md": "---\nname: 马六\nparty: cpc\nroles: [party-group]\n---\n简历。\n",
            "data/assignments.json": """
                [
                  { "contactor": "wang-zhu", "kind": "branch", "contactees": ["w-proposal"] },
                  { "contactor": "ma-liu", "kind": "branch", "contactees": ["w-east"] },
                  { "contactor": "ding-fu", "kind": "branch", "contactees": ["b-proposal"] }
                ]
                """,
        ])
        defer { site.remove() }
        let warnings = site.build().warnings.filter { $0.contains("one column should hold one kind") }
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.hasPrefix("data/assignments.json:4:") == true, "\(warnings)")
        #expect(warnings.first?.contains("丁副 lists branches where the other 党组成员 list windows") == true, "\(warnings)")
    }

    // MARK: 3. 记录单

    @Test func recordFormsNameThemselvesAsTheirPolicies() throws {
        let records = try FileManager.default.contentsOfDirectory(atPath: Self.jinhua.folder.appendingPathComponent("records/2026").path).filter { $0.hasPrefix("2026-") }
        let jinhua = try Self.jinhua.page("records/2026/\(records.sorted()[0])/index.html")
        #expect(jinhua.contains(">市政协党组成员联系相关界别党员委员、党员委员联系党外委员情况记录单</h1>"))
        #expect(jinhua.contains(">政协身份及工作单位、职务</th>"))
        let blank = try Self.jiangmen.page("records/blank/index.html")
        #expect(blank.contains(">市政协中共党员委员联系非中共党员委员活动情况记录单</h1>"))
        for label in ["联系时间", "方式", "内容", "建议", "中共党员委员", "非中共党员委员"] {
            #expect(blank.contains("<th scope=\"row\">\(label)</th>"), "\(label)")
        }
        #expect(!blank.contains(">日期及起止时间</th>"))
        let jiangmenRecords = try FileManager.default.contentsOfDirectory(atPath: Self.jiangmen.folder.appendingPathComponent("records/2026").path).filter { $0.hasPrefix("2026-") }
        #expect(try Self.jiangmen.page("records/2026/\(jiangmenRecords.sorted()[0])/index.html").contains("<th scope=\"row\">联系时间</th>"))
    }

    /// 政协身份 names party, 界别, 届次 and 常委/委员; "中共，中共" nowhere, cases included.
    @Test func identitiesDoNotRepeatThePartyAsSector() throws {
        for built in [Self.jinhua, Self.jiangmen] {
            let enumerator = FileManager.default.enumerator(at: built.folder, includingPropertiesForKeys: nil)
            var checked = 0
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "html", url.path.contains("/records/") || url.path.contains("/cases/") || url.path.contains("/members/") else { continue }
                let html = try String(contentsOf: url, encoding: .utf8)
                #expect(!html.contains("中共，中共"), "\(url.path)")
                checked += 1
            }
            #expect(checked > 50)
        }
        let record = try Self.jinhua.page("records/2026/2026-01-21-dai-minghua/index.html")
        #expect(record.contains("中共，第十届委员，市政协党组成员、副主席"))
        #expect(record.contains("农工党，第十届常委，界别活动组组长"))
    }

    @Test func aRecordGivesTheIdentityOnTheDay() throws {
        let record = "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n政协身份:\n  李四: 民建，经济界，第九届委员\n---\n谈了。\n"
        let site = try TestSite(["records/2026/2026-03-12-li-si.md": record])
        defer { site.remove() }
        #expect(site.build().errors.isEmpty)
        let page = try site.page("records/2026/2026-03-12-li-si/index.html")
        #expect(page.contains("<td>民建，经济界，第九届委员</td>"))
        // Without it: from the member's file, the 界别 after the party.
        #expect(page.contains("<td>中共，经济界，委员</td>"))
        try site.edit("records/2026/2026-03-12-li-si.md", record.replacingOccurrences(of: "  李四:", with: "  王五:"))
        try site.write("members/wang-wu.md", "---\nname: 王五\nparty: 民建\n---\n简历。\n")
        let errors = site.build().errors
        #expect(errors.contains { $0.hasPrefix("records/2026/2026-03-12-li-si.md:9:3:") && $0.contains("neither the contactor nor a contactee") }, "\(errors)")
    }

    // MARK: 4. Rules verbatim, with their attachments

    @Test func theJinhuaRuleKeepsItsAttachmentTableAndLinksItsAttachments() throws {
        let rule = try Self.jinhua.page("rules/jinhua-method/index.html")
        let table = Self.attachmentTable(rule)
        #expect(table.contains("郭建华") && table.contains("经济委副主任（兼）: 朱明轩"))
        // At the attachment's heading, before 附件 2.
        #expect(Self.inOrder(rule, ["附件 1</p>", "<h3 id=\"市政协党组成员联系相关界别党员委员和党外委员名单\">", "</h3><div class=\"rule-attachment\"><div class=\"table-scroll\">\n<table class=\"list attachment\">", "附件 2</p>"]))
        #expect(rule.contains("href=\"../../assignments/\""))
        #expect(rule.contains("href=\"../../records/blank/\""))
        #expect(!rule.contains("不予转载"))
        // The form of 附件2 is the document's own Markdown table.
        #expect(rule.contains("<th>联系人</th>"))
        // The public build has no assignments: titles only, no names, no links to them.
        let published = try Self.jinhuaPublic.page("rules/jinhua-method/index.html")
        #expect(published.contains("附件1 市政协党组成员联系相关界别党员委员和党外委员名单"))
        #expect(!published.contains("郭建华") && !published.contains("assignments/") && !published.contains("records/blank/"))
        // Jiangmen's rule has no attachments to link.
        #expect(!(try Self.jiangmen.page("rules/jiangmen-system/index.html")).contains("rule-attachments"))
    }

    @Test func anAttachmentWithoutItsHeadingIsAWarningAndGoesAtTheEnd() throws {
        let rule = "---\ntitle: 联系办法\nattachments:\n  - label: 附件1\n    source: data/assignments.json\n  - source: data/people.json\n---\n正文。\n\n| 甲 | 乙 |\n| --- | --- |\n| 一 | 二 |\n"
        let site = try TestSite(["rules/method.md": rule])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.contains { $0.hasPrefix("rules/method.md:6:13:") && $0.contains("data/people.json") }, "\(report.errors)")
        try site.edit("rules/method.md", rule.replacingOccurrences(of: "  - source: data/people.json\n", with: ""))
        let warnings = site.build().warnings
        #expect(warnings.contains { $0.hasPrefix("rules/method.md:4:") && $0.contains("no heading '党组成员联系名单'") }, "\(warnings)")
        let page = try site.page("rules/method/index.html")
        #expect(Self.inOrder(page, ["<td>二</td>", "<table class=\"list attachment\">"]))
    }

    // MARK: 5. Suggestion routes of the policy

    @Test func jiangmenCountsItsOwnRoutesAndShowsNoMechanismItLacks() throws {
        let jiangmen = try Self.jiangmen.page("suggestions/index.html")
        #expect(Self.inOrder(jiangmen, ["<th scope=\"row\">提案</th>", "<th scope=\"row\">直通车</th>", "<th scope=\"row\">社情民意信息</th>"]))
        #expect(!jiangmen.contains("<th scope=\"row\">其他</th>"))
        #expect(try Self.jinhua.page("suggestions/index.html").contains("<th scope=\"row\">其他</th>"))
        // No 五到位 and no windows in Jiangmen: no link, card or column for them.
        for page in ["index.html", "assignments/index.html", "members/index.html"] {
            let html = try Self.jiangmen.page(page)
            #expect(!html.contains("assignments/triggers/") && !html.contains("<th scope=\"col\">窗口</th>"), "\(page)")
        }
        #expect(try Self.jinhua.page("members/index.html").contains("<th scope=\"col\">窗口</th>"))
        // Its 党组成员 contact no 临时党支部, and its committees collect the forms.
        #expect(!(try Self.jiangmen.page("reports/2026/party-group/liang-zhenhai/index.html")).contains("临时党支部"))
        #expect(try Self.jinhua.page("reports/2026/party-group/guo-jianhua/index.html").contains("联系的临时党支部（窗口）"))
        #expect(try Self.jiangmen.page("records/blank/index.html").contains("填写后请交所在专委会汇总"))
        #expect(try Self.jinhua.page("records/blank/index.html").contains("填写后请交所在窗口（专委会）汇总"))
    }

    @Test func aRouteOutsideThePolicyIsAnError() throws {
        let settings = TestSite.siteJSON.replacingOccurrences(of: #""topics": ["听取意见建议"],"#, with: #""topics": ["听取意见建议"], "suggestion_routes": ["提案", "社情民意信息"],"#)
        let record = "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\nsuggestions:\n  - text: 建议一\n    route: 直通车\n---\n谈了。\n"
        let site = try TestSite(["site.json": settings, "records/2026/2026-03-12-li-si.md": record])
        defer { site.remove() }
        let errors = site.build().errors
        #expect(errors.contains { $0.hasPrefix("records/2026/2026-03-12-li-si.md:10:12:") && $0.contains("直通车") }, "\(errors)")
    }
}
