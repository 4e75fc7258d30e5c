import Foundation

/// Cheap linear checks that reject the inputs known to make Debian's cmark-gfm
/// 0.29.0.gfm.6 take quadratic time or produce runaway output (fixed upstream in
/// gfm.7–gfm.12), before the parser ever sees them.
enum InputScreen {
    static let maxBrackets = 10_000
    static let maxEmphasisDelimiters = 20_000
    static let maxTableColumns = 200
    static let maxNesting = 64

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
            return "has \(brackets) square brackets (the limit is \(maxBrackets)); such input makes the Markdown parser very slow. Split the file or remove the brackets"
        }
        if delimiters > maxEmphasisDelimiters {
            return "has \(delimiters) '_' and '*' characters (the limit is \(maxEmphasisDelimiters)); such input makes the Markdown parser very slow"
        }
        var number = 1
        var lineStart = 0
        while lineStart <= bytes.count {
            // memchr: the line ends are found a machine word at a time.
            var lineEnd = bytes.count
            if lineStart < bytes.count, let base = bytes.baseAddress, let newline = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
            }
            if let issue = lineProblem(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])) { return "line \(number) \(issue)" }
            guard lineEnd < bytes.count else { break }
            lineStart = lineEnd + 1
            number += 1
        }
        return nil
    }

    private static func lineProblem(_ line: UnsafeBufferPointer<UInt8>) -> String? {
        var depth = 0
        var index = 0
        while index < line.count, line[index] == UInt8(ascii: ">") || line[index] == 0x20 || line[index] == 0x09 {
            if line[index] == UInt8(ascii: ">") { depth += 1 }
            index += 1
        }
        if depth > maxNesting { return "nests block quotes \(depth) deep (the limit is \(maxNesting))" }
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
            return "starts a table with \(pipes) columns (the limit is \(maxTableColumns))"
        }
        return nil
    }
}
