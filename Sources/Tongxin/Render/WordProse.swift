/// A rendered Markdown body (cmark-gfm's safe HTML) as Word blocks, for the 简报's .docx:
/// headings in 黑体, paragraphs in 仿宋 with the first line indented, list items as
/// paragraphs with their bullet or number, tables as tables, and each image as its
/// description in brackets (the .docx carries no pictures; the printed page from the
/// browser does). Inline markup is dropped, its text kept.
enum WordProse {
    static func blocks(_ html: String) -> [WordBlock] {
        var reader = Reader()
        // Found in the bytes: stepping through Characters (grapheme breaking over Chinese
        // text) was most of the time, and < and > are never inside a character.
        let bytes = html.utf8
        var start = bytes.startIndex
        while let open = bytes[start...].firstIndex(of: UInt8(ascii: "<")) {
            reader.text(html[start ..< open])
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { start = open; break }
            reader.tag(html[bytes.index(after: open) ..< close])
            start = bytes.index(after: close)
        }
        reader.text(html[start...])
        reader.flush()
        return reader.blocks
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

    /// The lower-case name of an HTML tag ("/P" → "p"), read from its bytes (a short name
    /// is a small string: no allocation).
    static func tagName(_ raw: Substring) -> String {
        let bytes = raw.utf8.drop(while: { $0 == UInt8(ascii: "/") })
        let isNamePart = { (byte: UInt8) in (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) }
        let name = bytes[..<(bytes.firstIndex { !isNamePart($0) } ?? bytes.endIndex)]
        let text = String(Substring(name))
        return name.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } ? text.lowercased() : text
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

    private struct Reader {
        var blocks: [WordBlock] = []
        /// The text of the paragraph being read, and its style; nil between blocks.
        var buffer: String?
        var style = WordParagraph.Style.body
        /// Open lists: nil for a bulleted one, else the next number.
        var lists: [Int?] = []
        var table: WordTable?
        var row: [WordTable.Cell] = []
        var isHeadRow = false

        mutating func text(_ raw: Substring) {
            guard buffer != nil, !raw.isEmpty else { return }
            // Most text has no reference and no line feed: appended as it is (a record's
            // 记录单 in Word reads every record's body, see RecordWordFile).
            if !raw.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\n") }) { return buffer!.append(contentsOf: raw) }
            // Line feeds between tags are layout, not text (a soft break is a space).
            let decoded = LeakText.decodeReferences(String(raw))
            buffer! += isPreformatted ? decoded : WordProse.joiningLines(decoded)
        }

        var isPreformatted = false

        mutating func start(_ newStyle: WordParagraph.Style) {
            flush()
            style = newStyle
            buffer = ""
        }

        mutating func flush() {
            guard let text = buffer else { return }
            buffer = nil
            let trimmed = isPreformatted ? text : WordProse.trimmed(text)
            guard !trimmed.isEmpty else { return }
            blocks.append(.paragraph(WordParagraph(style: style, text: trimmed)))
        }

        mutating func tag(_ raw: Substring) {
            let isClose = raw.hasPrefix("/")
            let name = WordProse.tagName(raw)
            if table != nil, handleTable(name, isClose: isClose, raw: raw) { return }
            switch (name, isClose) {
            case ("h1", false), ("h2", false), ("h3", false), ("h4", false), ("h5", false), ("h6", false): start(.heading)
            case ("p", false):
                // A loose list's item holds a paragraph: its first paragraph is the item's.
                if !(buffer.map(isOnlyMarker) ?? false) { start(.body) }
            case ("li", false):
                let marker: String
                if let number = lists.last ?? nil {
                    marker = "\(number). "
                    lists[lists.count - 1] = number + 1
                } else {
                    marker = "• "
                }
                start(.body)
                buffer = marker
            case ("ul", false): flush(); lists.append(nil)
            case ("ol", false):
                flush()
                let start = WordProse.attribute("start", in: raw).flatMap { Int($0) } ?? 1
                lists.append(start)
            case ("ul", true), ("ol", true): flush(); if !lists.isEmpty { lists.removeLast() }
            case ("pre", false): start(.body); isPreformatted = true
            case ("pre", true): flush(); isPreformatted = false
            case ("br", _): if buffer != nil { buffer! += "\n" }
            case ("img", _):
                let description = WordProse.attribute("alt", in: raw).map(LeakText.decodeReferences) ?? ""
                let text = "［图片" + (description.isEmpty ? "" : "：" + description) + "］"
                if buffer == nil { start(.body) }
                buffer! += text
            case ("table", false):
                flush()
                table = WordTable(widths: [])
            case ("h1", true), ("h2", true), ("h3", true), ("h4", true), ("h5", true), ("h6", true), ("p", true), ("li", true), ("blockquote", _):
                flush()
            default: break
            }
        }

        /// A list item's bullet or number with no text after it yet.
        func isOnlyMarker(_ text: String) -> Bool {
            guard !lists.isEmpty else { return false }
            let trimmed = WordProse.trimmed(text)
            return trimmed == "•" || (trimmed.hasSuffix(".") && Int(trimmed.dropLast()) != nil)
        }

        /// Inside a table: rows and cells; the head row becomes the table's head.
        mutating func handleTable(_ name: String, isClose: Bool, raw: Substring) -> Bool {
            switch (name, isClose) {
            case ("tr", false): row = []
            case ("th", false), ("td", false): isHeadRow = name == "th"; buffer = ""; style = .cell
            case ("th", true), ("td", true):
                row.append(WordTable.Cell(WordProse.trimmed(buffer ?? "")))
                buffer = nil
            case ("tr", true):
                if isHeadRow && table!.head.isEmpty && table!.rows.isEmpty {
                    table!.head = row.map { $0.lines.joined() }
                } else {
                    table!.rows.append(row)
                }
            case ("table", true):
                if var finished = table {
                    let columns = max(finished.head.count, finished.rows.map(\.count).max() ?? 0)
                    finished.widths = Array(repeating: 1, count: max(columns, 1))
                    blocks.append(.table(finished))
                }
                table = nil
            default: return name != "img" && name != "br"
            }
            return true
        }
    }
}
