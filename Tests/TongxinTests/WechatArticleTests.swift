import Foundation
import Testing
@testable import Tongxin

/// The 公众号 page of a public case: its article uses inline styles only, no class,
/// <style>, <link> or <script>; images are absolute with base_url; links become text.
@Suite struct WechatArticleTests {
    static let story = """
        ---
        title: 走访企业
        date: 2026-03-01
        作者: 宣传组
        审核: 李主任
        ---
        ## 一、走访

        正文**第一段**，见[联系办法](../../rules/method/)。

        ![车间](../../assets/c.svg)

        - 甲
        - 乙

        <div class="x">原始 HTML 不会进正文</div>

        | 项目 | 数量 |
        | --- | --- |
        | 走访 | 3 |
        """

    /// The article between its section's tags.
    static func article(_ page: String) throws -> String {
        let start = try #require(page.range(of: #"<section id="wechat-article""#))
        let open = try #require(page[start.upperBound...].firstIndex(of: ">"))
        let end = try #require(page.range(of: "</section>", range: open..<page.endIndex))
        return String(page[page.index(after: open)..<end.lowerBound])
    }

    @Test func theArticleHasOnlyInlineStylesAndAbsoluteImages() throws {
        let site = try TestSite([
            "site.json": TestSite.siteJSON.replacingOccurrences(of: "{\n  \"name\"", with: "{\n  \"base_url\": \"https://www.example.gov.cn/tongxin/\",\n  \"name\""),
            "cases/visit.md": Self.story,
            "cases/inside.md": "---\ntitle: 内部案例\naudience: internal\n---\n内部。\n",
            "assets/c.svg": ShareCardTests.svg,
        ])
        defer { site.remove() }
        let report = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output,
                                                    today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(report.wrote, "\(report.lines)")
        let page = try site.page("cases/visit/wechat/index.html")
        let article = try Self.article(page)
        for forbidden in ["class=", "<style", "<link", "<script", "<a ", "<div", "href="] {
            #expect(!article.contains(forbidden), "\(forbidden) in the article:\n\(article)")
        }
        #expect(article.contains(#"<h2 style="#) && article.contains(#"<p style="#) && article.contains(#"<table style="#) && article.contains(#"<td style="#))
        #expect(article.contains(#"<img src="https://www.example.gov.cn/tongxin/assets/c.svg" alt="车间" style="#))
        #expect(article.contains("见联系办法。"), "a link becomes its text")
        #expect(article.contains("<strong style=\"font-weight: bold;\">第一段</strong>"))
        #expect(article.contains("作者：宣传组　审核：李主任"))
        #expect(page.contains("复制正文") && page.contains("static/wechat.js"))
        #expect(try site.page("cases/visit/index.html").contains(#"<a href="wechat/">公众号版</a>"#))
        #expect(site.exists("static/wechat.js"))

        // Internal stories have none, in the portal either (built into a folder of its
        // own: a folder built for the public is never given the office's portal).
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().wrote)
        #expect(site.exists("cases/visit/wechat/index.html"))
        #expect(!site.exists("cases/inside/wechat/index.html"))
        #expect(!(try site.page("cases/inside/index.html").contains("公众号版")))
    }

    @Test func withoutBaseURLThePageSaysImagesAreRelative() throws {
        let site = try TestSite(["cases/visit.md": Self.story, "assets/c.svg": ShareCardTests.svg])
        defer { site.remove() }
        #expect(site.build().wrote)
        let page = try site.page("cases/visit/wechat/index.html")
        #expect(page.contains("图片地址是相对地址"))
        #expect(try Self.article(page).contains(#"<img src="../../../assets/c.svg""#))
    }

    /// Element names are read on bytes where cmark writes them in ASCII (any case), by
    /// Characters where a name goes on past ASCII; an unclosed "<" leaves the rest as it is.
    @Test func elementNamesInAnyCaseAndScript() {
        let addresses = WechatArticle.Addresses(story: "cases/x/wechat/index.html", base: nil, root: "../../../")
        let p = WechatArticle.styles["p"]!
        #expect(WechatArticle.html(body: "<P>甲</P>", byline: "", addresses: addresses) == #"<p style="\#(p)">甲</p>"#)
        #expect(WechatArticle.html(body: "<p中>乙</p中><h2 id=\"一\">丙</h2>", byline: "", addresses: addresses)
            == #"乙<h2 style="\#(WechatArticle.styles["h2"]!)">丙</h2>"#)
        #expect(WechatArticle.html(body: "<em>丁</em> 1 < 2", byline: "", addresses: addresses) == #"<em style="font-style: italic;">丁</em> 1 < 2"#)
    }
}
