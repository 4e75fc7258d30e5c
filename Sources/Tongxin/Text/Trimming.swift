/// Trimming without Foundation: `trimmingCharacters(in:)` bridges through NSString and
/// cost 7 % of a 10,000-page build when it ran on every Markdown summary and field.
extension StringProtocol {
    /// Without leading and trailing white space, line breaks included (the Unicode
    /// White_Space property, as `.whitespacesAndNewlines`).
    var trimmed: String { trimming { Self.isWhiteSpace($0) } }

    /// Without leading and trailing spaces and tabs; line breaks stay (as `.whitespaces`).
    var trimmedSpaces: String { trimming { Self.isWhiteSpace($0) && !Self.isLineBreak($0) } }

    /// Unicode's White_Space property, spelled out: the property lookup showed in
    /// profiles of loading large sites, and the set has been stable for many versions
    /// (a test compares it with `properties.isWhitespace` over all of Unicode).
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        // Most values have nothing to trim: check the two ends before walking.
        if let first = scalars.first, let last = scalars.last, !isTrimmed(first), !isTrimmed(last) {
            return String(self)
        }
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(self[start...end])
    }
}
