import Foundation
import Testing
@testable import Tongxin

/// A bounded property-based run over front matter + Markdown: a fixed number of inputs
/// built from fragments known to trip parsers, from a seeded generator so a failure
/// reproduces. Properties: nothing crashes or hangs, every problem has a real
/// location, and rendered HTML never carries a script.
@Suite(.language(.en)) struct FuzzTests {
    /// SplitMix64: small, seeded, the same on every machine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let yamlFragments = [
        "name: 王五", "name: \"王\\\"五\"", "party: [cpc", "party: {a: 1}", "roles: [party-group, hk]", "phone: 13900000000",
        "date: 2026-02-30", "date: 2026-03-12", "- a", ": :", "&a x", "*a", "'unterminated", "key: |\n  多行\n  文本",
        "\t: tab", "名字: 王五", "x: \u{0}", "\u{FEFF}name: bom", "name:", "---", "...", "? complex\n: key", "n: 1e999",
    ]

    static let markdownFragments = [
        "# 标题", "## 第一条 总体要求。", "正文，含**加粗**和_强调_。", "<script>alert(1)</script>", "[链接](javascript:alert(1))",
        "![图](data:text/html,x)", "| a | b |\n|---|---|\n| 1 | 2 |", "- [x] 已办", "> 引用\n> > 嵌套", "~~删除~~ 3月~5月",
        "www.example.org。谢谢", "```\ncode <b>\n```", "[[[[]]]]", "___***___", "&amp; &#0; &#x110000;", "\u{202E}反向",
        "<!-- 注释 -->", "<img src=x onerror=alert(1)>", "http://例子.中国/路径", "\\", "\n\n\n",
    ]

    @Test func randomFrontMatterAndMarkdownNeverBreakTheLoaderOrTheRenderer() {
        var generator = Generator(state: 20_261_124)
        let renderer = MarkdownRenderer(limits: .defaults)
        for iteration in 0..<400 {
            let yaml = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.yamlFragments.randomElement(using: &generator)! }.joined(separator: "\n")
            let body = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.markdownFragments.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? "\n\n" : " ")
            let text = "---\n\(yaml)\n---\n\(body)\n"
            let file = "members/fuzz-\(iteration).md"
            switch FrontMatter.parse(text, file: file) {
            case .failure(let diagnostic):
                #expect(diagnostic.location.file == file && diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "input \(iteration): \(diagnostic)")
            case .success(let frontMatter):
                var markdownFile = MarkdownFile(reader: FieldReader(frontMatter.fields, schema: Schemas.member), body: MarkdownSource(text: frontMatter.body, file: file, firstLine: frontMatter.bodyLine), relative: file)
                _ = MemberLoader.load(&markdownFile)
                for diagnostic in markdownFile.reader.diagnostics.items {
                    #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= text.split(separator: "\n", omittingEmptySubsequences: false).count, "input \(iteration): \(diagnostic)")
                }
                if case .success(let rendered) = renderer.render(markdownFile.body) {
                    let html = rendered.html.lowercased()
                    #expect(!html.contains("<script") && !html.contains("onerror=") && !html.contains("href=\"javascript"), "input \(iteration): \(rendered.html)")
                }
            }
            let json = StrictJSON.parse(yaml, file: "data/fuzz.json")
            for diagnostic in json.diagnostics.items { #expect(diagnostic.location.line >= 1) }
        }
    }
}
