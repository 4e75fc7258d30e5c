import Foundation

/// Writes values into YAML front matter so that they read back exactly: plain when the
/// text is ordinary words (as staff write it by hand), double-quoted otherwise — a
/// value with ':' '#' quotes, brackets, leading or trailing spaces, or one YAML would
/// read as a number, true/false or null.
enum YAMLText {
    static func scalar(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    /// `[a, b]`, each item written as `scalar` would.
    static func list(_ values: [String]) -> String {
        "[" + values.map { isPlainSafe($0) && !$0.contains(",") ? $0 : quoted($0) }.joined(separator: ", ") + "]"
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Letters, digits, CJK punctuation and a few inner ASCII marks; nothing YAML gives
    /// a meaning to, and nothing that resolves to another type.
    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        let innerASCII: Set<Unicode.Scalar> = [" ", "-", "_", ".", "/", "(", ")", "+"]
        for scalar in value.unicodeScalars {
            if scalar.isASCII {
                let isWord = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                if !isWord && !innerASCII.contains(scalar) { return false }
            } else if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                        || scalar.properties.generalCategory == .format || scalar.value == 0xFEFF {
                return false
            }
        }
        if !(first.properties.isAlphabetic || ("0"..."9").contains(first) || !first.isASCII) { return false }
        if last == " " || first.properties.isWhitespace || last.properties.isWhitespace { return false }
        let words: Set<String> = ["null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
                                  "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N"]
        if words.contains(value) { return false }
        // Anything starting with a digit may be read as a number or a date by some YAML
        // reader; quoting keeps phone numbers such as 0571… exactly as written.
        if ("0"..."9").contains(first) { return false }
        return true
    }
}
