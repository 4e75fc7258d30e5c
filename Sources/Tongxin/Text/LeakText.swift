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
        guard markup else { return compatible(decodeReferences(raw)) }
        let once = decodeReferences(stripTags(raw))
        guard once.contains("<") else { return compatible(once) }
        let twice = decodeReferences(stripTags(once))
        return compatible(once + "\u{1}" + twice)
    }

    /// NFKC, quickly for the text a Chinese page is made of: ASCII, CJK ideographs and
    /// punctuation stay as they are (NFKC maps none of them to a letter or digit),
    /// full-width ASCII forms and the ideographic space become ASCII; any other
    /// character sends the whole text through Foundation's NFKC.
    static func compatible(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80, 0x200B...0x206F, 0x3001...0x303F, 0x4E00...0x9FFF: scalars.append(scalar)
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000, 0x00A0, 0x2000...0x200A: scalars.append(" ")
            default: return text.precomposedStringWithCompatibilityMapping
            }
        }
        return String(scalars)
    }

    /// Letters and digits only, lowercased: punctuation, spaces, Markdown marks and
    /// quotes never hide a value (a private "王某·电话：139…" copied with other
    /// punctuation is still found). Other characters are dropped; `\u{1}` becomes a
    /// boundary.
    static func letters(_ plain: String) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(plain.unicodeScalars.count)
        for scalar in plain.unicodeScalars {
            let value = scalar.value
            // ASCII and the CJK block first: Unicode's property tables (and a string for
            // each lowercase mapping) for every character of every page was most of the
            // scan's time.
            if value < 0x80 {
                switch value {
                case 0x30...0x39, 0x61...0x7A: result.append(value)
                case 0x41...0x5A: result.append(value + 0x20)
                case 0x01: if result.last != boundary { result.append(boundary) }
                default: break
                }
            } else if (0x4E00...0x9FFF).contains(value) {
                result.append(value)
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
        // The bytes, not Foundation's contains(_:) (a CFString search): most text has no reference.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
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
        // On the bytes: '<', '>' and quotes are ASCII and never inside a multi-byte
        // character, and the bytes kept stay whole characters.
        var result: [UInt8] = []
        result.reserveCapacity(html.utf8.count)
        var inTag = false
        var quote: UInt8 = 0
        for byte in html.utf8 {
            if quote != 0 {
                if byte == quote { quote = 0; result.append(0x01) } else { result.append(byte) }
            } else if inTag {
                if byte == UInt8(ascii: ">") { inTag = false } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte; result.append(0x01) }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
