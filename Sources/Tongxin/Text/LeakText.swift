import Foundation

/// The forms of an output file's text the leak scan compares, so that what a reader
/// sees is found however the page spells it: character references decoded (`&quot;`,
/// `&#26446;`), tags dropped but their attribute values kept (alt, title, meta
/// description), NFKC (full-width letters and digits become ASCII), letters lowercased.
enum LeakText {
    /// Marks where one attribute value or element ends and the next begins: a private
    /// value is never matched across it.
    static let boundary: UInt32 = 0

    /// The text a reader or a program reading the file gets, NFKC-normalised. Markup
    /// (HTML, XML, SVG) is taken apart before its references are decoded, so a `<` the
    /// office typed (`&lt;`) is text. The feed carries each page's HTML escaped once
    /// more: when decoding left tags, they are taken apart too, and both readings kept.
    static func plain(_ raw: String, markup: Bool) -> String {
        guard markup else { return decodeReferences(raw).precomposedStringWithCompatibilityMapping }
        let once = decodeReferences(stripTags(raw))
        guard once.contains("<") else { return once.precomposedStringWithCompatibilityMapping }
        let twice = decodeReferences(stripTags(once))
        return (once + "\u{1}" + twice).precomposedStringWithCompatibilityMapping
    }

    /// Letters and digits only, lowercased: punctuation, spaces, Markdown marks and
    /// quotes never hide a value (a private "王某·电话：139…" copied with other
    /// punctuation is still found). Other characters are dropped; `\u{1}` becomes a
    /// boundary.
    static func letters(_ plain: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(plain.unicodeScalars.count)
        for scalar in plain.unicodeScalars {
            if scalar == "\u{1}" {
                if result.last != boundary { result.append(boundary) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { result.append(lower.value) }
            }
        }
        return result
    }

    /// A value as the scan looks for it.
    static func letters(ofValue value: String) -> [UInt32] {
        letters(plain(value, markup: false))
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"), let decoded = reference(after[..<semicolon]) {
                result.unicodeScalars.append(decoded)
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }

    private static let named: [Substring: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'"]

    private static func reference(_ name: Substring) -> Unicode.Scalar? {
        if let scalar = named[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }

    /// Text outside tags, and the quoted attribute values inside them, each set apart
    /// by boundaries. Tags themselves leave nothing: `139<em>1234</em>5678` is one number.
    static func stripTags(_ html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var inTag = false
        var quote: Character?
        for character in html {
            if let open = quote {
                if character == open { quote = nil; result += "\u{1}" } else { result.append(character) }
            } else if inTag {
                if character == ">" { inTag = false } else if character == "\"" || character == "'" { quote = character; result += "\u{1}" }
            } else if character == "<" {
                inTag = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
