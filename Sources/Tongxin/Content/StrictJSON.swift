/// A JSON reader for content data that is stricter than Foundation's: trailing commas,
/// duplicate keys, comments and non-standard numbers are errors, and every error and
/// every value carries its line and column.
struct StrictJSON {
    static let maxDepth = 256

    struct Result {
        var root: DataNode?
        var diagnostics: Diagnostics
    }

    private struct Failure: Error { var diagnostic: Diagnostic }

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var depth = 0
    private var diagnostics = Diagnostics()

    static func parse(_ text: String, file: String) -> Result {
        var parser = StrictJSON(bytes: Array(text.utf8), file: file)
        do {
            parser.skipWhitespace()
            let root = try parser.parseValue()
            parser.skipWhitespace()
            if parser.index < parser.bytes.count {
                throw parser.failure(L("json.afterEnd"))
            }
            return Result(root: root, diagnostics: parser.diagnostics)
        } catch let failure as Failure {
            parser.diagnostics.append(failure.diagnostic)
            return Result(root: nil, diagnostics: parser.diagnostics)
        } catch {
            preconditionFailure("StrictJSON throws only Failure")
        }
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    private func failure(_ message: String, at location: SourceLocation? = nil) -> Failure {
        Failure(diagnostic: .error(location ?? here, message))
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        let b = bytes[index]
        index += 1
        if b == 0x0A {
            line += 1; column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { advance() }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws {
        guard current == byte else { throw unexpected("json.expected", what) }
        advance()
    }

    /// The failure for an unexpected character: a full-width one typed for its ASCII
    /// twin (`，` for `,`, `“` for `"`, a full-width space) is named with what to type.
    private func unexpected(_ key: String, _ values: CustomStringConvertible...) -> Failure {
        if let character = currentCharacter, let message = FullWidthPunctuation.message(for: character), character != "\t" {
            return failure(message)
        }
        return failure(Catalogue.text(key, values.map(\.description) + [describeCurrent()], language: Messages.language))
    }

    private var currentCharacter: Character? {
        guard index < bytes.count else { return nil }
        let end = min(index + 4, bytes.count)
        return String(decoding: bytes[index..<end], as: UTF8.self).first
    }

    private func describeCurrent() -> String {
        guard let b = current else { return L("json.endOfFile") }
        if b == UInt8(ascii: "/") { return L("json.comment") }
        if b < 0x80, b >= 0x20 { return "'\(Character(UnicodeScalar(b)))'" }
        if b >= 0x80 { return "'\(currentCharacter.map(String.init) ?? "?")'" }
        return L("json.controlCharacter")
    }

    private mutating func parseValue() throws -> DataNode {
        let start = here
        guard let b = current else { throw failure(L("json.expectedValue", L("json.endOfFile"))) }
        switch b {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return DataNode(.string(try parseString()), start)
        case UInt8(ascii: "t"): try parseLiteral("true"); return DataNode(.bool(true), start)
        case UInt8(ascii: "f"): try parseLiteral("false"); return DataNode(.bool(false), start)
        case UInt8(ascii: "n"): try parseLiteral("null"); return DataNode(.null, start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return DataNode(.number(try parseNumber()), start)
        default:
            throw unexpected("json.expectedValue")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw failure(L("json.tooDeep", Self.maxDepth)) }
    }

    private mutating func parseObject(_ start: SourceLocation) throws -> DataNode {
        try enter()
        defer { depth -= 1 }
        advance()
        var members: [DataMember] = []
        var seen: [String: SourceLocation] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return DataNode(.object([]), start) }
        while true {
            skipWhitespace()
            let keyLocation = here
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}") { throw failure(L("json.trailingComma", "}")) }
                throw unexpected("json.expectedKey")
            }
            let key = try parseString()
            if let first = seen[key] {
                diagnostics.error(keyLocation, L("json.duplicateKey", key, first.line, first.column))
            } else {
                seen[key] = keyLocation
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':'")
            skipWhitespace()
            let value = try parseValue()
            members.append(DataMember(key: key, keyLocation: keyLocation, value: value))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "}") { advance(); break }
            throw unexpected("json.expectedAfterValue", "}")
        }
        return DataNode(.object(members), start)
    }

    private mutating func parseArray(_ start: SourceLocation) throws -> DataNode {
        try enter()
        defer { depth -= 1 }
        advance()
        var items: [DataNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return DataNode(.array([]), start) }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw failure(L("json.trailingComma", "]")) }
            items.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "]") { advance(); break }
            throw unexpected("json.expectedAfterValue", "]")
        }
        return DataNode(.array(items), start)
    }

    private mutating func parseLiteral(_ word: String) throws {
        for expected in word.utf8 {
            guard current == expected else { throw failure(L("json.expectedWord", word)) }
            advance()
        }
    }

    private mutating func parseNumber() throws -> String {
        let begin = index
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else { throw failure(L("json.number.digit")) }
        if first == UInt8(ascii: "0") {
            advance()
            if let next = current, isDigit(next) { throw failure(L("json.number.leadingZero")) }
        } else {
            while let d = current, isDigit(d) { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard let d = current, isDigit(d) else { throw failure(L("json.number.decimal")) }
            while let d = current, isDigit(d) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let d = current, isDigit(d) else { throw failure(L("json.number.exponent")) }
            while let d = current, isDigit(d) { advance() }
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func parseString() throws -> String {
        let start = here
        advance()
        var out: [UInt8] = []
        while true {
            guard let b = current else { throw failure(L("json.string.unterminated"), at: start) }
            if b == UInt8(ascii: "\"") { advance(); break }
            if b == 0x0A { throw failure(L("json.string.lineBreak"), at: here) }
            if b < 0x20 { throw failure(L("json.string.control")) }
            if b == UInt8(ascii: "\\") {
                advance()
                try parseEscape(into: &out)
                continue
            }
            out.append(b)
            advance()
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws {
        guard let e = current else { throw failure(L("json.escape.invalid")) }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let byte = simple[e] {
            out.append(byte)
            advance()
            return
        }
        guard e == UInt8(ascii: "u") else { throw failure(L("json.escape.invalid")) }
        advance()
        var scalar = try parseHex4()
        if (0xD800...0xDBFF).contains(scalar) {
            guard current == UInt8(ascii: "\\") else { throw failure(L("json.escape.invalid")) }
            advance()
            guard current == UInt8(ascii: "u") else { throw failure(L("json.escape.invalid")) }
            advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure(L("json.escape.invalid")) }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw failure(L("json.escape.invalid"))
        }
        guard let unicode = UnicodeScalar(scalar) else { throw failure(L("json.escape.invalid")) }
        out.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let h = current, let digit = hexValue(h) else { throw failure(L("json.escape.invalid")) }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
