/// What a ProseReader reads out of a body: paragraphs and tables, in order.
protocol ProseSink {
    /// A paragraph's text (raw UTF-8: references decoded, a line break a line feed),
    /// trimmed unless preformatted, never empty, in its style.
    mutating func paragraph(_ text: ArraySlice<UInt8>, style: WordParagraph.Style)
    mutating func table(_ table: WordTable)
}

/// A rendered Markdown body (cmark-gfm's safe HTML) read as Word prose, once for every
/// use: as WordBlocks for a 简报 or report (WordProse.blocks) and straight into the XML of
/// a table cell for each record's 记录单 (WordProseWriter). Headings, paragraphs, list
/// items with their bullet or number, preformatted text, tables, and each image as its
/// description in brackets; inline markup is dropped, its text kept. A build reads ten
/// thousand bodies (one per record), so the reading is done on the bytes.
struct ProseReader<Sink: ProseSink> {
    private var sink: Sink
    /// The paragraph being read (its raw text) and its style; nil between paragraphs.
    private var text: [UInt8]? = nil
    private var style = WordParagraph.Style.body
    private var isPreformatted = false
    /// Open lists: nil for a bulleted one, else the next number.
    private var lists: [Int?] = []
    /// The table being read, its row, and whether the row is of head cells.
    private var table: WordTable?
    private var row: [WordTable.Cell] = []
    private var isHeadRow = false

    private init(_ sink: Sink) { self.sink = sink }

    /// Reads `html` into `sink`.
    static func read(_ html: String, into sink: inout Sink) {
        var reader = ProseReader(sink)
        var html = html
        html.withUTF8 { bytes in
            // Found in the bytes: < and > are never inside a character.
            var start = 0, index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                reader.text(bytes, start ..< index)
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { start = index; index = bytes.count; break }
                reader.tag(bytes, index + 1 ..< end)
                start = end + 1
                index = start
            }
            reader.text(bytes, start ..< bytes.count)
        }
        reader.flush()
        sink = reader.sink
    }

    private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard text != nil, !range.isEmpty else { return }
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        // Most text has no reference and no line feed: appended as it is.
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\n") }) else { return text!.append(contentsOf: raw) }
        // Line feeds between tags are layout, not text (a soft break is a space).
        let decoded = LeakText.decodeReferences(String(decoding: raw, as: UTF8.self))
        text!.append(contentsOf: (isPreformatted ? decoded : WordProse.joiningLines(decoded)).utf8)
    }

    private mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let isClose = bytes[range.lowerBound] == UInt8(ascii: "/")
        let raw = { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
        let tag = ProseTag(bytes, range)
        if table != nil, tableTag(tag, isClose: isClose) { return }
        switch (tag, isClose) {
        case (.heading, false): start(.heading)
        case (.paragraph, false):
            // A loose list's item holds a paragraph: its first paragraph is the item's.
            if !(text.map(isOnlyMarker) ?? false) { start(.body) }
        case (.item, false):
            let marker: String
            if let number = lists.last ?? nil {
                marker = "\(number). "
                lists[lists.count - 1] = number + 1
            } else {
                marker = "• "
            }
            start(.body)
            text!.append(contentsOf: marker.utf8)
        case (.bullets, false): flush(); lists.append(nil)
        case (.numbers, false):
            flush()
            lists.append(WordProse.attribute("start", in: raw()).flatMap { Int($0) } ?? 1)
        case (.bullets, true), (.numbers, true): flush(); if !lists.isEmpty { lists.removeLast() }
        case (.preformatted, false): start(.body); isPreformatted = true
        case (.preformatted, true): flush(); isPreformatted = false
        case (.lineBreak, _): text?.append(UInt8(ascii: "\n"))
        case (.image, _):
            let description = WordProse.attribute("alt", in: raw()).map(LeakText.decodeReferences) ?? ""
            if text == nil { start(.body) }
            text!.append(contentsOf: ("［图片" + (description.isEmpty ? "" : "：" + description) + "］").utf8)
        case (.table, false):
            flush()
            table = WordTable(widths: [])
        case (.heading, true), (.paragraph, true), (.item, true), (.quote, _): flush()
        default: break
        }
    }

    /// Inside a table: rows and cells; the head row becomes the table's head.
    private mutating func tableTag(_ tag: ProseTag, isClose: Bool) -> Bool {
        switch (tag, isClose) {
        case (.row, false): row = []
        case (.headCell, false), (.cell, false): isHeadRow = tag == .headCell; text = []; style = .cell
        case (.headCell, true), (.cell, true):
            row.append(WordTable.Cell(WordProse.trimmed(String(decoding: text ?? [], as: UTF8.self))))
            text = nil
        case (.row, true):
            if isHeadRow && table!.head.isEmpty && table!.rows.isEmpty {
                table!.head = row.map { $0.lines.joined() }
            } else {
                table!.rows.append(row)
            }
        case (.table, true):
            if var finished = table {
                let columns = max(finished.head.count, finished.rows.map(\.count).max() ?? 0)
                finished.widths = Array(repeating: 1, count: max(columns, 1))
                sink.table(finished)
            }
            table = nil
        default: return tag != .image && tag != .lineBreak
        }
        return true
    }

    private mutating func start(_ newStyle: WordParagraph.Style) {
        flush()
        style = newStyle
        text = []
        text!.reserveCapacity(512)
    }

    /// The paragraph, trimmed (but preformatted text); none when empty.
    private mutating func flush() {
        guard let raw = text else { return }
        text = nil
        let range = isPreformatted ? raw.indices : Self.trimmed(raw)
        guard !range.isEmpty else { return }
        sink.paragraph(raw[range], style: style)
    }

    /// `raw` without the white space at its ends, as `WordProse.trimmed` (Unicode's Zs,
    /// tab, line ends, U+0085, U+2028, U+2029), on the UTF-8 bytes.
    static func trimmed(_ raw: [UInt8]) -> Range<Int> {
        var start = 0, end = raw.count
        while start < end, let length = spaceLength(raw, at: start, before: end) { start += length }
        while end > start, let length = spaceLength(raw, endingAt: end, after: start) { end -= length }
        return start ..< end
    }

    /// The length of the white space that starts at `index`, if one does.
    private static func spaceLength(_ raw: [UInt8], at index: Int, before end: Int) -> Int? {
        let byte = raw[index]
        if byte < 0x80 { return byte == 0x20 || (0x9 ... 0xD).contains(byte) ? 1 : nil }
        if byte == 0xC2, index + 1 < end { return isSpace(raw[index], raw[index + 1]) ? 2 : nil }
        guard index + 2 < end else { return nil }
        return isSpace(raw[index], raw[index + 1], raw[index + 2]) ? 3 : nil
    }

    /// The length of the white space that ends at `end`, if one does.
    private static func spaceLength(_ raw: [UInt8], endingAt end: Int, after start: Int) -> Int? {
        let byte = raw[end - 1]
        if byte < 0x80 { return byte == 0x20 || (0x9 ... 0xD).contains(byte) ? 1 : nil }
        if end - 2 >= start, isSpace(raw[end - 2], byte) { return 2 }
        if end - 3 >= start, isSpace(raw[end - 3], raw[end - 2], byte) { return 3 }
        return nil
    }

    /// U+0085 and U+00A0.
    private static func isSpace(_ first: UInt8, _ second: UInt8) -> Bool {
        first == 0xC2 && (second == 0x85 || second == 0xA0)
    }

    /// U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    private static func isSpace(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE1, 0x9A): return third == 0x80
        case (0xE2, 0x80): return (0x80 ... 0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
        case (0xE2, 0x81): return third == 0x9F
        case (0xE3, 0x80): return third == 0x80
        default: return false
        }
    }

    /// A list item's bullet or number with no text after it yet.
    private func isOnlyMarker(_ raw: [UInt8]) -> Bool {
        guard !lists.isEmpty else { return false }
        let trimmed = WordProse.trimmed(String(decoding: raw, as: UTF8.self))
        return trimmed == "•" || (trimmed.hasSuffix(".") && Int(trimmed.dropLast()) != nil)
    }
}

