/// WordProse read straight into the XML of a table cell, for a record's 记录单 in Word
/// (RecordWordFile): the same reading as `WordProse.blocks` then `WordBody.prose` — the
/// tests hold the bytes equal — without making a block, a string or an escaped copy per
/// paragraph. A build reads ten thousand bodies this way, so the common case (paragraphs,
/// headings, lists, inline markup) is done on the bytes; a table is written by WordBody,
/// and text with a character reference or a line feed goes the way WordProse takes it.
struct WordProseWriter {
    private let frame: WordBody.ParagraphFrame
    private let width: Int
    private let open: [UInt8], close: [UInt8]
    /// The paragraph being read (its raw text); nil between paragraphs.
    private var text: [UInt8]? = nil
    private var isPreformatted = false
    /// Open lists: nil for a bulleted one, else the next number.
    private var lists: [Int?] = []
    private var lastIsTable = false
    /// The table being read, its row, and whether the row is of head cells.
    private var table: WordTable?
    private var row: [WordTable.Cell] = []
    private var isHeadRow = false

    init(frame: WordBody.ParagraphFrame, width: Int) {
        self.frame = frame
        self.width = width
        open = Array(frame.open.utf8)
        close = Array(WordBody.ParagraphFrame.close.utf8)
    }

    /// The blocks of `html` in `frame`, for a cell `width` wide; a table that comes last
    /// is followed by an empty paragraph (a cell ends with one).
    func write(_ html: String, into out: inout [UInt8]) {
        var reader = self
        var html = html
        html.withUTF8 { bytes in
            var start = 0, index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
                reader.text(bytes, start ..< index)
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { start = index; index = bytes.count; break }
                reader.tag(bytes, index + 1 ..< end, into: &out)
                start = end + 1
                index = start
            }
            reader.text(bytes, start ..< bytes.count)
        }
        reader.flush(into: &out)
        if reader.lastIsTable { out.append(contentsOf: "<w:p/>".utf8) }
    }

    private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard text != nil, !range.isEmpty else { return }
        let raw = UnsafeBufferPointer(rebasing: bytes[range])
        guard raw.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\n") }) else { return text!.append(contentsOf: raw) }
        // Line feeds between tags are layout, not text (a soft break is a space).
        let decoded = LeakText.decodeReferences(String(decoding: raw, as: UTF8.self))
        text!.append(contentsOf: (isPreformatted ? decoded : WordProse.joiningLines(decoded)).utf8)
    }

    /// The tags the reading acts on; every other tag (inline markup) is left out, its text kept.
    private enum Tag {
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

    private mutating func tag(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        let isClose = bytes[range.lowerBound] == UInt8(ascii: "/")
        let raw = { Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
        let tag = Tag(bytes, range)
        if table != nil, tableTag(tag, isClose: isClose, into: &out) { return }
        switch (tag, isClose) {
        case (.heading, false): start(into: &out)
        case (.paragraph, false):
            // A loose list's item holds a paragraph: its first paragraph is the item's.
            if !(text.map(isOnlyMarker) ?? false) { start(into: &out) }
        case (.item, false):
            let marker: String
            if let number = lists.last ?? nil {
                marker = "\(number). "
                lists[lists.count - 1] = number + 1
            } else {
                marker = "• "
            }
            start(into: &out)
            text!.append(contentsOf: marker.utf8)
        case (.bullets, false): flush(into: &out); lists.append(nil)
        case (.numbers, false):
            flush(into: &out)
            lists.append(WordProse.attribute("start", in: raw()).flatMap { Int($0) } ?? 1)
        case (.bullets, true), (.numbers, true): flush(into: &out); if !lists.isEmpty { lists.removeLast() }
        case (.preformatted, false): start(into: &out); isPreformatted = true
        case (.preformatted, true): flush(into: &out); isPreformatted = false
        case (.lineBreak, _): text?.append(UInt8(ascii: "\n"))
        case (.image, _):
            let description = WordProse.attribute("alt", in: raw()).map(LeakText.decodeReferences) ?? ""
            if text == nil { start(into: &out) }
            text!.append(contentsOf: ("［图片" + (description.isEmpty ? "" : "：" + description) + "］").utf8)
        case (.table, false):
            flush(into: &out)
            table = WordTable(widths: [])
        case (.heading, true), (.paragraph, true), (.item, true), (.quote, _): flush(into: &out)
        default: break
        }
    }

    /// Inside a table: rows and cells; the head row becomes the table's head (as WordProse).
    private mutating func tableTag(_ tag: Tag, isClose: Bool, into out: inout [UInt8]) -> Bool {
        switch (tag, isClose) {
        case (.row, false): row = []
        case (.headCell, false), (.cell, false): isHeadRow = tag == .headCell; text = []
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
                out.append(contentsOf: WordBody.table(finished, width: width).utf8)
                lastIsTable = true
            }
            table = nil
        default: return tag != .image && tag != .lineBreak
        }
        return true
    }

    private mutating func start(into out: inout [UInt8]) {
        flush(into: &out)
        text = []
        text!.reserveCapacity(512)
    }

    /// The paragraph, trimmed (but preformatted text), in the frame; none when empty.
    private mutating func flush(into out: inout [UInt8]) {
        guard let raw = text else { return }
        text = nil
        let range = isPreformatted ? raw.indices : Self.trimmed(raw)
        guard !range.isEmpty else { return }
        out.append(contentsOf: open)
        Self.escape(raw[range], into: &out)
        out.append(contentsOf: close)
        lastIsTable = false
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

    /// The text as `WordBody.ParagraphFrame` writes it: XMLText's escapes (a character
    /// XML forbids becomes U+FFFD), a line feed a line break, a tab a tab.
    static func escape(_ text: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var run = text.startIndex
        func replace(_ index: Int, _ with: String) {
            out.append(contentsOf: text[run ..< index])
            out.append(contentsOf: with.utf8)
        }
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            // Chinese text, letters and digits: none is escaped (& < > " ' and the control
            // characters are below ">", U+FFFE and U+FFFF begin with EF).
            if byte > UInt8(ascii: ">") && byte != 0xEF { index += 1; continue }
            var length = 1
            switch byte {
            case UInt8(ascii: "&"): replace(index, "&amp;")
            case UInt8(ascii: "<"): replace(index, "&lt;")
            case UInt8(ascii: ">"): replace(index, "&gt;")
            case UInt8(ascii: "\""): replace(index, "&quot;")
            case UInt8(ascii: "'"): replace(index, "&apos;")
            case 0xA: replace(index, WordBody.ParagraphFrame.lineBreak)
            case 0x9: replace(index, WordBody.ParagraphFrame.tab)
            case 0xD: index += 1; continue
            case 0 ..< 0x20: replace(index, "\u{FFFD}")
            case 0xEF where index + 2 < text.endIndex && text[index + 1] == 0xBF && (text[index + 2] == 0xBE || text[index + 2] == 0xBF):
                replace(index, "\u{FFFD}")
                length = 3
            default: index += 1; continue
            }
            index += length
            run = index
        }
        out.append(contentsOf: text[run...])
    }

    /// A list item's bullet or number with no text after it yet.
    private func isOnlyMarker(_ raw: [UInt8]) -> Bool {
        guard !lists.isEmpty else { return false }
        let trimmed = WordProse.trimmed(String(decoding: raw, as: UTF8.self))
        return trimmed == "•" || (trimmed.hasSuffix(".") && Int(trimmed.dropLast()) != nil)
    }

}
