import Foundation

/// One value the public build must never publish, with the place it was written.
public struct PrivateValue: Sendable {
    public enum Kind: Sendable {
        /// phone, address, notes of a member (its line is looked up when reported).
        case memberField
        /// a record's front matter or a sentence of its body
        case record
        /// a value in data/assignments.json or data/events.json
        case data
    }

    public let text: String
    public let origin: SourceLocation
    public let kind: Kind
    /// `LeakText.letters(ofValue:)` of the text.
    let letters: [UInt32]
}

/// Everything internal the public build knows only in order to refuse it: members'
/// private fields, and every text value of the records, assignments and events (front
/// matter, JSON, and each sentence of a record's body). Values that are part of the
/// public vocabulary — site.json, organization.json, members' names and public fields,
/// the rules — are left out: a record's method or a member's name is no secret.
public struct PrivateValues: Sendable {
    public private(set) var values: [PrivateValue] = []
    let matcher: ValueMatcher

    /// Digits alone are private only from a phone number's length on: dates, times,
    /// record numbers and counts are everywhere on a public page.
    static let minimumDigits = 11
    /// A record's sentences must be this long to count: a few words in common with a
    /// public story ("听取意见建议") are no leak.
    static let minimumSentenceLetters = 10

    init(_ candidates: [PrivateValue], vocabulary: [String]) {
        let usable = candidates.filter(Self.isDistinctive)
        // Drop the record values the public vocabulary contains anyway.
        let vocabularyText = vocabulary.flatMap { LeakText.letters(ofValue: $0) + [LeakText.boundary] }
        let inVocabulary = Set(ValueMatcher(usable.map(\.letters)).matches(in: vocabularyText))
        values = usable.enumerated().filter { !inVocabulary.contains($0.offset) || $0.element.kind == .memberField }.map(\.element)
        matcher = ValueMatcher(values.map(\.letters))
    }

    public static let none = PrivateValues([], vocabulary: [])

    private static func isDistinctive(_ value: PrivateValue) -> Bool {
        let letters = value.letters
        guard letters.count >= ValueMatcher.keyLength else { return false }
        let digitsOnly = letters.allSatisfy { (48...57).contains($0) }
        return !digitsOnly || letters.count >= minimumDigits
    }

    /// A member's private field: kept even where the public vocabulary has the same
    /// text (a member's address may well be a public building's).
    static func memberField(_ text: String, member file: String) -> PrivateValue {
        PrivateValue(text: text, origin: SourceLocation(file: file), kind: .memberField, letters: LeakText.letters(ofValue: text))
    }

    /// Every string (and number) in a front matter or JSON node.
    static func strings(in node: DataNode, kind: PrivateValue.Kind) -> [PrivateValue] {
        switch node.value {
        case .string(let text), .number(let text): [PrivateValue(text: text, origin: node.location, kind: kind, letters: LeakText.letters(ofValue: text))]
        case .array(let items): items.flatMap { strings(in: $0, kind: kind) }
        case .object(let members): members.flatMap { strings(in: $0.value, kind: kind) }
        case .bool, .null: []
        }
    }

    /// Each sentence of a record's body, with its line.
    static func sentences(of body: MarkdownSource) -> [PrivateValue] {
        var found: [PrivateValue] = []
        for (offset, line) in body.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for piece in line.split(omittingEmptySubsequences: false, whereSeparator: { "。！？；!?;".contains($0) }) {
                // A list item's or quote's mark is not part of what was said.
                let sentence = piece.drop { " \t-*+>#".contains($0) }
                let letters = LeakText.letters(ofValue: String(sentence))
                if letters.count >= minimumSentenceLetters {
                    let start = column + piece.unicodeScalars.count - sentence.unicodeScalars.count
                    found.append(PrivateValue(text: String(sentence), origin: SourceLocation(file: body.file, line: body.firstLine + offset, column: start), kind: .record, letters: letters))
                }
                column += piece.unicodeScalars.count + 1
            }
        }
        return found
    }
}

