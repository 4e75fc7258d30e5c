import Foundation

/// The leak scan of the public build, run on the content files the public build reads
/// (public cases, rules, public pages), so that a phone number or a member's private
/// value is reported at its own line and column before it is committed, rather than
/// against a generated page.
public enum PublicContentScan {
    public static func scan(contentFolder: URL) -> Diagnostics {
        let (site, _, privateValues) = ContentLoader.loadForAudience(contentFolder: contentFolder, audience: .public, cache: nil, changed: nil)
        let values = Array(Set(privateValues.map(\.trimmed).filter { $0.count >= LeakScan.minimumValueLength })).sorted()
        let files = Set(site.cases.filter { $0.audience == .public }.map(\.file) + site.rules.filter { $0.audience == .public }.map(\.file)
            + site.pages.filter { $0.audience == .public }.map(\.file)).sorted()
        var diagnostics = Diagnostics()
        for file in files {
            guard let text = try? String(contentsOf: contentFolder.appendingPathComponent(file), encoding: .utf8) else { continue }
            scan(text, file: file, values: values, diagnostics: &diagnostics)
        }
        return diagnostics
    }

    static func scan(_ text: String, file: String, values: [String], diagnostics: inout Diagnostics) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(line)
            for hit in LeakScan.numberPatterns(in: line) {
                let kind = hit.digits.count == 11 ? L("leak.mobile") : L("leak.idCard")
                let location = SourceLocation(file: file, line: index + 1, column: column(of: hit.digits, in: line))
                diagnostics.error(location, L("leak.publicNumber", kind, LeakScan.mask(hit.digits)))
            }
            for value in values {
                guard let range = line.range(of: value) else { continue }
                let location = SourceLocation(file: file, line: index + 1, column: line.unicodeScalars.distance(from: line.startIndex, to: range.lowerBound) + 1)
                diagnostics.error(location, L("leak.privateValue", LeakScan.mask(value)))
            }
        }
    }

    /// Where the digits start in the line, separators (`-`, space) between them allowed.
    static func column(of digits: String, in line: String) -> Int {
        let characters = Array(line)
        for start in characters.indices where characters[start] == digits.first {
            var matched = "", i = start
            while i < characters.count, matched.count < digits.count {
                let c = characters[i]
                if c.isASCII && (c.isNumber || c == "X" || c == "x") { matched.append(c == "x" ? "X" : c) } else if c != "-" && c != " " { break }
                i += 1
            }
            if matched == digits { return String(characters[..<start]).unicodeScalars.count + 1 }
        }
        return 1
    }
}
