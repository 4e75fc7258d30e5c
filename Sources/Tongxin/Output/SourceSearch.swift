import Foundation

/// Finds the line of a content file that put a leaked text into a public page, so the
/// error points where the office can fix it (not at `index.html:1:1`).
enum SourceSearch {
    /// The first line, in the page's own source and then in every public content
    /// file, where `column` finds the text; the output file when none holds it (a
    /// template or settings value).
    static func locate(_ sources: LeakScan.Sources, for outputPath: String, column: (Substring) -> Int?) -> SourceLocation {
        let candidates = [sources.byOutput[outputPath]].compactMap { $0 } + sources.all
        var lines = SourceLines(root: sources.root)
        for file in candidates {
            if let found = lines.find(in: file, column: column) { return found }
        }
        return SourceLocation(file: "(output) " + outputPath)
    }

    static func locate(_ letters: [UInt32], inFile file: String, root: URL) -> SourceLocation {
        var lines = SourceLines(root: root)
        return lines.find(in: file) { column(ofLetters: letters, in: $0) } ?? SourceLocation(file: file)
    }

    /// The column (in scalars, from 1) where `letters` start in `line`, compared the way
    /// LeakText compares them.
    static func column(ofLetters letters: [UInt32], in line: Substring) -> Int? {
        guard !letters.isEmpty else { return nil }
        var lineLetters: [UInt32] = [], columns: [Int] = []
        for (index, scalar) in line.unicodeScalars.enumerated() {
            for letter in LeakText.letters(ofValue: String(scalar)) {
                lineLetters.append(letter)
                columns.append(index + 1)
            }
        }
        guard lineLetters.count >= letters.count else { return nil }
        for start in 0...(lineLetters.count - letters.count) where lineLetters[start..<(start + letters.count)].elementsEqual(letters) {
            return columns[start]
        }
        return nil
    }

    /// The column where the number with these digits starts in `line`: where a run of
    /// digits starts that holds it.
    static func column(ofNumber digits: String, in line: Substring) -> Int? {
        let scalars = Array(line.unicodeScalars)
        for index in scalars.indices {
            let isDigit = LeakText.letters(ofValue: String(scalars[index])).first.map { (48...57).contains($0) } ?? false
            let previousIsDigit = index > 0 && (LeakText.letters(ofValue: String(scalars[index - 1])).first.map { (48...57).contains($0) } ?? false)
            guard isDigit, !previousIsDigit else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[index..<min(scalars.count, index + 48)])
            let text = LeakText.plain(String(rest), markup: false)
            if NumberPatterns.find(in: text, firstRunOnly: true).contains(where: { $0.digits == digits }) { return index + 1 }
        }
        return nil
    }
}

/// Content files' lines, each file read once however many findings it holds.
struct SourceLines {
    let root: URL
    private var read: [String: [Substring]] = [:]

    init(root: URL) { self.root = root }

    /// The first line of `file` that holds `text`, at its column.
    mutating func find(_ text: String, in file: String) -> SourceLocation? {
        find(in: file) { line in line.range(of: text).map { line[..<$0.lowerBound].unicodeScalars.count + 1 } }
    }

    /// The first line of `file` where `column` finds something.
    mutating func find(in file: String, column: (Substring) -> Int?) -> SourceLocation? {
        if read[file] == nil {
            let content = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            read[file] = content.split(separator: "\n", omittingEmptySubsequences: false)
        }
        for (index, line) in read[file]!.enumerated() {
            if let found = column(line) { return SourceLocation(file: file, line: index + 1, column: found) }
        }
        return nil
    }
}
