import Foundation

/// Cheap linear checks that reject the inputs known to make Debian's cmark-gfm
/// 0.29.0.gfm.6 take quadratic time or produce runaway output (fixed upstream in
/// gfm.7–gfm.12), before the parser ever sees them; and the inputs that parse fast but
/// make every later stage (the walk of the document, the page, the leak scan, the
/// search index) slow: hundreds of thousands of list items, table cells or links. No
/// story, rule or record of an office comes near these bounds.
enum InputScreen {
    static let maxBrackets = 10_000
    static let maxEmphasisDelimiters = 20_000
    static let maxTableColumns = 200
    static let maxNesting = 64
    static let maxListItems = 5_000
    static let maxTableCells = 20_000
    static let maxLinks = 2_000

    /// The bounds as one value: the office's are the ones above; tests pass small ones.
    struct Bounds {
        var brackets = maxBrackets, delimiters = maxEmphasisDelimiters, tableColumns = maxTableColumns
        var nesting = maxNesting, listItems = maxListItems, tableCells = maxTableCells, links = maxLinks
    }

    static func problem(in text: String, bounds: Bounds = Bounds()) -> String? {
        var text = text
        return text.withUTF8 { problem(in: $0, bounds: bounds) }
    }

    /// One pass over the bytes, a line at a time (three passes, one of them per line,
    /// were a fifth of the Markdown stage of a build). The first line that passes a
    /// bound is remembered; the whole text's brackets and emphasis delimiters, counted to
    /// its end, are reported before it.
    private static func problem(in bytes: UnsafeBufferPointer<UInt8>, bounds: Bounds) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        var totals = Totals()
        var counts = Counts()
        var first: String?
        var number = 1
        var lineStart = 0
        while true {
            // memchr: the line ends are found a machine word at a time.
            var lineEnd = bytes.count
            if lineStart < bytes.count, let newline = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
            }
            let line = Line(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
            totals.brackets += line.brackets
            totals.delimiters += line.delimiters
            if first == nil, let issue = line.problem(bounds) ?? counts.add(line, bounds) { first = L("markdown.atLine", number, issue) }
            guard lineEnd < bytes.count else { break }
            lineStart = lineEnd + 1
            number += 1
        }
        if totals.brackets > bounds.brackets {
            return L("markdown.brackets", totals.brackets, bounds.brackets)
        }
        if totals.delimiters > bounds.delimiters {
            return L("markdown.delimiters", totals.delimiters, bounds.delimiters)
        }
        return first
    }

    private struct Totals {
        var brackets = 0, delimiters = 0
    }

    /// What one line holds that the bounds count, from one pass over its bytes.
    private struct Line {
        var brackets = 0, delimiters = 0
        /// `>` before the text: block quotes nested this deep.
        var depth = 0
        var listItem = false
        var pipes = 0, dashes = 0
        /// Only `|`, `-`, `:`, spaces and tabs, and the first that is not a space is one
        /// of the first three: a table's delimiter row.
        var delimiterRow = false
        /// `](`, which ends a link's text, and each `://` that is not the address of
        /// such a link (an autolink).
        var links = 0

        init(_ line: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < line.count, line[index] == UInt8(ascii: ">") || line[index] == 0x20 || line[index] == 0x09 {
                if line[index] == UInt8(ascii: ">") { depth += 1 }
                index += 1
            }
            listItem = Self.startsListItem(line, at: index)
            let firstNonSpace = line.first { $0 != 0x20 }
            var onlyRowCharacters = true
            var previous: UInt8 = 0
            for position in 0..<line.count {
                let byte = line[position]
                defer { previous = byte }
                // Chinese text is all bytes of 0x80 and above: none of them counts.
                if byte >= 0x80 { onlyRowCharacters = false; continue }
                switch byte {
                case UInt8(ascii: "["), UInt8(ascii: "]"): brackets += 1; onlyRowCharacters = false
                case UInt8(ascii: "_"), UInt8(ascii: "*"): delimiters += 1; onlyRowCharacters = false
                case UInt8(ascii: "|"): pipes += 1
                case UInt8(ascii: "-"): dashes += 1
                case 0x20, 0x09: break
                case UInt8(ascii: "("):
                    if previous == UInt8(ascii: "]") { links += 1 }
                    onlyRowCharacters = false
                case UInt8(ascii: ":"):
                    if Self.isAutolink(line, colon: position) { links += 1 }
                default: onlyRowCharacters = false
                }
            }
            delimiterRow = onlyRowCharacters && (firstNonSpace == UInt8(ascii: "|") || firstNonSpace == UInt8(ascii: "-") || firstNonSpace == UInt8(ascii: ":"))
        }

        /// A bound this line passes on its own.
        func problem(_ bounds: Bounds) -> String? {
            if depth > bounds.nesting { return L("markdown.nesting", depth, bounds.nesting) }
            if delimiterRow && dashes > 0 && pipes > bounds.tableColumns {
                return L("markdown.tableColumns", pipes, bounds.tableColumns)
            }
            return nil
        }

        /// `-`, `*` or `+` and a space or tab (or the line's end), or digits and `.` or `)`.
        private static func startsListItem(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            guard index < line.count else { return false }
            let first = line[index]
            let next = index + 1 < line.count ? line[index + 1] : 0x20
            if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) && (next == 0x20 || next == 0x09) {
                return true
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
            var end = index
            while end < line.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[end]) { end += 1 }
            return end < line.count && (line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"))
        }

        /// "://" at `colon`, not right after the "](" of a link (with the scheme between).
        private static func isAutolink(_ line: UnsafeBufferPointer<UInt8>, colon: Int) -> Bool {
            guard colon + 2 < line.count, line[colon + 1] == UInt8(ascii: "/"), line[colon + 2] == UInt8(ascii: "/") else { return false }
            var scheme = colon
            while scheme > 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(line[scheme - 1] | 0x20) { scheme -= 1 }
            return !(scheme >= 2 && line[scheme - 1] == UInt8(ascii: "(") && line[scheme - 2] == UInt8(ascii: "]"))
        }
    }

    /// List items, table cells and links so far, and the first bound one of them passes.
    private struct Counts {
        var items = 0, cells = 0, links = 0

        mutating func add(_ line: Line, _ bounds: Bounds) -> String? {
            if line.listItem { items += 1 }
            cells += line.pipes
            links += line.links
            if items > bounds.listItems { return L("markdown.listItems", bounds.listItems) }
            if cells > bounds.tableCells { return L("markdown.tableCells", bounds.tableCells) }
            if links > bounds.links { return L("markdown.links", bounds.links) }
            return nil
        }
    }
}
