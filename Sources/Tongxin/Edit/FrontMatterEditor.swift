import Foundation

/// Changes fields of a Markdown file's front matter by editing its lines, never by
/// writing the YAML out again: every field not changed, every comment, the order of the
/// keys, the spelling of each key (联系人 or contactor) and the body stay byte for byte.
/// A changed field's lines are replaced by `key: value`, keeping a comment that followed
/// the value on the key's line; a new field goes at the end of the front matter.
struct FrontMatterEditor {
    private(set) var lines: [String]
    private var closing: String
    private var closingEndsLine: Bool
    var body: String
    private let original: String
    private let schema: FieldSchema

    /// nil when the text has no readable front matter (the form cannot be opened on it).
    init?(_ text: String, schema: FieldSchema) {
        guard case .success(let frontMatter) = FrontMatter.parse(text, file: ""),
              case .object = frontMatter.fields.value else { return nil }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let closingIndex = frontMatter.bodyLine - 2
        guard closingIndex >= 1, closingIndex < all.count else { return nil }
        lines = Array(all[1..<closingIndex])
        closing = all[closingIndex]
        closingEndsLine = closingIndex + 1 < all.count
        body = frontMatter.body
        original = text
        self.schema = schema
    }

    /// The front matter read again from the current lines.
    var members: [DataMember] {
        guard case .success(let frontMatter) = FrontMatter.parse(text, file: ""),
              case .object(let members) = frontMatter.fields.value else { return [] }
        return members
    }

    /// The member written under `key` or one of its Chinese aliases.
    func member(_ key: String) -> DataMember? {
        members.first { schema.canonicalKey($0.key) == key }
    }

    var text: String {
        "---\n" + lines.map { $0 + "\n" }.joined() + closing + (closingEndsLine || !body.isEmpty ? "\n" : "") + body
    }

    /// The text as it was when nothing changed (not even the way lines end).
    var result: String {
        let edited = text
        return edited == original ? original : edited
    }

    /// Lines (0-based, into `lines`) that a member's value takes: from its key to the
    /// line before the next key, less the blank and comment lines at the end, which
    /// belong to what follows.
    private func range(of member: DataMember, in members: [DataMember]) -> Range<Int> {
        let start = member.keyLocation.line - 2
        let next = members.map { $0.keyLocation.line - 2 }.filter { $0 > start }.min() ?? lines.count
        var end = next
        while end > start + 1 {
            let line = lines[end - 1]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || (line.hasPrefix("#")) { end -= 1 } else { break }
        }
        return start..<end
    }

    /// Sets `key` to `value`, already written as YAML: a scalar or flow list on the key's
    /// line, or (`block`) the lines of a block sequence under it.
    mutating func set(_ key: String, inline value: String) {
        replace(key, first: value.isEmpty ? "" : " " + value, following: [])
    }

    mutating func set(_ key: String, block: [String]) {
        replace(key, first: "", following: block)
    }

    /// Sets the body from a form's text area, which gives it without the file's last
    /// line end: a new file (`before` nil) gets the blank line after the front matter
    /// that hand-written files have; a body as it was (give or take that line end) is
    /// left byte for byte.
    mutating func setBody(_ text: String, before: String?) {
        guard let before else {
            let trimmed = text.trimmingCharacters(in: .newlines)
            body = trimmed.isEmpty ? "" : "\n" + trimmed + "\n"
            return
        }
        if text != before && text + "\n" != before {
            body = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        }
    }

    private mutating func replace(_ key: String, first: String, following: [String]) {
        let all = members
        guard let member = all.first(where: { schema.canonicalKey($0.key) == key }) else {
            lines.append(key + ":" + first)
            lines.append(contentsOf: following)
            return
        }
        let span = range(of: member, in: all)
        let keyLine = lines[span.lowerBound]
        let start = member.key + ":" + first
        var newLines = [Self.withComment(start, from: keyLine, keyLength: member.key.count + 1)]
        newLines.append(contentsOf: following)
        lines.replaceSubrange(span, with: newLines)
    }

    /// `start` followed by the comment of `line` (the `# …` after its value), lined up
    /// where it was when the new value leaves room.
    static func withComment(_ start: String, from line: String, keyLength: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        var quote: Unicode.Scalar?
        var index = min(keyLength, scalars.count)
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "#" && (scalars[index - 1] == " " || scalars[index - 1] == "\t") {
                let comment = String(String.UnicodeScalarView(scalars[index...]))
                let column = CommentedYAML.displayWidth(String(String.UnicodeScalarView(scalars[..<index])))
                let width = CommentedYAML.displayWidth(start)
                return start + String(repeating: " ", count: max(2, column - width)) + comment
            }
            index += 1
        }
        return start
    }
}
