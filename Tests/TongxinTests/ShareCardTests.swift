import Foundation
import Testing
@testable import Tongxin

/// A public case's author, source, reviewer and description reach the page's meta
/// description, its Open Graph card and the feed, whose content is the whole story
/// with absolute links; a public build without base_url warns what that breaks.
@Suite struct ShareCardTests {
    static let base = "https://www.example.gov.cn/tongxin/"
    static let story = """
        ---
        title: 走访企业
        date: 2026-03-01
        cover: assets/c.svg
        作者: 宣传组 王敏
        来源: 提案委窗口
        审核: 李主任
        描述: 党员委员走访党外委员的企业，听取意见建议。
        ---
        正文第一段，见[联系办法](../../rules/method/)。

        ![车间](../../assets/c.svg)
        """

    static func publicBuild(_ site: TestSite) -> BuildReport {
        BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output,
                                       today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
    }

    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>"#

    @Test func theCaseFieldsFeedTheMetaDescriptionTheShareCardAndTheFeed() throws {
        let site = try TestSite([
            "site.json": TestSite.siteJSON.replacingOccurrences(of: "{\n  \"name\"", with: "{\n  \"base_url\": \"\(Self.base)\",\n  \"name\""),
            "cases/visit.md": Self.story,
            "assets/c.svg": Self.svg,
        ])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.wrote && report.lines.isEmpty, "\(report.lines)")
        let page = try site.page("cases/visit/index.html")
        #expect(page.contains(#"<meta name="description" content="党员委员走访党外委员的企业，听取意见建议。">"#))
        #expect(page.contains(#"<meta property="og:title" content="走访企业">"#))
        #expect(page.contains(#"<meta property="og:url" content="\#(Self.base)cases/visit/">"#))
        #expect(page.contains(#"<meta property="og:image" content="\#(Self.base)assets/c.svg">"#))
        #expect(page.contains("作者：宣传组 王敏　来源：提案委窗口　审核：李主任"))

        let feed = try site.page("feed.xml")
        #expect(feed.contains("<author><name>宣传组 王敏</name></author>"))
        #expect(feed.contains(#"<content type="html">"#))
        #expect(feed.contains("正文第一段"))
        #expect(feed.contains("href=&quot;\(Self.base)rules/method/&quot;"), "absolute link in the escaped content")
        #expect(feed.contains("src=&quot;\(Self.base)assets/c.svg&quot;"))
        #expect(!feed.contains("../../"))
    }

    @Test func aPublicBuildWithoutBaseURLWarnsWhatBreaks() throws {
        let site = try TestSite(["cases/visit.md": Self.story, "assets/c.svg": Self.svg])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.wrote)
        #expect(report.warnings.contains { $0.hasPrefix("site.json:1:1:") && $0.hasSuffix(L("office.baseURL.missing")) }, "\(report.lines)")
        let page = try site.page("cases/visit/index.html")
        #expect(page.contains(#"<meta property="og:title" content="走访企业">"#))
        #expect(!page.contains("og:url") && !page.contains("og:image"))
        #expect(site.build().warnings.isEmpty, "the internal portal needs no base_url")
    }

    @Test func relativeLinksBecomeAbsoluteUnderTheBase() {
        let html = ##"<p><a href="../../rules/method/#a">x</a> <img src="../../assets/a.png" alt=""> <a href="https://other.example/">y</a> <a href="#top">z</a></p>"##
        #expect(AbsoluteLinks.rewrite(html, page: "cases/visit/index.html", base: Self.base)
                == ##"<p><a href="https://www.example.gov.cn/tongxin/rules/method/#a">x</a> <img src="https://www.example.gov.cn/tongxin/assets/a.png" alt=""> <a href="https://other.example/">y</a> <a href="#top">z</a></p>"##)
    }
}
