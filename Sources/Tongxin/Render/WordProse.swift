/// A rendered Markdown body (cmark-gfm's safe HTML) as Word blocks, for the 简报's .docx:
/// headings in 黑体, paragraphs in 仿宋 with the first line indented, list items as
/// paragraphs with their bullet or number, tables as tables, and each image as its
/// description in brackets (the .docx carries no pictures; the printed page from the
/// browser does). Inline markup is dropped, its text kept.
enum WordProse {
    static func blocks(_ html: String) -> [WordBlock] {
        var sink = BlockSink()
        ProseReader.read(html, into: &sink)
        return sink.blocks
    }

    /// The reading as WordBlocks: each paragraph in its style, tables as tables.
    private struct BlockSink: ProseSink {
        var blocks: [WordBlock] = []

        mutating func paragraph(_ text: ArraySlice<UInt8>, style: WordParagraph.Style) {
            blocks.append(.paragraph(WordParagraph(style: style, text: String(decoding: text, as: UTF8.self))))
        }

        mutating func table(_ table: WordTable) { blocks.append(.table(table)) }
    }

    /// `text` without the white space (Unicode's, as Foundation's
    /// `whitespacesAndNewlines`: Zs, tab, line ends, U+0085, U+2028, U+2029) at its ends:
    /// Foundation's trimming bridges to NSString and was most of the time a 记录单 took.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first ... last])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9 ... 0xD, 0x85, 0x2028, 0x2029: return true
        case 0 ..< 0x80: return scalar == " "
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }

    /// A soft line break inside a paragraph: nothing between two Chinese characters
    /// (a space there would show), a space between anything else.
    static func joiningLines(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard scalar == "\n" else { out.append(scalar); continue }
            let before = out.last, after = index + 1 < scalars.count ? scalars[index + 1] : nil
            let wide = { (s: Unicode.Scalar?) in (s?.value ?? 0) >= 0x2E80 }
            if before == nil || after == nil || (wide(before) && wide(after)) { continue }
            out.append(" ")
        }
        return String(out)
    }

    /// The value of `name="…"` in a tag, as cmark-gfm writes attributes.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }
}
