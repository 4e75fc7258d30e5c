/// A JSON text read for editing: every value with the byte range it takes, so that a
/// form can replace one value, add a member or a row, or take one out, and leave every
/// other byte of the file as it was (JSONTextEditor). Only text `tongxin check` already
/// reads without error is opened (StrictJSON); this reader just finds the ranges.
struct JSONSpan: Sendable {
    enum Kind: Sendable {
        /// A string (its decoded text), number (as written), true, false or null.
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case array([JSONSpan])
        case object([JSONMemberSpan])
    }

    var kind: Kind
    /// Byte offsets into the UTF-8 text; `end` is past the value's last byte.
    var start: Int
    var end: Int

    var members: [JSONMemberSpan] {
        if case .object(let members) = kind { return members }
        return []
    }

    var items: [JSONSpan]? {
        if case .array(let items) = kind { return items }
        return nil
    }

    var isObject: Bool {
        if case .object = kind { return true }
        return false
    }

    /// What a form field shows for the value: text of a scalar, a list's scalars
    /// joined with `separator`; nil for an object or a list holding more than scalars.
    func text(separator: String) -> String? {
        switch kind {
        case .string(let text), .number(let text): return text
        case .bool(let value): return value ? "true" : "false"
        case .null: return ""
        case .array(let items):
            let texts = items.compactMap { item -> String? in
                if case .array = item.kind { return nil }
                if case .object = item.kind { return nil }
                return item.text(separator: separator)
            }
            return texts.count == items.count ? texts.joined(separator: separator) : nil
        case .object: return nil
        }
    }

    /// The scalars of a list (or of one scalar), for comparing lists by their items.
    var listItems: [String]? {
        if case .array(let items) = kind {
            let texts = items.compactMap { item -> String? in item.items == nil && !item.isObject ? item.text(separator: "") : nil }
            return texts.count == items.count ? texts : nil
        }
        return text(separator: "").map { $0.isEmpty ? [] : [$0] }
    }
}

struct JSONMemberSpan: Sendable {
    var key: String
    var keyStart: Int
    var value: JSONSpan
}

extension JSONSpan {
    /// nil when the text is not JSON `tongxin check` reads without error.
    static func parse(_ text: String) -> JSONSpan? {
        let strict = StrictJSON.parse(text, file: "")
        guard strict.root != nil, !strict.diagnostics.hasErrors else { return nil }
        var reader = JSONSpanReader(bytes: Array(text.utf8))
        reader.skipWhitespace()
        return reader.value(depth: 0)
    }
}

/// The byte-range reader behind JSONSpan.parse; the text was already found valid.
private struct JSONSpanReader {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x0A, 0x09, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value(depth: Int) -> JSONSpan? {
        guard index < bytes.count, depth <= StrictJSON.maxDepth else { return nil }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            var members: [JSONMemberSpan] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return JSONSpan(kind: .object([]), start: start, end: index) }
            while index < bytes.count {
                skipWhitespace()
                let keyStart = index
                guard let key = string() else { return nil }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                skipWhitespace()
                guard let value = value(depth: depth + 1) else { return nil }
                members.append(JSONMemberSpan(key: key, keyStart: keyStart, value: value))
                skipWhitespace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "}") { return JSONSpan(kind: .object(members), start: start, end: index) }
            }
            return nil
        case UInt8(ascii: "["):
            index += 1
            var items: [JSONSpan] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return JSONSpan(kind: .array([]), start: start, end: index) }
            while index < bytes.count {
                skipWhitespace()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipWhitespace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "]") { return JSONSpan(kind: .array(items), start: start, end: index) }
            }
            return nil
        case UInt8(ascii: "\""):
            guard let text = string() else { return nil }
            return JSONSpan(kind: .string(text), start: start, end: index)
        default:
            while index < bytes.count, !",]} \n\r\t".utf8.contains(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            switch word {
            case "true": return JSONSpan(kind: .bool(true), start: start, end: index)
            case "false": return JSONSpan(kind: .bool(false), start: start, end: index)
            case "null": return JSONSpan(kind: .null, start: start, end: index)
            default: return JSONSpan(kind: .number(word), start: start, end: index)
            }
        }
    }

    /// A string at `index` decoded (JSON's escapes), the index left after its quote.
    mutating func string() -> String? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        var out: [UInt8] = []
        var scalars: [UInt16] = []
        func flushEscapes() {
            if !scalars.isEmpty { out.append(contentsOf: Array(String(decoding: scalars, as: UTF16.self).utf8)); scalars = [] }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushEscapes()
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                index += 2
                if next == UInt8(ascii: "u"), index + 4 <= bytes.count, let unit = UInt16(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) {
                    scalars.append(unit)
                    index += 4
                    continue
                }
                flushEscapes()
                switch next {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                default: out.append(next)
                }
                continue
            }
            flushEscapes()
            out.append(byte)
            index += 1
        }
        return nil
    }
}
