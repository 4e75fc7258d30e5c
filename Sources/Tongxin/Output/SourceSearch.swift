import Foundation

/// Finds the line of a content file that put a leaked text into a public page, so the
/// error points where the office can fix it (not at `index.html:1:1`).
enum SourceSearch {
    /// The first line, in the page's own source and then in every public content
    /// file, where `column` finds the text; the output file when none holds it (a
    /// template or settings value).
    static func locate(_ sources: LeakScan.Sources, for outputPath: String, column: (SourceLetters.Line) -> Int?) -> SourceLocation {
        let candidates = [sources.byOutput[outputPath]].compactMap { $0 } + sources.all
        for file in candidates {
            if let found = sources.lines.find(in: file, column: column) { return found }
        }
        return SourceLocation(file: "(output) " + outputPath)
    }

    static func locate(_ letters: [UInt32], inFile file: String, lines: SourceLetters) -> SourceLocation {
        lines.find(in: file) { column(ofLetters: letters, in: $0) } ?? SourceLocation(file: file)
    }

    /// The column (in scalars, from 1) where `letters` start in a line whose letters
    /// were worked out once (SourceLetters).
    static func column(ofLetters letters: [UInt32], in line: SourceLetters.Line) -> Int? {
        guard !letters.isEmpty, line.letters.count >= letters.count, let first = letters.first else { return nil }
        for start in 0...(line.letters.count - letters.count) where line.letters[start] == first && line.letters[start..<(start + letters.count)].elementsEqual(letters) {
            return line.columns[start]
        }
        return nil
    }

    /// The column (in scalars, from 1) where `letters` start in `line`, compared the way
    /// LeakText compares them.
    static func column(ofLetters letters: [UInt32], in line: Substring) -> Int? {
        column(ofLetters: letters, in: SourceLetters.Line(line))
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

/// The public content files' lines with their letters (LeakText), for the findings of one
/// scan: each file read and each line reduced once, however many findings point into it
/// (a value copied into a story shows on its page, the list, the tags and the feed; worked
/// out per finding, a large site's scan took minutes).
final class SourceLetters: @unchecked Sendable {
    struct Line {
        let text: Substring
        /// The line's letters as LeakText compares them, and the column of each.
        let letters: [UInt32]
        let columns: [Int]

        init(_ text: Substring) {
            self.text = text
            var letters: [UInt32] = [], columns: [Int] = []
            for (index, scalar) in text.unicodeScalars.enumerated() {
                for letter in LeakText.letters(ofValue: String(scalar)) {
                    letters.append(letter)
                    columns.append(index + 1)
                }
            }
            self.letters = letters
            self.columns = columns
        }
    }

    let root: URL
    private let lock = NSLock()
    private var files: [String: [Line]] = [:]

    init(root: URL) { self.root = root }

    /// The first line of `file` where `column` finds something.
    func find(in file: String, column: (Line) -> Int?) -> SourceLocation? {
        for (index, line) in lines(of: file).enumerated() {
            if let found = column(line) { return SourceLocation(file: file, line: index + 1, column: found) }
        }
        return nil
    }

    private func lines(of file: String) -> [Line] {
        if let known = lock.withLock({ files[file] }) { return known }
        let content = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map(Line.init)
        lock.withLock { files[file] = lines }
        return lines
    }
}
