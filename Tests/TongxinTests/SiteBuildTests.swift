import Foundation
import Testing
@testable import Tongxin

@Suite(.language(.en)) struct SiteBuildTests {
    @Test func buildsEveryPageType() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        #expect(report.wrote)
        for path in ["index.html", "rules/index.html", "rules/method/index.html", "members/index.html",
                     "members/zhang-san/index.html", "members/li-si/index.html", "about/index.html",
                     "records/index.html", "records/2026/2026-03-12-li-si/index.html", "cases/index.html",
                     "static/tongxin.css", "static/favicon.svg"] {
            #expect(site.exists(path), "missing \(path)")
        }
    }

    /// The dashboard's three stories are the first three of the stories' list: newest
    /// first, a story without a date last, the same day by address.
    @Test func theDashboardShowsTheNewestStoriesInTheListsOrder() throws {
        var files: [String: String?] = [:]
        for (slug, date) in [("d", "2026-03-01"), ("b", "2026-05-02"), ("a", "2026-05-02"), ("e", nil), ("c", "2026-04-15"), ("f", "2025-12-31")] {
            files["cases/\(slug).md"] = "---\ntitle: 故事\(slug)\n" + (date.map { "date: \($0)\n" } ?? "") + "---\n正文。\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().wrote)
        func titles(_ page: String) throws -> [String] {
            let html = try site.page(page)
            return html.components(separatedBy: "故事").dropFirst().compactMap { $0.first.map(String.init) }.filter { "abcdef".contains($0) }
        }
        let list = try titles("cases/index.html"), home = try titles("index.html")
        #expect(Array(list.prefix(3)) == ["a", "b", "c"], "\(list)")
        #expect(Array(home.prefix(3)) == ["a", "b", "c"], "\(home)")
    }

    @Test func rulePageShowsNumberDateAndTableOfContents() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let html = try site.page("rules/method/index.html")
        #expect(html.contains("测政协党组〔2022〕8号"))
        #expect(html.contains("2022年6月28日"))
        #expect(html.contains(#"<h2 id="一联系原则">"#))
        #expect(html.contains(##"<a href="#二联系内容">二、联系内容</a>"##))
        #expect(html.contains(#"lang="zh-CN""#))
    }

    @Test func memberPagesShowProfileAssignmentsAndRecords() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let li = try site.page("members/li-si/index.html")
        #expect(li.contains("中国民主建国会"))
        #expect(li.contains("<td><a href=\"../../members/zhang-san/\">张三</a></td><td>李四</td><td>党员委员联系党外委员</td><td class=\"num\">1/2</td>"))
        #expect(li.contains("2026年3月12日"))
        #expect(li.contains("13900000000"), "the internal build shows private fields")
        let index = try site.page("members/index.html")
        #expect(index.contains("共 2 名委员"))
    }

    @Test func recordPageFollowsTheForm() throws {
        let site = try TestSite()
        defer { site.remove() }
        site.build()
        let html = try site.page("records/2026/2026-03-12-li-si/index.html")
        #expect(html.contains("编号：2026-03-12-li-si"), "the number defaults to the file name")
        #expect(html.contains("情况记录单"))
        #expect(html.contains("<strong>很多</strong>"))
        #expect(html.contains("走访看望"))
    }

    @Test func everyValueFromContentIsEscaped() throws {
        let site = try TestSite([
            "members/li-si.md": "---\nname: '\"><script>alert(1)</script>'\nparty: cndca\nunit: \"A & B <i>\"\n---\n<script>alert(2)</script>\n\n正文\n",
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [li-si]\nmethod: 走访看望\nplace: \"<b>会议室</b>\"\nrecorder: 办公室\n---\n[点我](javascript:alert(3))\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.lines)")
        for path in ["members/li-si/index.html", "members/index.html", "records/2026/2026-03-12-li-si/index.html", "members/zhang-san/index.html"] {
            let html = try site.page(path)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("<b>会议室"), "\(path)")
        }
        #expect(try site.page("members/li-si/index.html").contains("&quot;&gt;&lt;script&gt;"))
        #expect(try site.page("members/li-si/index.html").contains("A &amp; B &lt;i&gt;"))
        #expect(report.warnings.contains { $0.hasPrefix("members/li-si.md:6:1: warning: raw HTML") })
        #expect(report.warnings.contains { $0.hasPrefix("records/2026/2026-03-12-li-si.md:9:1: warning: the link 'javascript:alert(3)'") })
    }

    @Test func aSiteMayOverrideOneTemplate() throws {
        let site = try TestSite([
            "templates/page.mustache": "{{<base}}{{$main}}<p class=\"custom\">自定义 {{title}}</p>{{/main}}{{/base}}",
        ])
        defer { site.remove() }
        site.build()
        #expect(try site.page("about/index.html").contains("<p class=\"custom\">自定义 关于</p>"))
        #expect(try site.page("rules/method/index.html").contains("联系原则"), "other templates still come from the theme")
    }

    @Test func demoSitesAreMarked() throws {
        let site = try TestSite(["site.json": TestSite.siteJSON.replacingOccurrences(of: "\"as_of\"", with: "\"demo\": true, \"as_of\"")])
        defer { site.remove() }
        site.build()
        #expect(try site.page("index.html").contains("示例数据（虚构）"))
        #expect(try site.page("members/li-si/index.html").contains("示例数据（虚构）"))
    }

    @Test func datesAreWrittenTheChineseWay() {
        #expect(Day(parsing: "2026-03-12")?.chinese == "2026年3月12日")
        #expect(Day(parsing: "2026/3/2")?.iso == "2026-03-02")
        #expect(Day(parsing: "2024-02-29") != nil)
        #expect(Day(parsing: "2026-02-29") == nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(ordinal: Day(parsing: "2024-02-28")!.ordinal + 1).iso == "2024-02-29")
    }
}
