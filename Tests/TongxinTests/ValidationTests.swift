import Foundation
import Testing
@testable import Tongxin

/// Each validation error, with its exact place.
@Suite(.language(.en)) struct ValidationTests {
    func errors(_ files: [String: String?]) throws -> [String] {
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build(write: false)
        return report.errors
    }

    @Test func unknownPartyCommitteeAndMember() throws {
        let found = try errors([
            "members/wang-wu.md": "---\nname: 王五\nparty: minmeng\ncommittee: nowhere\n---\n",
            "data/assignments.json": "[\n  { \"contactor\": \"zhang-san\", \"kind\": \"pair\", \"contactees\": [\"li-sii\"] }\n]",
        ])
        #expect(found.contains("members/wang-wu.md:3:8: error: unknown party 'minmeng'"))
        #expect(found.contains("members/wang-wu.md:4:12: error: unknown committee 'nowhere'"))
        #expect(found.contains("data/assignments.json:2:62: error: unknown member 'li-sii'; did you mean 'li-si'?"))
    }

    @Test func ambiguousNameListsBothIDs() throws {
        let found = try errors([
            "members/li-si-2.md": "---\nname: 李四\nparty: cndca\n---\n",
        ])
        #expect(found.contains("records/2026/2026-03-12-li-si.md:4:14: error: '李四' names more than one member: li-si, li-si-2; write the id instead"))
    }

    @Test func namesWithLayoutSpacesStillMatch() throws {
        let found = try errors([
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张 三\ncontactees: [李　四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈话。\n",
        ])
        #expect(found.isEmpty)
    }

    @Test func duplicateIDsAndOutputPaths() throws {
        let found = try errors([
            "data/organization.json": TestSite.organizationJSON.replacingOccurrences(of: "\"sectors\": [ { \"id\": \"economy\", \"name\": \"经济界\" } ]", with: "\"sectors\": [ { \"id\": \"economy\", \"name\": \"经济界\" },\n { \"id\": \"economy\", \"name\": \"经济界二\" } ]"),
            "pages/members.md": "---\ntitle: 冲突\n---\n",
            "pages/About.md": "---\ntitle: 大写\n---\n",
        ])
        #expect(found.contains("data/organization.json:7:2: error: duplicate sector (界别) id 'economy'"))
        #expect(found.contains("pages/members.md:1:1: error: this file would be published at 'members/', which the generated members section already uses; rename one of them"))
        #expect(found.contains { $0.hasPrefix("pages/about.md:1:1: error: this file would be published at 'about/', which pages/About.md already uses") })
    }

    @Test func datesThatDoNotParse() throws {
        let found = try errors([
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-02-30\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n",
        ])
        #expect(found.contains("records/2026/2026-03-12-li-si.md:2:7: error: '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"))
    }

    @Test func unknownMethodAndKindListTheAllowedOnes() throws {
        let found = try errors([
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 喝茶\nplace: 会议室\nrecorder: 办公室\n---\n",
            "data/assignments.json": #"[ { "contactor": "zhang-san", "kind": "pairs", "contactees": ["li-si"] } ]"#,
        ])
        #expect(found.contains("records/2026/2026-03-12-li-si.md:5:9: error: unknown method (联系方式) '喝茶'; allowed: 走访看望、电话信息"))
        #expect(found.contains("data/assignments.json:1:39: error: unknown assignment kind 'pairs'; did you mean 'pair'?; allowed: branch (临时党支部), pair (党员委员联系党外委员)"))
    }

    @Test func contactorMustBeAPartyMember() throws {
        let found = try errors([
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 李四\ncontactees: [张三]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n",
            "data/assignments.json": #"[ { "contactor": "li-si", "kind": "pair", "contactees": ["zhang-san"] } ]"#,
        ])
        #expect(found.contains("records/2026/2026-03-12-li-si.md:3:12: error: 联系人 李四 is not a Party member (party cpc); the policy requires contacts to be made by Party members"))
        #expect(found.contains("data/assignments.json:1:18: error: 李四 is not a Party member (party cpc), but the kind 'pair' (党员委员联系党外委员) needs a Party member as contactor"))
    }

    @Test func strictJSONRejectsTrailingCommasAndDuplicateKeys() throws {
        let trailing = try errors(["data/events.json": "[\n  { \"member\": \"li-si\", \"kind\": \"new-member\", \"date\": \"2026-01-02\", },\n]"])
        #expect(trailing == ["data/events.json:2:68: error: trailing comma before '}'; remove the last comma"])
        let duplicate = try errors(["data/events.json": "[\n  { \"member\": \"li-si\",\n    \"member\": \"zhang-san\", \"kind\": \"new-member\", \"date\": \"2026-01-02\" }\n]"])
        #expect(duplicate.contains("data/events.json:3:5: error: duplicate key 'member' (first at line 2, column 5); keep only one"))
    }

    @Test func invalidUTF8IsReportedWithItsPosition() throws {
        let site = try TestSite()
        defer { site.remove() }
        var bytes = Data("---\nname: 王五\n---\n第一行\n坏字".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        try site.write("members/wang-wu.md", bytes)
        let report = site.build(write: false)
        #expect(report.errors.contains { $0 == "members/wang-wu.md:5:3: error: " + L("text.invalidUTF8", "0xC3", 37) })
    }

    @Test func brokenYAMLPointsAtTheLine() throws {
        let found = try errors(["members/wang-wu.md": "---\nname: 王五\nparty: [cpc\n---\n"])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("members/wang-wu.md:4:1: error: YAML:") == true, "\(found)")
    }

    @Test func wrongTypesAndMissingFields() throws {
        let found = try errors([
            "members/wang-wu.md": "---\nparty:\n  a: 1\n---\n",
            "rules/bad.md": "---\ntitle: 规则\norder: 第一\n---\n",
        ])
        #expect(found.contains("members/wang-wu.md:2:1: error: a member profile is missing the required field 'name' (姓名)"))
        #expect(found.contains("members/wang-wu.md:3:3: error: 'party' should be text, found an object"))
        #expect(found.contains("rules/bad.md:3:8: error: 'order' should be a whole number, found a string"))
    }

    @Test func unknownKeysWarnWithASuggestion() throws {
        let site = try TestSite(["members/wang-wu.md": "---\nname: 王五\nparty: cpc\ncomittee: proposal\n---\n"])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors.isEmpty)
        #expect(report.warnings.contains("members/wang-wu.md:4:1: warning: unknown field 'comittee' in a member profile; did you mean 'committee'?; it is ignored"))
    }

    @Test func chineseKeysAreAliases() throws {
        let site = try TestSite([
            "members/wang-wu.md": "---\n姓名: 王五\n党派: 民建\n界别: 经济界\n---\n",
            "records/2026/2026-04-01-wang-wu.md": "---\n日期: 2026-04-01\n联系人: 张三\n联系对象: 王五、李四\n联系方式: 电话信息\n地点: 电话联系\n记录人: 办公室 李某\n---\n电话询问近况。\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(try site.page("records/2026/2026-04-01-wang-wu/index.html").contains("王五"))
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let found = try errors([
            "members/wang-wu.md": "---\nname: 王五\nparty: nobody\n---\n",
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-32\ncontactor: 无名\ncontactees: [李四]\nmethod: 喝茶\nplace: 会议室\nrecorder: 办公室\n---\n",
            "data/events.json": #"[ { "member": "li-si", "kind": "birthday", "date": "2026-01-01" } ]"#,
        ])
        #expect(found.count >= 5, "\(found)")
    }
}

@Suite(.language(.en)) struct InputLimitTests {
    @Test func aLinkInDataWithAForbiddenSchemeIsAnError() throws {
        let json = TestSite.siteJSON.replacingOccurrences(of: "\"as_of\": \"2026-11-20\",", with: "\"as_of\": \"2026-11-20\",\n  \"links\": [ { \"title\": \"门户\", \"url\": \"javascript:alert(1)\" }, { \"title\": \"官网\", \"url\": \"https://example.org\" } ],")
        let site = try TestSite(["site.json": json])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors == ["site.json:5:38: error: the address 'javascript:alert(1)' is not allowed; use an http, https or mailto address, or a path within the site"])
    }

    @Test func aFileOverTheSizeLimitIsRefusedByName() throws {
        let json = TestSite.siteJSON.replacingOccurrences(of: "\"as_of\": \"2026-11-20\",", with: "\"as_of\": \"2026-11-20\", \"limits\": { \"markdown_bytes\": 2000 },")
        let site = try TestSite(["site.json": json, "pages/big.md": "---\ntitle: 大\n---\n" + String(repeating: "字", count: 1000)])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors == ["pages/big.md:1:1: error: file is 3019 bytes, over the limit of 2000 bytes (limits.markdown_bytes in site.json); split it into smaller files or raise the limit"])
    }
}

@Suite(.language(.en)) struct PartyOrderTests {
    @Test func partiesOutOfOfficialOrderAreReported() throws {
        let organization = TestSite.organizationJSON.replacingOccurrences(of: "{ \"id\": \"cndca\", \"name\": \"中国民主建国会\", \"short\": \"民建\" }",
                                                                        with: "{ \"id\": \"cndca\", \"name\": \"中国民主建国会\", \"short\": \"民建\" },\n    { \"id\": \"rcck\", \"name\": \"中国国民党革命委员会\", \"short\": \"民革\" }")
        let site = try TestSite(["data/organization.json": organization])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.warnings == ["data/organization.json:5:5: warning: 民革 is listed after a party that officially follows it; list the parties in the official order 民革、民盟、民建、民进、农工党、致公党、九三学社、台盟"])
    }
}
