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

    static func problem(in text: String) -> String? {
        var text = text
        return text.withUTF8(problem(in:))
    }

    /// On the bytes through a buffer pointer: String.UTF8View iteration made this screen
    /// cost as much as a third of cmark's own parse.
    private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var brackets = 0, delimiters = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"): brackets += 1
            case UInt8(ascii: "_"), UInt8(ascii: "*"): delimiters += 1
            default: break
            }
        }
        if brackets > maxBrackets {
            return L("markdown.brackets", brackets, maxBrackets)
        }
        if delimiters > maxEmphasisDelimiters {
            return L("markdown.delimiters", delimiters, maxEmphasisDelimiters)
        }
        var counts = Counts()
        var number = 1
        var lineStart = 0
        while lineStart <= bytes.count {
            // memchr: the line ends are found a machine word at a time.
            var lineEnd = bytes.count
            if lineStart < bytes.count, let base = bytes.baseAddress, let newline = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if let issue = lineProblem(line) { return L("markdown.atLine", number, issue) }
            if let issue = counts.add(line) { return L("markdown.atLine", number, issue) }
            guard lineEnd < bytes.count else { break }
            lineStart = lineEnd + 1
            number += 1
        }
        return nil
    }

    /// List items, table cells and links so far, and the first bound one of them passes.
    private struct Counts {
        var items = 0, cells = 0, links = 0

        mutating func add(_ line: UnsafeBufferPointer<UInt8>) -> String? {
            var index = 0
            while index < line.count, line[index] == 0x20 || line[index] == 0x09 || line[index] == UInt8(ascii: ">") { index += 1 }
            if index < line.count {
                let first = line[index]
                let next = index + 1 < line.count ? line[index + 1] : 0x20
                if (first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+")) && (next == 0x20 || next == 0x09) {
                    items += 1
                } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
                    var end = index
                    while end < line.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[end]) { end += 1 }
                    if end < line.count, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")") { items += 1 }
                }
            }
            var pipes = 0
            var previous: UInt8 = 0
            for byte in line {
                if byte == UInt8(ascii: "|") { pipes += 1 }
                // "](" ends a link's text; "://" is in every autolink.
                if byte == UInt8(ascii: "(") && previous == UInt8(ascii: "]") { links += 1 }
                previous = byte
            }
            links += autolinks(in: line)
            cells += pipes
            if items > maxListItems { return L("markdown.listItems", maxListItems) }
            if cells > maxTableCells { return L("markdown.tableCells", maxTableCells) }
            if links > maxLinks { return L("markdown.links", maxLinks) }
            return nil
        }

        /// Each "://" that is not the address of a `[text](address)` link, counted there.
        private func autolinks(in line: UnsafeBufferPointer<UInt8>) -> Int {
            guard line.count >= 3 else { return 0 }
            var found = 0
            for start in 0...(line.count - 3) where line[start] == UInt8(ascii: ":") && line[start + 1] == UInt8(ascii: "/") && line[start + 2] == UInt8(ascii: "/") {
                var scheme = start
                while scheme > 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(line[scheme - 1] | 0x20) { scheme -= 1 }
                let inLink = scheme >= 2 && line[scheme - 1] == UInt8(ascii: "(") && line[scheme - 2] == UInt8(ascii: "]")
                if !inLink { found += 1 }
            }
            return found
        }
    }

    private static func lineProblem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        var depth = 0
        var index = 0
        while index < line.count, line[index] == UInt8(ascii: ">") || line[index] == 0x20 || line[index] == 0x09 {
            if line[index] == UInt8(ascii: ">") { depth += 1 }
            index += 1
        }
        if depth > maxNesting { return L("markdown.nesting", depth, maxNesting) }
        guard let first = line.first(where: { $0 != 0x20 }), first == UInt8(ascii: "|") || first == UInt8(ascii: "-") || first == UInt8(ascii: ":") else { return nil }
        var pipes = 0, dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), 0x20, 0x09: break
            default: return nil
            }
        }
        if dashes > 0 && pipes > maxTableColumns {
            return L("markdown.tableColumns", pipes, maxTableColumns)
        }
        return nil
    }
}
