/// Text for XML (feeds, sitemaps, SVG charts).
enum XMLText {
    /// Escapes & < > " ' for XML text and attributes. Characters XML 1.0 forbids (control
    /// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF) become
    /// U+FFFD, so the result is always well-formed.
    static func escape(_ text: String) -> String {
        // Most text (every Chinese name and sentence) needs nothing: one pass over the bytes.
        if isPlain(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(allowedInXML(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// The same, appended to bytes: text that needs nothing is copied as it is.
    static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(contentsOf: isPlain(text) ? text.utf8 : escape(text).utf8)
    }

    /// No & < > " ', no control character but tab and line ends, no U+FFFE or U+FFFF
    /// (EF BF BE and EF BF BF in UTF-8).
    private static func isPlain(_ text: String) -> Bool {
        // On the bytes in place: iterating the UTF8View was most of a Word file's escaping.
        text.utf8.withContiguousStorageIfAvailable(isPlain) ?? isPlain(Array(text.utf8))
    }

    private static func isPlain<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var twoBack: UInt8 = 0, oneBack: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return false
            case 0x9, 0xA, 0xD: break
            case 0 ..< 0x20: return false
            case 0xBE ... 0xBF where twoBack == 0xEF && oneBack == 0xBF: return false
            default: break
            }
            twoBack = oneBack
            oneBack = byte
        }
        return true
    }

    private static func allowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x9 || v == 0xA || v == 0xD }
        return v != 0xFFFE && v != 0xFFFF
    }
}
