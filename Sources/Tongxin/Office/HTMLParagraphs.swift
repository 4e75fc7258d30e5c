/// The paragraphs of a rendered Markdown body as plain text, for a Word file: block
/// elements end a paragraph, list items start with "·", tags are dropped and entities
/// decoded. The body is cmark-gfm's safe output (RenderedMarkdown.html), whose tags are
/// regular; this is not a general HTML parser.
enum HTMLParagraphs {
    private static let breaking: Set<String> = ["p", "/p", "br", "li", "/li", "h1", "/h1", "h2", "/h2", "h3", "/h3", "h4", "/h4", "h5", "/h5", "h6", "/h6",
                                                "blockquote", "/blockquote", "pre", "/pre", "tr", "/tr", "ul", "/ul", "ol", "/ol", "hr", "div", "/div", "table", "/table"]

    static func paragraphs(_ html: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func end() {
            let text = current.trimmed
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        var rest = Substring(html)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "\n" || $0 == "&" }) {
            current += rest[..<open]
            switch rest[open] {
            case "\n":
                // A soft line break: nothing between Chinese characters, a space in Latin text.
                if let last = current.unicodeScalars.last, last.isASCII, last != " " { current += " " }
                rest = rest[rest.index(after: open)...]
            case "&":
                let (text, after) = entity(rest[open...])
                current += text
                rest = after
            default:
                guard let close = rest[open...].firstIndex(of: ">") else {
                    // A "<" that opens no tag is text (cmark writes "&lt;", so never here).
                    current += "<"
                    rest = rest[rest.index(after: open)...]
                    continue
                }
                let name = tagName(rest[rest.index(after: open)..<close])
                if breaking.contains(name) { end() }
                if name == "li" { current = "· " }
                rest = rest[rest.index(after: close)...]
            }
        }
        current += rest.filter { $0 != "\n" }
        end()
        return paragraphs
    }

    /// "p", "/p", "br" from `p class="x"`, `/p`, `br /`.
    private static func tagName(_ inside: Substring) -> String {
        let closing = inside.first == "/"
        let name = inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber }.lowercased()
        return closing ? "/" + name : name
    }

    private static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}"]

    /// The text of the entity at the start of `text`, and what follows it; a lone "&"
    /// is itself.
    private static func entity(_ text: Substring) -> (String, Substring) {
        let afterAmpersand = text.index(after: text.startIndex)
        guard let semicolon = text[afterAmpersand...].prefix(10).firstIndex(of: ";") else { return ("&", text[afterAmpersand...]) }
        let body = text[afterAmpersand..<semicolon]
        let after = text[text.index(after: semicolon)...]
        if let value = named[String(body)] { return (value, after) }
        if body.first == "#" {
            let digits = body.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let number, let scalar = Unicode.Scalar(number) { return (String(Character(scalar)), after) }
        }
        return ("&", text[afterAmpersand...])
    }
}
