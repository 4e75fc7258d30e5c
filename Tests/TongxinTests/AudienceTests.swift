import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Tongxin

/// The public build: what it shows, what it must never show, and what it refuses.
@Suite(.language(.en)) struct AudienceTests {
    static func publicBuild(_ site: TestSite) -> BuildReport {
        BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output,
                                       today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
    }

    /// Unique markers in every private field, every record field and body, the event
    /// and assignment notes, an internal case and an internal page: none may reach any
    /// file of the public build.
    @Test func noPrivateMarkerReachesThePublicBuild() throws {
        let markers = (1...12).map { "PRIVATEMARKER\($0)X" }
        let site = try TestSite([
            "members/li-si.md": "---\nname: 李四\nparty: cndca\nphone: \(markers[0])\naddress: \(markers[1])\nnotes: \(markers[2])\n---\n\(markers[3])\n",
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: \(markers[4])\nrecorder: \(markers[5])\nsuggestions:\n  - text: \(markers[6])\n---\n\(markers[7])\n",
            "data/events.json": #"[ { "member": "li-si", "kind": "new-member", "date": "2026-01-02", "note": "\#(markers[8])" } ]"#,
            "data/assignments.json": #"[ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "note": "\#(markers[9])" } ]"#,
            "cases/secret.md": "---\ntitle: \(markers[10])\naudience: internal\n---\n内部案例\n",
            "pages/help.md": "---\ntitle: 帮助\n---\n\(markers[11])\n",
            "cases/open.md": "---\ntitle: 公开案例\ndate: 2026-05-01\nmembers: [李四]\ntags: [协商]\n---\n公开的故事。\n",
        ])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.errors.isEmpty, "\(report.lines)")
        let files = try site.snapshot()
        #expect(files.keys.contains("cases/open/index.html"))
        #expect(files.keys.contains("feed.xml"))
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for marker in markers {
                #expect(!text.contains(marker), "\(marker) leaked into \(path)")
            }
        }
        for forbidden in ["records/", "members/", "assignments/", "reports/", "suggestions/", "units/", "secret", "help/"] {
            #expect(!files.keys.contains { $0.hasPrefix(forbidden) || $0.contains("/\(forbidden)") }, "\(forbidden) is in the public build")
        }
        #expect(try site.page("cases/open/index.html").contains("李四（民建）"), "members appear by public fields")
    }

    /// The public build reads records, assignments and events only to know what it
    /// must refuse: one it cannot read could hold anything, so the build stops.
    @Test func anUnreadableInternalFileStopsThePublicBuild() throws {
        let site = try TestSite([
            "records/2026/2026-03-12-li-si.md": "---\ndate: [not closed\n---\n",
            "data/assignments.json": "{ broken",
        ])
        defer { site.remove() }
        let errors = Self.publicBuild(site).errors
        #expect(errors.contains { $0.hasPrefix("records/2026/2026-03-12-li-si.md:") && $0.hasSuffix(L("leak.unreadableInternal", "records/2026/2026-03-12-li-si.md")) }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("data/assignments.json:") && $0.hasSuffix(L("leak.unreadableInternal", "data/assignments.json")) }, "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        #expect(!site.build(write: false).errors.isEmpty, "the internal build reports them too")
    }

    @Test func aMobileNumberInAPublicStoryStopsTheBuild() throws {
        let site = try TestSite(["cases/open.md": "---\ntitle: 案例\n---\n请致电 139-1234-5678 或 11010519491231002X。\n"])
        defer { site.remove() }
        #expect(site.build().wrote)
        let before = try site.snapshot()
        let report = Self.publicBuild(site)
        #expect(report.errors.contains("cases/open.md:4:5: error: " + L("leak.number", L("leak.kind.mobile"), "139******78")), "\(report.errors)")
        #expect(report.errors.contains("cases/open.md:4:21: error: " + L("leak.number", L("leak.kind.idCard"), "110*************2X")), "\(report.errors)")
        #expect(try site.snapshot() == before, "nothing was written")
    }

    @Test func aPrivateValueInAPublicPageStopsTheBuild() throws {
        let site = try TestSite([
            "members/li-si.md": "---\nname: 李四\nparty: cndca\naddress: 幸福路八十八号\n---\n",
            "pages/about.md": "---\ntitle: 关于\naudience: public\n---\n地址：幸福路八十八号\n",
        ])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.errors == ["pages/about.md:5:4: error: " + L("leak.value", L("leak.kind.memberField"), "幸福路**八号", "members/li-si.md:4:10")])
    }

    @Test func aPublicPageLinkingToAnInternalOneNamesBoth() throws {
        let site = try TestSite([
            "pages/about.md": "---\ntitle: 关于\naudience: public\n---\n正文\n\n见[记录](../records/2026/2026-03-12-li-si/)和[帮助](../help/)。\n",
            "pages/help.md": "---\ntitle: 帮助\n---\n内部帮助\n",
        ])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.errors.contains("pages/about.md:7:7: error: " + L("links.toInternal", "records/2026/2026-03-12-li-si.md")))
        #expect(report.errors.contains("pages/about.md:7:47: error: " + L("links.toInternal", "pages/help.md")))
    }

    @Test func aMisspeltAudienceIsAnErrorAndNeverPublic() throws {
        let site = try TestSite(["cases/open.md": "---\ntitle: 案例\naudience: publik\n---\n正文\n"])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.errors == ["cases/open.md:3:11: error: unknown audience 'publik'; write public (公开) or internal (内部)"])
        #expect(!site.exists("cases/open/index.html"))
    }

    @Test func casesArePaginatedTaggedAndFed() throws {
        var files: [String: String?] = [:]
        for index in 1...12 {
            files["cases/story-\(index).md"] = "---\ntitle: 案例\(index)\ndate: 2026-01-\(String(format: "%02d", index))\ntags: [\(index % 2 == 0 ? "协商" : "调研"), 全部]\ncover: assets/c.svg\n---\n故事\(index)。\n"
        }
        files["assets/c.svg"] = #"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"></svg>"#
        files["site.json"] = TestSite.siteJSON.replacingOccurrences(of: "\"as_of\"", with: "\"base_url\": \"https://portal.example.org/tx\", \"as_of\"")
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(Self.publicBuild(site).errors.isEmpty)
        let first = try site.page("cases/index.html")
        #expect(first.contains("案例12") && !first.contains(">案例2<"), "newest first, ten a page")
        #expect(first.contains(#"rel="next" href="../cases/page/2/""#))
        #expect(try site.page("cases/page/2/index.html").contains(">案例1<"))
        #expect(try site.page("cases/tags/协商/index.html").contains("案例12"))
        #expect(!(try site.page("cases/tags/协商/index.html")).contains(">案例11<"))
        #expect(first.contains(#"width="1200" height="630""#))
        let feed = try site.page("feed.xml")
        #expect(feed.contains("<id>https://portal.example.org/tx/cases/story-12/</id>"))
        #expect(feed.contains("<updated>2026-01-12T00:00:00Z</updated>"))
        #expect(try site.page("sitemap.xml").contains("<loc>https://portal.example.org/tx/cases/story-1/</loc>"))
        #expect(try XMLDocumentCheck.isWellFormed(site.page("feed.xml")))
    }
}

/// Well-formedness through Foundation's XMLParser.
enum XMLDocumentCheck {
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}
