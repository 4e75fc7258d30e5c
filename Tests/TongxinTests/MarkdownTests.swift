import Foundation
import Testing
@testable import Tongxin

@Suite(.language(.en)) struct MarkdownTests {
    func render(_ text: String, limits: Limits = .defaults) -> Result<RenderedMarkdown, Diagnostic> {
        MarkdownRenderer(limits: limits).render(MarkdownSource(text: text, file: "pages/x.md", firstLine: 5))
    }

    func html(_ text: String) throws -> String {
        try render(text).get().html
    }

    /// The summary is cut by scalars only where scalars are characters; wherever a
    /// scalar may join its neighbour (a combining mark, an emoji sequence, a tone mark)
    /// the cut is by characters. Both give the character cut.
    @Test func summariesAreCutAtCharacters() throws {
        let pieces = ["联系", "委员", "abc ", "，", "。", "（一）", "“协商”", "——", "·", "e\u{301}", "👩‍👩‍👧", "〪", "ﾞ", "🇨🇳", "１２", "\u{200D}", "\u{2028}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...90, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for length in [1, 5, 120] {
                let byCharacters = text.count > length ? String(text.prefix(length)) + "…" : text
                if let cut = DocumentWalker.cut(text, simpleScalars: length) { #expect(cut == byCharacters, "\(text.debugDescription) at \(length)") }
            }
        }
        #expect(DocumentWalker.cut("联系" + String(repeating: "委", count: 200), simpleScalars: 120) == "联系" + String(repeating: "委", count: 118) + "…")
        #expect(DocumentWalker.cut("e\u{301}", simpleScalars: 120) == nil)
        let long = "第一段" + String(repeating: "文字e\u{301}", count: 60)
        #expect(try render(long).get().summary == String(long.prefix(120)) + "…")
    }

    /// A NUL in a file does not end its text (cmark makes it U+FFFD).
    @Test func aNulCharacterDoesNotCutTheText() throws {
        let out = try html("前\u{0}后")
        #expect(out.contains("前\u{FFFD}后"))
    }

    @Test func gfmExtensionsAreOn() throws {
        let table = try html("| 姓名 | 党派 |\n| --- | --- |\n| 王五 | 民建 |\n")
        #expect(table.contains("<table>") && table.contains("<td>王五</td>"))
        #expect(try html("~~删除~~").contains("<del>删除</del>"))
        #expect(try html("- [x] 已办\n- [ ] 未办\n").contains("checkbox"))
        #expect(try html("见 https://example.org 网站").contains(#"<a href="https://example.org">"#))
    }

    @Test func aSingleTildeIsARangeNotAStrikethrough() throws {
        #expect(!(try html("时间为3月~5月，人数10~20人")).contains("<del>"))
    }

    @Test func autolinksGiveBackChinesePunctuation() throws {
        let out = try html("请访问 www.example.org。谢谢")
        #expect(out.contains(#"<a href="http://www.example.org">www.example.org</a>。谢谢"#), "\(out)")
    }

    @Test func headingsGetAnchorsAndSummaryComesFromParagraphs() throws {
        let rendered = try render("# 标题\n\n第一段文字。\n\n## 第一条 总体要求\n\n## 第一条 总体要求\n\n| a |\n| - |\n| 表格 |\n").get()
        #expect(rendered.headings.map(\.anchor) == ["标题", "第一条-总体要求", "第一条-总体要求-2"])
        #expect(rendered.html.contains("<h2 id=\"第一条-总体要求-2\">\n第一条 总体要求\n</h2>"))
        #expect(rendered.summary == "第一段文字。")
    }

    @Test func rawHTMLAndUnsafeLinksAreRemovedAndReported() throws {
        let rendered = try render("正文\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1)) [b](VBScript:x) [c](data:text/html,x) [d](<java\tscript:x>) [ok](../members/)\n").get()
        #expect(!rendered.html.contains("<script>"))
        #expect(!rendered.html.lowercased().contains("href=\"java"))
        #expect(!rendered.html.lowercased().contains("href=\"vbscript"))
        #expect(!rendered.html.contains("data:"))
        #expect(rendered.html.contains(#"<a href="../members/">ok</a>"#))
        #expect(rendered.findings.first?.description == "pages/x.md:7:1: warning: " + L("markdown.rawHTML"))
        #expect(rendered.findings.count == 5, "\(rendered.findings)")
    }

    /// A check keeps no HTML nor summary but finds the same: headings, findings, images,
    /// and a body whose HTML would be far too large (a table of 199 columns, rows of one cell).
    @Test func withoutHTMLTheSameIsFound() throws {
        let columns = 199
        let bomb = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n" + String(repeating: "|x\n", count: 1000)
        for text in ["# 标题\n\n第一段文字。\n\n<script>x</script>\n\n![图](../assets/a.png) [a](javascript:x)\n", bomb] {
            let source = MarkdownSource(text: text, file: "pages/x.md", firstLine: 5)
            let full = MarkdownRenderer(limits: .defaults).render(source), bare = MarkdownRenderer(limits: .defaults, keepsHTML: false).render(source)
            switch (full, bare) {
            case (.success(let full), .success(let bare)):
                #expect(bare.html.isEmpty && !full.html.isEmpty)
                #expect(bare.headings.map(\.anchor) == full.headings.map(\.anchor) && bare.summary.isEmpty && !full.summary.isEmpty)
                #expect(bare.findings.map(\.description) == full.findings.map(\.description) && full.findings.count == 2)
                #expect(bare.images == full.images && full.images.count == 1)
            case (.failure(let full), .failure(let bare)):
                #expect(bare.description == full.description && full.description.contains("bytes of HTML, far more than its size warrants"), "\(full)")
            default:
                Issue.record("one renderer failed and the other did not: \(full) \(bare)")
            }
        }
        if case .success = MarkdownRenderer(limits: .defaults, keepsHTML: false).render(MarkdownSource(text: bomb, file: "pages/x.md", firstLine: 5)) {
            Issue.record("the table's HTML is too large")
        }
    }

    @Test func oversizedFilesAreRefusedByName() {
        var limits = Limits.defaults
        limits.markdownBytes = 100
        let result = render(String(repeating: "字", count: 100), limits: limits)
        guard case .failure(let diagnostic) = result else { Issue.record("expected a failure"); return }
        #expect(diagnostic.description == "pages/x.md:5:1: error: " + L("markdown.tooLarge", 300, 100))
    }

    @Test func knownPathologicalInputsAreRejectedQuickly() {
        let inputs = [
            String(repeating: "![[]()", count: 40_000),
            String(repeating: "_", count: 50_000),
            "| " + String(repeating: "a | ", count: 5_000) + "\n|" + String(repeating: "-|", count: 5_000) + "\n",
            String(repeating: ">", count: 10_000) + " 引用",
        ]
        for input in inputs {
            let start = Date()
            let result = render(input)
            #expect(Date().timeIntervalSince(start) < 1.0)
            guard case .failure(let diagnostic) = result else { Issue.record("accepted \(input.prefix(20))"); continue }
            #expect(diagnostic.severity == .error)
        }
    }

    @Test func theRenderBudgetStopsSlowFiles() {
        var limits = Limits.defaults
        limits.renderMilliseconds = 1
        let big = String(repeating: "## 标题\n\n一段**加粗**文字，含`代码`和~~删除~~。\n\n", count: 4_000)
        guard case .failure(let diagnostic) = render(big, limits: limits) else { Issue.record("expected the budget to be exceeded"); return }
        #expect(diagnostic.description.hasSuffix(L("markdown.overBudget", 1)))
    }

    /// cmark-gfm keeps the extensions' special characters in a process-wide table
    /// (upstream issue 199); documents with and without extension syntax, rendered on
    /// all cores at once, must come out as they do one at a time.
    @Test func overlappingParsesGiveTheSameHTMLAsOneAtATime() throws {
        // Long documents keep a parse running while many short ones start and end.
        let texts = (0..<3000).map { i in
            i % 10 == 0
                ? String(repeating: "~~删~~ 访问 https://example.org/\(i) 或 www.example.com，写信 a\(i)@example.org\n\n- [x] 任务 \(i)\n\n| a | b |\n|---|---|\n| \(i) | 2 |\n\n", count: 40)
                : "普通段落 \(i)，~~删~~ **粗体** 和 *强调*。\n"
        }
        let renderer = MarkdownRenderer(limits: .defaults)
        let render: @Sendable (String) -> String? = { text in try? renderer.render(MarkdownSource(text: text, file: "x", firstLine: 1)).get().html }
        let oneAtATime = texts.map(render)
        let overlapping = parallelMap(texts, render)
        #expect(oneAtATime[0]?.contains("<del>删</del>") == true)
        #expect(oneAtATime[0]?.contains("<a href=\"mailto:a0@example.org\">") == true)
        #expect(oneAtATime[0]?.contains("<a href=\"http://www.example.com\">") == true)
        #expect(MarkdownRenderer.parsesMayOverlap, "cmark-gfm no longer reaches cmark_special_characters.c: parses now take turns (slower, still correct)")
        let differing = zip(oneAtATime, overlapping).filter { $0 != $1 }.count
        #expect(differing == 0, "\(differing) of \(texts.count) documents rendered differently in parallel")
    }

    @Test func concurrentRendersGiveTheSameHTML() {
        let text = "~~删~~ 访问 https://example.org 和 **粗体**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let expected = try? html(text)
        let outputs = parallelMap(Array(0..<200)) { _ in try? MarkdownRenderer(limits: .defaults).render(MarkdownSource(text: text, file: "x", firstLine: 1)).get().html }
        #expect(outputs.allSatisfy { $0 == expected })
    }
}
