/// Cheap linear checks that reject the inputs known to make Debian's cmark-gfm
/// 0.29.0.gfm.6 take quadratic time or produce runaway output (fixed upstream in
/// gfm.7–gfm.12), before the parser ever sees them.
enum InputScreen {
    static let maxBrackets = 10_000
    static let maxEmphasisDelimiters = 20_000
    static let maxTableColumns = 200
    static let maxNesting = 64

    static func problem(in text: String) -> String? {
        var brackets = 0, delimiters = 0
        for byte in text.utf8 {
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
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let issue = lineProblem(line) { return "line \(number + 1) \(issue)" }
        }
        return nil
    }

    private static func lineProblem(_ line: Substring) -> String? {
        var depth = 0
        for ch in line.utf8 {
            if ch == UInt8(ascii: ">") { depth += 1 } else if ch != UInt8(ascii: " ") && ch != UInt8(ascii: "\t") { break }
        }
        if depth > maxNesting { return "nests block quotes \(depth) deep (the limit is \(maxNesting))" }
        let trimmed = line.trimmingPrefix(while: { $0 == " " })
        if trimmed.first == "|" || trimmed.first == "-" || trimmed.first == ":" {
            let isDelimiterRow = trimmed.allSatisfy { "|-: \t".contains($0) } && trimmed.contains("-")
            let columns = trimmed.filter { $0 == "|" }.count
            if isDelimiterRow && columns > maxTableColumns {
                return "starts a table with \(columns) columns (the limit is \(maxTableColumns))"
            }
        }
        return nil
    }
}
