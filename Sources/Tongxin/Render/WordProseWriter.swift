/// A body read (ProseReader) straight into the XML of a table cell, for a record's 记录单
/// in Word (RecordWordFile): the bytes `WordProse.blocks` then `WordBody.prose` give — the
/// tests hold them equal — without making a block, a string or an escaped copy per
/// paragraph (a build writes ten thousand of them). Every paragraph is in the cell's frame.
struct WordProseWriter {
    private let frame: WordBody.ParagraphFrame
    private let width: Int

    init(frame: WordBody.ParagraphFrame, width: Int) {
        self.frame = frame
        self.width = width
    }

    /// The blocks of `html` in `frame`, for a cell `width` wide; a table that comes last
    /// is followed by an empty paragraph (a cell ends with one).
    func write(_ html: String, into out: inout [UInt8]) {
        var sink = Sink(open: Array(frame.open.utf8), width: width, out: out)
        out = []
        ProseReader.read(html, into: &sink)
        if sink.lastIsTable { sink.out.append(contentsOf: "<w:p/>".utf8) }
        out = sink.out
    }

    private struct Sink: ProseSink {
        let open: [UInt8]
        let width: Int
        var out: [UInt8]
        var lastIsTable = false
        private static let close = Array(WordBody.ParagraphFrame.close.utf8)

        init(open: [UInt8], width: Int, out: [UInt8]) {
            self.open = open
            self.width = width
            self.out = out
        }

        mutating func paragraph(_ text: ArraySlice<UInt8>, style: WordParagraph.Style) {
            out.append(contentsOf: open)
            WordProseWriter.escape(text, into: &out)
            out.append(contentsOf: Self.close)
            lastIsTable = false
        }

        mutating func table(_ table: WordTable) {
            out.append(contentsOf: WordBody.table(table, width: width).utf8)
            lastIsTable = true
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
}
