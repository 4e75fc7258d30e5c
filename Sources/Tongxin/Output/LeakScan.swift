import Foundation

/// The last guard of the public build: every output file is searched for mobile
/// numbers, ID-card numbers and the value of any member's private field. One hit and
/// the build does not finish.
enum LeakScan {
    /// Private values shorter than this ("无", "—") would match everywhere.
    static let minimumValueLength = 4

    static func scan(_ files: [OutputFile], privateValues: [String], sources: [String: String], diagnostics: inout Diagnostics) {
        let values = Array(Set(privateValues.map { $0.trimmed }.filter { $0.count >= minimumValueLength })).sorted()
        let findings: [[Diagnostic]] = parallelMap(files) { file in
            guard let text = text(of: file) else { return [] }
            let location = SourceLocation(file: sources[file.path].map { "\($0) → \(file.path)" } ?? file.path)
            var found: [Diagnostic] = []
            for number in numberPatterns(in: text) {
                found.append(.error(location, "the public build contains what looks like \(number.kind) (\(mask(number.digits))); remove it from the content before publishing"))
            }
            for value in values where text.contains(value) {
                found.append(.error(location, "the public build contains the private value '\(mask(value))' of a member; private fields (phone, address, notes) must never be published"))
            }
            return found
        }
        for list in findings { diagnostics.append(contentsOf: list) }
    }

    struct Found: Error {
        let diagnostics: [Diagnostic]
    }

    /// The search index holds the text of the pages in its own form; scan that too.
    static func scanIndex(_ site: URL, privateValues: [String]) throws {
        let text = SearchIndexer.indexedText(site)
        var diagnostics = Diagnostics()
        scan([OutputFile(path: "pagefind/fragment", contents: .bytes(Array(text.utf8)))], privateValues: privateValues, sources: [:], diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw Found(diagnostics: diagnostics.items) }
    }

    private static let textExtensions: Set<String> = ["html", "htm", "xml", "json", "txt", "csv", "svg", "md", "css", "js"]

    private static func text(of file: OutputFile) -> String? {
        let ext = (file.path as NSString).pathExtension.lowercased()
        switch file.contents {
        case .bytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .copy(let source), .link(let source, _):
            guard textExtensions.contains(ext), let data = FileManager.default.contents(atPath: source) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
    }

    struct NumberHit: Equatable {
        let kind: String
        let digits: String
    }

    /// Runs of digits, allowing single '-' or ' ' between groups ("139-0000-1234"):
    /// 11 digits starting 13–19 is a mobile number, 17 digits and a check character an
    /// ID-card number.
    static func numberPatterns(in text: String) -> [NumberHit] {
        var hits: [NumberHit] = []
        var digits = ""
        var previousWasSeparator = false
        func flush() {
            if digits.count == 11, digits.hasPrefix("1"), let second = digits.dropFirst().first, ("3"..."9").contains(second) {
                hits.append(NumberHit(kind: "a mobile number", digits: digits))
            } else if digits.count == 18, digits.dropLast().allSatisfy(\.isASCII), digits.dropLast().allSatisfy({ $0.isNumber }) {
                hits.append(NumberHit(kind: "an ID-card number", digits: digits))
            }
            digits = ""
        }
        for ch in text {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
                previousWasSeparator = false
            } else if (ch == "X" || ch == "x") && digits.count == 17 {
                digits.append("X")
                flush()
            } else if (ch == "-" || ch == " ") && !digits.isEmpty && !previousWasSeparator {
                previousWasSeparator = true
            } else {
                flush()
                previousWasSeparator = false
            }
        }
        flush()
        return hits
    }

    /// Enough to find it, not enough to repeat it in a log.
    static func mask(_ value: String) -> String {
        let characters = Array(value)
        guard characters.count > 4 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 5) + String(characters.suffix(2))
    }
}
