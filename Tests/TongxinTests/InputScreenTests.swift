import Foundation
import Testing
@testable import Tongxin

/// The one-pass screen against the three-pass one it replaced (kept here as the
/// reference), on random texts made of the characters the bounds count, with bounds
/// small enough that most texts pass one of them.
@Suite(.language(.en)) struct InputScreenTests {
    @Test func theOnePassScreenFindsWhatTheThreePassOneFound() {
        var random = FuzzTests.Generator(seed: 19)
        let pieces = ["[", "]", "](", "_", "*", "|", "-", ":", "://", "(", ")", "http", "Ab", ">", " ", "\t", "\n", "\n", "\n",
                      "1.", "12)", "- ", "* ", "+ ", "+", "3", "联系", "\r", "|---|", ":--", "](https://", "x://", "|", "-|", "|汉|"]
        let bounds = InputScreen.Bounds(brackets: 12, delimiters: 10, tableColumns: 3, nesting: 2, listItems: 3, tableCells: 8, links: 3)
        var found = 0
        for _ in 0..<4_000 {
            let count = Int.random(in: 0...60, using: &random)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            let expected = ThreePassScreen.problem(in: text, bounds)
            #expect(InputScreen.problem(in: text, bounds: bounds) == expected, "\(text.debugDescription)")
            if expected != nil { found += 1 }
        }
        // Most texts pass a bound, and some do not: both paths are compared.
        #expect(found > 1_000 && found < 3_900)
    }

    @Test func theOfficesBoundsStillHold() {
        #expect(InputScreen.problem(in: String(repeating: "- 第一项\n", count: InputScreen.maxListItems)) == nil)
        #expect(InputScreen.problem(in: String(repeating: "- 第一项\n", count: InputScreen.maxListItems + 1))
                == L("markdown.atLine", InputScreen.maxListItems + 1, L("markdown.listItems", InputScreen.maxListItems)))
        #expect(InputScreen.problem(in: "正文\n" + String(repeating: "[", count: InputScreen.maxBrackets + 1))
                == L("markdown.brackets", InputScreen.maxBrackets + 1, InputScreen.maxBrackets))
    }
}

/// InputScreen before stop 19: the whole text's brackets and delimiters, then each line's
/// nesting and delimiter row, then the running counts of list items, cells and links.
private enum ThreePassScreen {
    static func problem(in text: String, _ bounds: InputScreen.Bounds) -> String? {
        let bytes = Array(text.utf8)
        var brackets = 0, delimiters = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"): brackets += 1
            case UInt8(ascii: "_"), UInt8(ascii: "*"): delimiters += 1
            default: break
            }
        }
        if brackets > bounds.brackets { return L("markdown.brackets", brackets, bounds.brackets) }
        if delimiters > bounds.delimiters { return L("markdown.delimiters", delimiters, bounds.delimiters) }
        var items = 0, cells = 0, links = 0
        for (offset, slice) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = Array(slice), number = offset + 1
            if let issue = lineProblem(line, bounds) { return L("markdown.atLine", number, issue) }
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
            var previous: UInt8 = 0
            for byte in line {
                if byte == UInt8(ascii: "|") { cells += 1 }
                if byte == UInt8(ascii: "(") && previous == UInt8(ascii: "]") { links += 1 }
                previous = byte
            }
            if line.count >= 3 {
                for start in 0...(line.count - 3) where line[start] == UInt8(ascii: ":") && line[start + 1] == UInt8(ascii: "/") && line[start + 2] == UInt8(ascii: "/") {
                    var scheme = start
                    while scheme > 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(line[scheme - 1] | 0x20) { scheme -= 1 }
                    if !(scheme >= 2 && line[scheme - 1] == UInt8(ascii: "(") && line[scheme - 2] == UInt8(ascii: "]")) { links += 1 }
                }
            }
            if items > bounds.listItems { return L("markdown.atLine", number, L("markdown.listItems", bounds.listItems)) }
            if cells > bounds.tableCells { return L("markdown.atLine", number, L("markdown.tableCells", bounds.tableCells)) }
            if links > bounds.links { return L("markdown.atLine", number, L("markdown.links", bounds.links)) }
        }
        return nil
    }

    private static func lineProblem(_ line: [UInt8], _ bounds: InputScreen.Bounds) -> String? {
        var depth = 0, index = 0
        while index < line.count, line[index] == UInt8(ascii: ">") || line[index] == 0x20 || line[index] == 0x09 {
            if line[index] == UInt8(ascii: ">") { depth += 1 }
            index += 1
        }
        if depth > bounds.nesting { return L("markdown.nesting", depth, bounds.nesting) }
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
        if dashes > 0 && pipes > bounds.tableColumns { return L("markdown.tableColumns", pipes, bounds.tableColumns) }
        return nil
    }
}
