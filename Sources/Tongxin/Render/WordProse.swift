/// A rendered Markdown body (cmark-gfm's safe HTML) as Word blocks, for the 简报's .docx:
/// headings in 黑体, paragraphs in 仿宋 with the first line indented, list items as
/// paragraphs with their bullet or number, tables as tables, and each image as its
/// description in brackets (the .docx carries no pictures; the printed page from the
/// browser does). Inline markup is dropped, its text kept.
enum WordProse {
    static func blocks(_ html: String) -> [WordBlock] {
        var reader = Reader()
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            reader.text(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { rest = rest[open...]; break }
            reader.tag(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
        }
        reader.text(rest)
        reader.flush()
        return reader.blocks
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
            // Line feeds between tags are layout, not text (a soft break is a space).
            let decoded = LeakText.decodeReferences(String(raw))
            buffer! += isPreformatted ? decoded : joiningLines(decoded)
        }

        /// A soft line break inside a paragraph: nothing between two Chinese characters
        /// (a space there would show), a space between anything else.
        func joiningLines(_ text: String) -> String {
            guard text.contains("\n") else { return text }
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

        var isPreformatted = false

        mutating func start(_ newStyle: WordParagraph.Style) {
            flush()
            style = newStyle
            buffer = ""
        }

        mutating func flush() {
            guard let text = buffer else { return }
            buffer = nil
            let trimmed = isPreformatted ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            blocks.append(.paragraph(WordParagraph(style: style, text: trimmed)))
        }

        mutating func tag(_ raw: Substring) {
            let isClose = raw.hasPrefix("/")
            let name = raw.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
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
                let start = attribute("start", in: raw).flatMap { Int($0) } ?? 1
                lists.append(start)
            case ("ul", true), ("ol", true): flush(); if !lists.isEmpty { lists.removeLast() }
            case ("pre", false): start(.body); isPreformatted = true
            case ("pre", true): flush(); isPreformatted = false
            case ("br", _): if buffer != nil { buffer! += "\n" }
            case ("img", _):
                let description = attribute("alt", in: raw).map(LeakText.decodeReferences) ?? ""
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
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed == "•" || (trimmed.hasSuffix(".") && Int(trimmed.dropLast()) != nil)
        }

        /// Inside a table: rows and cells; the head row becomes the table's head.
        mutating func handleTable(_ name: String, isClose: Bool, raw: Substring) -> Bool {
            switch (name, isClose) {
            case ("tr", false): row = []
            case ("th", false), ("td", false): isHeadRow = name == "th"; buffer = ""; style = .cell
            case ("th", true), ("td", true):
                row.append(WordTable.Cell((buffer ?? "").trimmingCharacters(in: .whitespacesAndNewlines)))
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

        /// The value of `name="…"` in a tag, as cmark-gfm writes attributes.
        func attribute(_ name: String, in tag: Substring) -> String? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let value = tag[start.upperBound...]
            return value.firstIndex(of: "\"").map { String(value[..<$0]) }
        }
    }
}
