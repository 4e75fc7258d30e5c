import Foundation
import Testing
@testable import Tongxin

/// Every stage has a bound: inputs that parse fast but would make a page, the leak scan
/// or the search index grow without limit are refused at their line, quickly, with the
/// site left as it was.
@Suite struct BoundsTests {
    @Test func longListsWideTablesAndManyLinksAreRefused() throws {
        let items = (0..<(InputScreen.maxListItems + 10)).map { "- 第\($0)项\n" }.joined()
        try HardeningTests().expectRefused(["cases/list.md": "---\ntitle: 列表\n---\n\(items)"], at: "cases/list.md:4:1:",
                          containing: L("markdown.refused", L("markdown.atLine", InputScreen.maxListItems + 1, L("markdown.listItems", InputScreen.maxListItems))))
        let numbered = (0..<(InputScreen.maxListItems + 1)).map { "\($0 + 1). 第\($0)项\n" }.joined()
        try HardeningTests().expectRefused(["cases/list.md": "---\ntitle: 列表\n---\n\(numbered)"], at: "cases/list.md:4:1:",
                          containing: L("markdown.refused", L("markdown.atLine", InputScreen.maxListItems + 1, L("markdown.listItems", InputScreen.maxListItems))))
        let row = "|" + String(repeating: " a |", count: 150) + "\n"
        let table = row + "|" + String(repeating: "---|", count: 150) + "\n" + String(repeating: row, count: 200)
        try HardeningTests().expectRefused(["pages/table.md": "---\ntitle: 表\n---\n\(table)"], at: "pages/table.md:4:1:",
                          containing: L("markdown.refused", L("markdown.atLine", 133, L("markdown.tableCells", InputScreen.maxTableCells))))
        let links = (0..<(InputScreen.maxLinks + 1)).map { $0 % 2 == 0 ? "[链接\($0)](https://example.org/\($0))\n" : "见 https://example.org/\($0)\n" }.joined()
        try HardeningTests().expectRefused(["pages/links.md": "---\ntitle: 链接\n---\n\(links)"], at: "pages/links.md:4:1:",
                          containing: L("markdown.refused", L("markdown.atLine", InputScreen.maxLinks + 1, L("markdown.links", InputScreen.maxLinks))))
    }

    @Test func tagsAreBoundedPerStoryAndForTheSite() throws {
        let tags = (1...25).map { "标签\($0)" }.joined(separator: ", ")
        try HardeningTests().expectRefused(["cases/tagged.md": "---\ntitle: 标签多\ntags: [\(tags)]\n---\n正文\n"], at: "cases/tagged.md:3:",
                          containing: L("cases.tooManyTags", 25, CaseLoader.maxTags))
        var files: [String: String] = [:]
        for story in 0..<20 {
            let tags = (0..<16).map { "标签\(story)-\($0)" }.joined(separator: ", ")
            files["cases/s\(story).md"] = "---\ntitle: 案例\(story)\ntags: [\(tags)]\n---\n正文\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let errors = site.build().errors
        // Files in path order: s0, s1, s10 … s19, s2 … s8 holds the 301st tag.
        #expect(errors.contains("cases/s8.md:1:1: error: " + L("cases.tooManyDistinctTags", CaseChecks.maxDistinctTags, "标签8-12")), "\(errors)")
    }

    /// At the bounds (a list, a table and links just under each limit, a story with
    /// the most tags) the build stays quick.
    @Test func inputsJustUnderTheBoundsBuildQuickly() throws {
        let items = (0..<(InputScreen.maxListItems - 1)).map { "- 第\($0)项\n" }.joined()
        let row = "|" + String(repeating: " a |", count: 100) + "\n"
        let table = row + "|" + String(repeating: "---|", count: 100) + "\n" + String(repeating: row, count: 190)
        let tags = (1...CaseLoader.maxTags).map { "标签\($0)" }.joined(separator: ", ")
        let site = try TestSite([
            "cases/list.md": "---\ntitle: 列表\ntags: [\(tags)]\n---\n\(items)",
            "cases/table.md": "---\ntitle: 表\ntags: [\(tags)]\n---\n\(table)",
        ])
        defer { site.remove() }
        let start = Date()
        let report = AudienceTests.publicBuild(site)
        #expect(report.wrote, "\(report.errors)")
        #expect(Date().timeIntervalSince(start) < 30)
    }
}

@Suite struct RecordNameTests {
    /// `%`, `?`, `#` and spaces in a record's file name would make an address that
    /// breaks or means something else: refused like a page's.
    @Test(arguments: ["2026-03-12 li-si", "2026-03-12-li%20si", "2026-03-12-li?si", "2026-03-12-li#si"])
    func aRecordFileNameFollowsThePageNameRule(_ stem: String) throws {
        let site = try TestSite([
            "records/2026/2026-03-12-li-si.md": nil,
            "records/2026/\(stem).md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\n---\n正文。\n",
        ])
        defer { site.remove() }
        let errors = site.build(write: false).errors
        #expect(errors.contains("records/2026/\(stem).md:1:1: error: " + Slugs.invalidMessage(stem)), "\(errors)")
    }
}

@Suite struct DuplicateKeyTests {
    /// A key given twice in a flow mapping is reported where it is given again, naming
    /// where it was first.
    @Test func aDuplicateKeyInAFlowMappingNamesBothPlaces() throws {
        let site = try TestSite(["members/wang-wu.md": "---\nname: 王五\nparty: cndca\nextra: {a: 1, b: 2, a: 3}\n---\n简历\n"])
        defer { site.remove() }
        let errors = site.build(write: false).errors
        #expect(errors.contains("members/wang-wu.md:4:21: error: " + L("content.yaml.duplicateKeyAt", "a", 4, 9)), "\(errors)")
    }

    @Test func aDuplicateKeyInANestedBlockMappingNamesBothPlaces() throws {
        let site = try TestSite(["members/wang-wu.md": "---\nname: 王五\nparty: cndca\nhistory:\n  - committee: proposal\n    until: 2025-12-31\n    committee: economic\n---\n简历\n"])
        defer { site.remove() }
        let errors = site.build(write: false).errors
        #expect(errors.contains { $0.hasPrefix("members/wang-wu.md:7:5: error:") && $0.contains("5") }, "\(errors)")
    }
}
