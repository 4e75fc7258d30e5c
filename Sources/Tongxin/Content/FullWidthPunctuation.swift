/// The typing mistakes a Chinese input method makes in YAML and JSON: `：` for `:`, `，`
/// and `、` for `,`, `“”` for `"`, a full-width space for a space, and a tab. The parsers
/// report them where they give up (often the next line, as "could not find expected
/// ':'"); these functions find the character itself so the office is told which key to
/// type, at the line and column of that character. Only called once parsing failed, so
/// the builds of correct content pay nothing.
enum FullWidthPunctuation {
    /// A character found, where (1-based line of the scanned text, column in Unicode
    /// scalars), and the message that names it.
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The half-width character to type for each full-width one, and the catalogue key
    /// of its name.
    static let replacements: [Character: (ascii: String, name: String)] = [
        "：": (":", "content.fullWidth.colon"),
        "，": (",", "content.fullWidth.comma"),
        "、": (",", "content.fullWidth.enumerationComma"),
        "“": ("\"", "content.fullWidth.quote"),
        "”": ("\"", "content.fullWidth.quote"),
        "‘": ("'", "content.fullWidth.quote"),
        "’": ("'", "content.fullWidth.quote"),
        "［": ("[", "content.fullWidth.bracket"),
        "］": ("]", "content.fullWidth.bracket"),
        "｛": ("{", "content.fullWidth.brace"),
        "｝": ("}", "content.fullWidth.brace"),
        "\u{3000}": (" ", "content.fullWidth.space"),
    ]

    /// The message for one full-width character or a tab.
    static func message(for character: Character) -> String? {
        if character == "\t" { return L("content.tab") }
        guard let replacement = replacements[character] else { return nil }
        if character == "\u{3000}" { return L("content.fullWidthSpace") }
        return L("content.fullWidth", String(character), L(replacement.name), replacement.ascii)
    }

    // MARK: - YAML

    /// The character that most likely broke the YAML, looking at every line up to the
    /// one the parser stopped at (`errorLine`, 1-based in `yaml`). Characters that only
    /// break YAML in some places (quotes, commas) count only on the parser's line and the
    /// one before it, so a legitimate `“同心”` in an earlier title is never blamed.
    static func inYAML(_ yaml: String, errorLine: Int) -> Finding? {
        var blockScalarIndent: Int?
        for (offset, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if number > errorLine + 1 { break }
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            // Lines of a `|` or `>` block are text: anything goes there.
            if let blockIndent = blockScalarIndent {
                if indent > blockIndent || scalars.allSatisfy({ $0 == " " }) { continue }
                blockScalarIndent = nil
            }
            if let tab = separatingTab(scalars) {
                return Finding(line: number, column: tab + 1, message: L("content.tab"))
            }
            if let finding = structural(scalars, indent: indent, line: number, nearError: number >= errorLine - 1) { return finding }
            if number >= errorLine - 1, let finding = inValue(scalars, line: number) { return finding }
            if let last = line.trimmingTrailingSpaces.last, last == "|" || last == ">" { blockScalarIndent = indent }
        }
        return nil
    }

    /// A full-width space used as indentation or after `key:`, or a key ended by `：`
    /// (`place：市政协三楼会议室`): wrong wherever they stand. A list item may be text
    /// with a `：` in it (`- 建议：…`), so there only the parser's own lines count, and a
    /// key is short and without spaces.
    private static func structural(_ scalars: [Unicode.Scalar], indent: Int, line: Int, nearError: Bool) -> Finding? {
        var start = indent
        var isItem = false
        if start < scalars.count, scalars[start] == "-", start + 1 < scalars.count, scalars[start + 1] == " " {
            start += 2
            isItem = true
            while start < scalars.count, scalars[start] == " " { start += 1 }
        }
        guard start < scalars.count, scalars[start] != "#" else { return nil }
        if scalars[start] == "\u{3000}" {
            return Finding(line: line, column: start + 1, message: L("content.fullWidthSpace"))
        }
        // The key: text up to the first colon of either width, outside quotes.
        var i = start
        while i < scalars.count {
            let c = scalars[i]
            if c == "\"" || c == "'" || c == "“" || c == "[" || c == "{" || c == "#" { return nil }
            if c == ":" {
                if i + 1 < scalars.count, scalars[i + 1] == "\u{3000}" {
                    return Finding(line: line, column: i + 2, message: L("content.fullWidthSpace"))
                }
                return nil
            }
            if c == "：" {
                let looksLikeKey = i > start && i - start <= 16 && !scalars[start..<i].contains(" ")
                guard looksLikeKey, nearError || !isItem else { return nil }
                return Finding(line: line, column: i + 1, message: message(for: "：")!)
            }
            i += 1
        }
        return nil
    }

    /// Full-width quotes opening a value, and full-width commas between the quoted items
    /// of a `[...]` list.
    private static func inValue(_ scalars: [Unicode.Scalar], line: Int) -> Finding? {
        var valueStart: Int?
        if let colon = scalars.firstIndex(where: { $0 == ":" }), colon + 1 < scalars.count, scalars[colon + 1] == " " {
            var i = colon + 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            valueStart = i
        } else if let first = scalars.firstIndex(where: { $0 != " " }), scalars[first] == "-" {
            var i = first + 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            valueStart = i
        }
        guard let start = valueStart, start < scalars.count else { return nil }
        let opening = scalars[start]
        if opening == "“" || opening == "‘" || opening == "［" || opening == "｛" {
            return Finding(line: line, column: start + 1, message: message(for: Character(opening))!)
        }
        guard opening == "[" else { return nil }
        // In `["a"，"b"]` the comma after a closing quote must be half-width.
        var quote: Unicode.Scalar?
        for i in (start + 1)..<scalars.count {
            let c = scalars[i]
            if let open = quote {
                if c == open { quote = nil }
                continue
            }
            if c == "\"" || c == "'" {
                quote = c
            } else if c == "“" || c == "”" {
                return Finding(line: line, column: i + 1, message: message(for: Character(c))!)
            } else if c == "，" || c == "、", i > 0, scalars[i - 1] == "\"" || scalars[i - 1] == "'" {
                return Finding(line: line, column: i + 1, message: message(for: Character(c))!)
            }
        }
        return nil
    }

    /// A tab in the indentation (a list's `-` counts as indentation), where YAML allows
    /// only spaces; elsewhere a tab is allowed and harmless.
    private static func separatingTab(_ scalars: [Unicode.Scalar]) -> Int? {
        for (i, c) in scalars.enumerated() where c == "\t" {
            let before = scalars[..<i].last { $0 != " " && $0 != "\t" }
            if before == nil || (before == "-" && scalars[..<i].allSatisfy { $0 == " " || $0 == "\t" || $0 == "-" }) { return i }
        }
        return nil
    }
}

private extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " { text.removeLast() }
        return text
    }
}