/// The tags the reading acts on; every other tag (inline markup) is left out, its text kept.
private enum ProseTag {
    case heading, paragraph, item, bullets, numbers, preformatted, lineBreak, image, table, row, headCell, cell, quote, other

    /// From the bytes of the tag's name (letters and digits, any case after a "/"),
    /// without making a string: up to eight bytes packed in an integer.
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var start = range.lowerBound
        while start < range.upperBound && bytes[start] == UInt8(ascii: "/") { start += 1 }
        var end = start, key: UInt64 = 0
        while end < range.upperBound {
            let byte = bytes[end] >= UInt8(ascii: "A") && bytes[end] <= UInt8(ascii: "Z") ? bytes[end] | 0x20 : bytes[end]
            guard (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else { break }
            if end - start < 8 { key = key << 8 | UInt64(byte) }
            end += 1
        }
        if end - start > 8 {
            let quote = "blockquote".utf8
            self = end - start == quote.count && zip(bytes[start ..< end], quote).allSatisfy { $0 | 0x20 == $1 } ? .quote : .other
            return
        }
        switch key {
        case Self.h1, Self.h2, Self.h3, Self.h4, Self.h5, Self.h6: self = .heading
        case Self.p: self = .paragraph
        case Self.li: self = .item
        case Self.ul: self = .bullets
        case Self.ol: self = .numbers
        case Self.pre: self = .preformatted
        case Self.br: self = .lineBreak
        case Self.img: self = .image
        case Self.tableKey: self = .table
        case Self.tr: self = .row
        case Self.th: self = .headCell
        case Self.td: self = .cell
        default: self = .other
        }
    }

    private static let h1 = key("h1"), h2 = key("h2"), h3 = key("h3"), h4 = key("h4"), h5 = key("h5"), h6 = key("h6")
    private static let p = key("p"), li = key("li"), ul = key("ul"), ol = key("ol"), pre = key("pre"), br = key("br"), img = key("img"), tableKey = key("table")
    private static let tr = key("tr"), th = key("th"), td = key("td")

    static func key(_ name: StaticString) -> UInt64 {
        var key: UInt64 = 0
        for index in 0 ..< name.utf8CodeUnitCount { key = key << 8 | UInt64(name.utf8Start[index]) }
        return key
    }
}
