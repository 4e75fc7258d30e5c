/// Front matter for a new file: one field a line, each followed by a Chinese comment
/// that says what to write, the comments lined up in one column.
struct CommentedYAML {
    private(set) var lines: [String] = ["---"]
    static let commentColumn = 28

    /// `key: value  # comment`; an empty value is left for the office to fill in.
    mutating func field(_ key: String, _ value: String = "", _ comment: String) {
        let start = value.isEmpty ? "\(key):" : "\(key): \(value)"
        lines.append(Self.pad(start) + "# " + comment)
    }

    /// A line that is only a comment (or a commented example).
    mutating func comment(_ text: String) {
        lines.append("# " + text)
    }

    /// A commented example line with its own trailing comment, lined up like the fields.
    mutating func example(_ text: String, _ comment: String) {
        lines.append(Self.pad("# " + text) + "# " + comment)
    }

    /// The whole file: front matter, then the body.
    func file(body: String) -> String {
        (lines + ["---"]).joined(separator: "\n") + "\n" + body
    }

    private static func pad(_ text: String) -> String {
        let width = displayWidth(text)
        return text + String(repeating: " ", count: max(2, commentColumn - width))
    }

    /// Columns a text takes in a terminal or editor: Chinese characters take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
