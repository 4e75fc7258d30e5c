import Foundation
import Testing
@testable import Tongxin

/// 简报 (briefs/): the 红头 page and its .docx, the numbering checks with their lines,
/// cases that must exist, and a brief carrying an internal case kept off the public site.
@Suite(.language(.en)) struct BriefTests {
    static let publicCase = "---\ntitle: 走访企业\ndate: 2026-03-01\n来源: 经济委窗口\n---\n## 走访\n\n委员走访了**企业**，见[另一案例](../quiet/)。\n\n| 项目 | 数量 |\n| --- | --- |\n| 走访 | 3 |\n"
    static let internalCase = "---\ntitle: 内部的案例\naudience: internal\n---\n只给办公室看的经过。\n"

    static func brief(issue: Int, date: String = "2026-11-18", cases: String = "[visit]", extra: String = "") -> String {
        "---\n期号: \(issue)\ndate: \(date)\ntitle: 第\(issue)期的标题\ncases: \(cases)\n报送: [市委, 市政府]\n抄送: [各专门委员会]\n印数: 40\n\(extra)---\n**编者按**　本期刊发一则案例。\n"
    }

    static let files: [String: String?] = [
        "cases/visit.md": publicCase,
        "cases/quiet.md": "---\ntitle: 另一案例\n---\n正文。\n",
        "cases/secret.md": internalCase,
        "briefs/2026-01.md": brief(issue: 1),
    ]

    @Test func aBriefIsARedHeadedPageWithItsCasesAndDistribution() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        let page = try site.page("briefs/2026-01/index.html")
        #expect(page.contains(#"<p class="brief-masthead">政协测试市委员会简报</p>"#), "the organisation's name and 简报 by default")
        #expect(page.contains(#"<p class="brief-issue">第1期</p>"#))
        #expect(page.contains("<span>政协测试市委员会</span><span>2026年11月18日</span>"), "issuer and date line")
        #expect(page.contains(#"<h1 class="brief-title">第1期的标题</h1>"#))
        #expect(page.contains("<strong>编者按</strong>"))
        #expect(page.contains(#"<h2 class="brief-case-title">走访企业</h2>"#) && page.contains("<strong>企业</strong>"))
        #expect(page.contains(#"href="../../cases/quiet/""#), "the story's links made relative to the brief")
        #expect(page.contains("（来源：经济委窗口）"))
        #expect(page.contains(#"<span class="brief-label">报：</span>市委，市政府"#) && page.contains(#"<span class="brief-label">送：</span>各专门委员会"#))
        #expect(page.contains("2026年11月18日印发（共印40份）"))
        #expect(page.contains(#"href="brief.docx" download="政协测试市委员会简报第1期.docx""#))
        #expect(try site.page("briefs/index.html").contains(#"<a href="../briefs/2026-01/">第1期的标题</a>"#))
        #expect(try site.page("cases/index.html").contains(#"href="../briefs/""#), "the case list links the briefs")

        // The .docx: 红头 in red, the red rule, the 版记 between rules, byte-identical on rebuild.
        let document = try #require(try OfficeClient.unzip(site.output.appendingPathComponent("briefs/2026-01/brief.docx"))["word/document.xml"])
        #expect(document.contains(#"<w:pStyle w:val="BriefMasthead"/>"#) && document.contains("政协测试市委员会简报"))
        #expect(document.contains(#"<w:bottom w:val="single" w:sz="18" w:space="4" w:color="FF0000"/>"#))
        #expect(document.contains("报：市委，市政府") && document.contains("送：各专门委员会"))
        #expect(document.contains("• ") == false && document.contains("走访") && document.contains("<w:tbl>"), "the story's table is a table")
        let styles = try #require(try OfficeClient.unzip(site.output.appendingPathComponent("briefs/2026-01/brief.docx"))["word/styles.xml"])
        #expect(styles.contains(#"<w:color w:val="FF0000"/>"#))
        let before = try site.snapshot()
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().wrote)
        let after = try site.snapshot()
        #expect(after["briefs/2026-01/brief.docx"] == before["briefs/2026-01/brief.docx"])
        #expect(after["briefs/2026-01/index.html"] == before["briefs/2026-01/index.html"])
    }

    @Test func aDuplicateIssueIsAnErrorAtItsLineAndAGapAWarning() throws {
        var files = Self.files
        files["briefs/2026-01b.md"] = Self.brief(issue: 1)
        files["briefs/2026-04.md"] = Self.brief(issue: 4)
        // Another year starts again at 1.
        files["briefs/2025-01.md"] = Self.brief(issue: 1, date: "2025-12-01")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(!report.wrote)
        #expect(report.errors == ["briefs/2026-01b.md:2:5: error: issue 1 of 2026 is already briefs/2026-01.md; an issue number is used once a year: give this brief the next free number (5)"], "\(report.errors)")
        #expect(report.warnings == ["briefs/2026-04.md:2:5: warning: 2026 has no issue 2–3 (this one is issue 4); issues are numbered one after another: add the missing one or fix this number"], "\(report.warnings)")
    }

    @Test func aMissingCaseIsAnErrorAndAnInternalCaseMakesTheBriefInternal() throws {
        var files = Self.files
        files["briefs/2026-02.md"] = Self.brief(issue: 2, cases: "[visits]")
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors == ["briefs/2026-02.md:5:9: error: there is no case 'visits' in content/cases (write the case's file name without .md, e.g. cases: [village-doctors]); did you mean 'visit'?"], "\(report.errors)")

        try site.edit("briefs/2026-02.md", Self.brief(issue: 2, cases: "[visit, secret]"))
        let office = site.build()
        #expect(office.wrote, "\(office.lines)")
        #expect(office.warnings.contains { $0.hasPrefix("briefs/2026-02.md:5:16: warning: the case 'secret' is internal") }, "\(office.warnings)")
        #expect(try site.page("briefs/2026-02/index.html").contains("内部资料　注意保存"))
        #expect(try site.page("briefs/index.html").contains(#"<span class="tag-internal">内部</span>"#))

        let publicSite = site.folder.appendingPathComponent("public-site")
        let built = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: publicSite,
                                                   today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(built.wrote, "\(built.lines)")
        let published = FileManager.default.enumerator(atPath: publicSite.path)!.compactMap { $0 as? String }
        #expect(published.contains("briefs/2026-01/index.html"))
        #expect(!published.contains { $0.hasPrefix("briefs/2026-02") }, "the brief with an internal case is not published")
        #expect(!published.contains { $0.hasSuffix(".docx") }, "the public site has no Word files")
        #expect(!(try String(contentsOf: publicSite.appendingPathComponent("briefs/index.html"), encoding: .utf8)).contains("第2期"))
    }

    @Test func theWordFileOpensInLibreOfficeOnA4WithItsRedHead() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.build().wrote)
        let folder = site.folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = try OfficeClient.pdfs(of: [site.output.appendingPathComponent("briefs/2026-01/brief.docx")], in: folder)[0]
        let text = try OfficeClient.text(pdf).filter { $0 != " " && $0 != "\u{3000}" && $0 != "\n" }
        for expected in ["政协测试市委员会简报", "第1期", "2026年11月18日", "第1期的标题", "编者按", "走访企业", "报：市委，市政府", "送：各专门委员会", "印发（共印40份）", "—1—"] {
            #expect(text.contains(expected), "\(expected) in \(text)")
        }
        let page = try OfficeClient.info(pdf)
        #expect(abs(page.width - 595.3) < 1 && abs(page.height - 841.9) < 1, "A4 portrait")
    }

    /// The 版记 in the .docx is at the foot of the last page (its last line just above the
    /// 版心's lower edge, 35 mm from the bottom), for a short brief and for briefs whose
    /// last page is nearly full, where it must not cover a line of the text: LibreOffice
    /// draws each and pdftotext says where every word is.
    @Test func theWordFilesDistributionIsAtTheFootOfTheLastPage() throws {
        var files = Self.files
        let paragraph = String(repeating: "委员走访企业，了解经营中的困难，提出建议。", count: 4)
        let lengths = [1, 9, 10, 11, 12, 13]
        for (index, count) in lengths.enumerated() where index > 0 {
            let body = Array(repeating: paragraph, count: count).joined(separator: "\n\n")
            files["briefs/2026-0\(index + 1).md"] = Self.brief(issue: index + 1, cases: "[]") + body + "\n"
        }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().wrote)
        let folder = site.folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let documents = lengths.indices.map { site.output.appendingPathComponent("briefs/2026-0\($0 + 1)/brief.docx") }
        let copies = try documents.enumerated().map { index, document in
            let copy = folder.appendingPathComponent("brief-\(index + 1).docx")
            try FileManager.default.copyItem(at: document, to: copy)
            return copy
        }
        let edge = 841.89 - 35 * 72 / 25.4
        var pageCounts = Set<Int>()
        var room: [Double] = []
        for pdf in try OfficeClient.pdfs(of: copies, in: folder) {
            let words = try OfficeClient.words(pdf)
            let last = words.map(\.page).max() ?? 0
            pageCounts.insert(last)
            let distribution = words.filter { $0.text.hasPrefix("报：") || $0.text.hasPrefix("送：") || $0.text.contains("印发") }
            #expect(distribution.count >= 3 && distribution.allSatisfy { $0.page == last }, "\(pdf.lastPathComponent): the 版记 on the last page: \(distribution)")
            let printed = try #require(distribution.first { $0.text.contains("印发") })
            #expect(printed.yMax <= edge && printed.yMax > edge - 12, "\(pdf.lastPathComponent): the 印发 line ends at \(printed.yMax) pt, the 版心 at \(edge)")
            let top = distribution.map(\.yMin).min() ?? 0
            // The body's words: those with a character the 版记 does not have.
            let body = words.filter { $0.page == last && $0.text.contains { "走访企业了解经营困难提出建议".contains($0) } }
            #expect(body.allSatisfy { $0.yMax <= top }, "\(pdf.lastPathComponent): the 版记 covers \(body.filter { $0.yMax > top })")
            room.append(top - (body.map(\.yMax).max() ?? 0))
        }
        #expect(pageCounts.count > 1, "the lengths make briefs of different page counts: \(pageCounts)")
        #expect(room.contains { $0 < 60 } && room.contains { $0 > 200 }, "a last page nearly full and one with room to spare: \(room)")
    }

    /// A brief's page and .docx name the brief and its cases as inputs: a repeated build
    /// reuses them, an edited case redraws both, and the result is what a fresh build makes.
    @Test func anEditedCaseRedrawsTheBriefsPageAndWordFile() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.repeatedBuild().wrote)
        let before = try site.snapshot()
        let again = site.repeatedBuild()
        #expect(again.wrote && again.pagesReused > 0)
        #expect(try site.snapshot() == before)
        try site.edit("cases/visit.md", Self.publicCase.replacingOccurrences(of: "委员走访了", with: "委员调研了"))
        #expect(site.repeatedBuild().wrote)
        let after = try site.snapshot()
        #expect(after["briefs/2026-01/index.html"] != before["briefs/2026-01/index.html"])
        #expect(String(decoding: after["briefs/2026-01/index.html"] ?? Data(), as: UTF8.self).contains("委员调研了"))
        #expect(after["briefs/2026-01/brief.docx"] != before["briefs/2026-01/brief.docx"])
        #expect(try site.freshSnapshotOfContent() == after, "the same bytes as a fresh build")
    }

    @Test func wordProseKeepsLooseAndNestedListsAndQuotes() {
        let blocks = WordProse.blocks("<ul>\n<li>\n<p>甲</p>\n<p>甲的第二段</p>\n</li>\n<li>\n<p>乙</p>\n<ul>\n<li>乙一</li>\n</ul>\n</li>\n</ul>\n<blockquote>\n<p>引文</p>\n</blockquote>\n")
        let texts = blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.text }
            return nil
        }
        #expect(texts == ["• 甲", "甲的第二段", "• 乙", "• 乙一", "引文"])
    }

    @Test func wordProseKeepsHeadingsListsAndTables() {
        let blocks = WordProse.blocks("<h2>一、走访</h2>\n<p>第一行\n第二行 and\nmore &amp; 更多</p>\n<ol start=\"3\">\n<li>甲</li>\n<li>乙</li>\n</ol>\n<p><img src=\"a.jpg\" alt=\"车间\" /></p>\n<table>\n<thead>\n<tr>\n<th>项目</th>\n<th>数量</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>走访</td>\n<td>3</td>\n</tr>\n</tbody>\n</table>\n")
        var texts: [String] = []
        var table: WordTable?
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): texts.append("\(paragraph.style.rawValue):\(paragraph.text)")
            case .table(let found): table = found
            case .foot: Issue.record("prose has no foot")
            }
        }
        #expect(texts == ["Heading1:一、走访", "Normal:第一行第二行 and more & 更多", "Normal:3. 甲", "Normal:4. 乙", "Normal:［图片：车间］"])
        #expect(table?.head == ["项目", "数量"])
        #expect(table?.rows.map { $0.map(\.lines) } == [[["走访"], ["3"]]])
    }
}
