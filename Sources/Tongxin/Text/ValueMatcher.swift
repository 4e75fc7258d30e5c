/// Finds which of many values occur in a text, in time linear in the text (for values
/// that do not share long prefixes): every value is filed under its first four
/// characters, and each position of the text looks up the four characters starting
/// there, comparing only the few values filed under them. Texts and values are in the
/// form `LeakText.letters` gives.
struct ValueMatcher: Sendable {
    /// Shorter values would match everywhere ("无", "—" are gone already as punctuation).
    static let keyLength = 4

    private struct Key: Hashable {
        let a, b, c, d: UInt32
    }

    private let values: [[UInt32]]
    private let byKey: [Key: [Int]]

    /// `values` shorter than four characters are never found.
    init(_ values: [[UInt32]]) {
        self.values = values
        var byKey: [Key: [Int]] = [:]
        for (index, value) in values.enumerated() where value.count >= Self.keyLength {
            byKey[Key(a: value[0], b: value[1], c: value[2], d: value[3]), default: []].append(index)
        }
        self.byKey = byKey
    }

    var isEmpty: Bool { byKey.isEmpty }

    /// Indices (into `values`) of the values that occur in `text`, each once, sorted.
    func matches(in text: [UInt32]) -> [Int] {
        guard !byKey.isEmpty, text.count >= Self.keyLength else { return [] }
        var found = Set<Int>()
        text.withUnsafeBufferPointer { text in
            for start in 0...(text.count - Self.keyLength) {
                guard let candidates = byKey[Key(a: text[start], b: text[start + 1], c: text[start + 2], d: text[start + 3])] else { continue }
                for index in candidates where !found.contains(index) {
                    let value = values[index]
                    guard start + value.count <= text.count else { continue }
                    var equal = true
                    for offset in Self.keyLength..<value.count where text[start + offset] != value[offset] { equal = false; break }
                    if equal { found.insert(index) }
                }
            }
        }
        return found.sorted()
    }
}
