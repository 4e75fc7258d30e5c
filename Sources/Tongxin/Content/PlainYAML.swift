/// A fast reader for the plain subset of YAML that real front matter is written in,
/// giving exactly the `DataNode`s (values, member order, every location) that
/// `YAMLNodes` builds from Yams' composer. Anything outside the subset is left to Yams:
/// `parse` returns `nil` ("ask Yams") rather than guess, because a wrong answer is a
/// bug and a fallback only costs time.
///
/// The subset, line by line (no tabs, no CR, no BOM, no control characters anywhere):
/// - blank lines, and comment lines (spaces, then `#`);
/// - `key: value` at indentation 0, the key made of letters, digits, `_`, non-ASCII
///   characters and inner `-` or `.`; no two keys of one mapping alike;
/// - a value on the key's line: a plain scalar on one line (no `: `, no leading
///   indicator; ` #` starts a comment), a quoted scalar on one line (`''` escape; no
///   backslash in double quotes), or a one-line flow sequence `[a, 'b', "c"]` of such
///   scalars;
/// - an empty value, then either nothing more (null) or a block sequence: `- item`
///   lines at one indentation, each item a scalar, a flow sequence, or a block mapping
///   of the same one-line values whose further keys line up under the first.
///
/// libyaml counts columns in Unicode scalars, so do the locations here.
enum PlainYAML {
    /// `nil`: not in the subset, ask Yams. `.some(nil)`: an empty document (only blank
    /// lines and comments), for which Yams' compose returns nil too.
    static func parse(_ yaml: String, file: String, lineOffset: Int) -> DataNode?? {
        let answer: DataNode??? = yaml.utf8.withContiguousStorageIfAvailable { bytes in
            var reader = Reader(bytes: bytes, file: file, lineOffset: lineOffset)
            do {
                return .some(try reader.document())
            } catch {
                return nil
            }
        }
        guard let answer else { return nil }
        return answer
    }
}

/// Thrown inside the reader when the text leaves the subset.
private struct OutsideSubset: Error {}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let lineOffset: Int

    /// The current content line: its number (1-based), first byte, end (the `\n` or the
    /// end of the text) and indentation in spaces. `next` is where the following line starts.
    var line = 0
    var lineStart = 0
    var lineEnd = 0
    var indent = 0
    var next = 0
    /// Nodes made so far, to stay within `YAMLNodes.maxNodes` exactly as `convert` counts.
    var nodes = 0
    /// A byte of the current line and its column, where `location` last counted to, so
    /// that a long line of list items is counted once, not once per item.
    var cursor = 0
    var cursorColumn = 1

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, lineOffset: Int) {
        self.bytes = bytes
        self.file = file
        self.lineOffset = lineOffset
    }

    private static let space = UInt8(ascii: " ")
    private static let colon = UInt8(ascii: ":")
    private static let hash = UInt8(ascii: "#")
    private static let dash = UInt8(ascii: "-")
    private static let dot = UInt8(ascii: ".")
    private static let singleQuote = UInt8(ascii: "'")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let openBracket = UInt8(ascii: "[")
    private static let closeBracket = UInt8(ascii: "]")
    private static let comma = UInt8(ascii: ",")

    // MARK: Lines

    /// Moves to the next line with content, skipping blank and comment lines and
    /// checking every byte on the way. False at the end of the text.
    mutating func nextContentLine() throws(OutsideSubset) -> Bool {
        let count = bytes.count
        while next < count {
            let start = next
            var i = start
            while i < count {
                let b = bytes[i]
                if b == 0x0A { break }
                if b < 0x20 || b == 0x7F { throw OutsideSubset() }  // tab, CR, controls
                if b >= 0xC2 {
                    switch b {
                    case 0xC2:  // U+0080…U+009F: C1 controls and NEL (a line break to libyaml)
                        if bytes[i + 1] < 0xA0 { throw OutsideSubset() }
                    case 0xE2:  // U+2028, U+2029: line breaks to libyaml
                        if bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) { throw OutsideSubset() }
                    case 0xEF:  // U+FEFF (a BOM, skipped at a line start), U+FFFE, U+FFFF (rejected)
                        if (bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF) || (bytes[i + 1] == 0xBF && bytes[i + 2] >= 0xBE) {
                            throw OutsideSubset()
                        }
                    default: break
                    }
                }
                i += 1
            }
            line += 1
            next = i + 1
            var first = start
            while first < i && bytes[first] == Self.space { first += 1 }
            if first == i || bytes[first] == Self.hash { continue }
            lineStart = start
            lineEnd = i
            indent = first - start
            cursor = start
            cursorColumn = 1
            return true
        }
        return false
    }

    /// `- ` (or a lone `-`) at the current line's indentation.
    var isItemLine: Bool {
        let at = lineStart + indent
        return bytes[at] == Self.dash && (at + 1 == lineEnd || bytes[at + 1] == Self.space)
    }

    /// The location of a byte of the current line; columns count Unicode scalars.
    mutating func location(_ index: Int) -> SourceLocation {
        if index < cursor {
            cursor = lineStart
            cursorColumn = 1
        }
        while cursor < index {
            if bytes[cursor] & 0xC0 != 0x80 { cursorColumn += 1 }
            cursor += 1
        }
        return SourceLocation(file: file, line: line + lineOffset, column: cursorColumn)
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    mutating func node(_ value: DataNode.Value, _ location: SourceLocation) throws(OutsideSubset) -> DataNode {
        nodes += 1
        if nodes > YAMLNodes.maxNodes { throw OutsideSubset() }
        return DataNode(value, location)
    }

    // MARK: Structure

    mutating func document() throws(OutsideSubset) -> DataNode? {
        guard try nextContentLine() else { return nil }
        guard indent == 0 else { throw OutsideSubset() }
        let here = location(lineStart)
        var members: [DataMember] = []
        var more = true
        while more {
            guard indent == 0, let colon = keyEnd(at: lineStart) else { throw OutsideSubset() }
            let key = try newKey(lineStart, colon, among: members)
            let keyLocation = location(lineStart)
            let start = skipSpaces(colon + 1)
            let value: DataNode
            if start == lineEnd || bytes[start] == Self.hash {
                let empty = location(colon + 1)
                more = try nextContentLine()
                if more && isItemLine {
                    value = try blockSequence(&more)
                } else {
                    value = try node(.null, empty)
                }
            } else {
                value = try inlineValue(at: start)
                more = try nextContentLine()
            }
            members.append(DataMember(key: key, keyLocation: keyLocation, value: value))
        }
        return try node(.object(members), here)
    }

    /// Items at the current line's indentation; leaves the first line after them current.
    mutating func blockSequence(_ more: inout Bool) throws(OutsideSubset) -> DataNode {
        let column = indent
        let here = location(lineStart + column)
        var items: [DataNode] = []
        while more && indent == column && isItemLine {
            let start = skipSpaces(lineStart + column + 1)
            if start == lineEnd || bytes[start] == Self.hash { throw OutsideSubset() }  // an empty item
            if let colon = keyEnd(at: start) {
                items.append(try blockMapping(firstKey: start, colon: colon, &more))
            } else {
                items.append(try inlineValue(at: start))
                more = try nextContentLine()
            }
        }
        return try node(.array(items), here)
    }

    /// A mapping that starts after `- `, its further keys at the first key's column.
    mutating func blockMapping(firstKey: Int, colon firstColon: Int, _ more: inout Bool) throws(OutsideSubset) -> DataNode {
        let column = firstKey - lineStart  // only spaces and '-' before it: bytes are columns
        let here = location(firstKey)
        var members: [DataMember] = []
        var keyStart = firstKey, colon = firstColon
        while true {
            let key = try newKey(keyStart, colon, among: members)
            let keyLocation = location(keyStart)
            let start = skipSpaces(colon + 1)
            let value: DataNode
            if start == lineEnd || bytes[start] == Self.hash {
                value = try node(.null, location(colon + 1))
            } else {
                value = try inlineValue(at: start)
            }
            members.append(DataMember(key: key, keyLocation: keyLocation, value: value))
            more = try nextContentLine()
            guard more && indent == column else { break }
            keyStart = lineStart + column
            guard let end = keyEnd(at: keyStart) else { throw OutsideSubset() }
            colon = end
        }
        return try node(.object(members), here)
    }

    /// The key's text, when no earlier key of the mapping equals it. Yams compares keys
    /// as Swift strings (canonical equivalence), so this does too; a mapping of more
    /// than 256 keys (not front matter) goes to Yams rather than cost n² comparisons.
    func newKey(_ start: Int, _ colon: Int, among members: [DataMember]) throws(OutsideSubset) -> String {
        guard members.count < 256 else { throw OutsideSubset() }
        let key = text(start, colon)
        for member in members where member.key == key { throw OutsideSubset() }
        return key
    }

    // MARK: Scalars

    static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b >= 0x80
    }

    /// The `:` ending a plain key at `start`: letters, digits, `_`, non-ASCII and inner
    /// `-` or `.`, then `:` followed by a space or the end of the line. Keys stay far
    /// below libyaml's 1024-character limit for simple keys.
    func keyEnd(at start: Int) -> Int? {
        guard start < lineEnd, Self.isKeyStart(bytes[start]) else { return nil }
        var i = start + 1
        while i < lineEnd {
            let b = bytes[i]
            if b == Self.colon {
                guard i + 1 == lineEnd || bytes[i + 1] == Self.space, i - start <= 512 else { return nil }
                return i
            }
            guard Self.isKeyStart(b) || b == Self.dash || b == Self.dot else { return nil }
            i += 1
        }
        return nil
    }

    func skipSpaces(_ start: Int) -> Int {
        var i = start
        while i < lineEnd && bytes[i] == Self.space { i += 1 }
        return i
    }

    /// Nothing but spaces and perhaps a comment (after at least one space) from `start`.
    func expectLineEnd(_ start: Int) throws(OutsideSubset) {
        let i = skipSpaces(start)
        if i == lineEnd || (bytes[i] == Self.hash && i > start) { return }
        throw OutsideSubset()
    }

    /// May a plain scalar start with this byte (given the one after it)? Indicators
    /// may not; `-` only before a digit or `.`, as in `-1` or `-.5`.
    func isPlainStart(_ i: Int) -> Bool {
        switch bytes[i] {
        case UInt8(ascii: "-"):
            guard i + 1 < lineEnd else { return false }
            let after = bytes[i + 1]
            return (after >= 0x30 && after <= 0x39) || after == Self.dot
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
             UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "):
            return false
        default:
            return true
        }
    }

    /// A value that sits on the current line from `start` to the line's end.
    mutating func inlineValue(at start: Int) throws(OutsideSubset) -> DataNode {
        let b = bytes[start]
        if b == Self.openBracket { return try flowSequence(at: start) }
        if b == Self.singleQuote || b == Self.doubleQuote {
            let (value, end) = try quoted(at: start)
            try expectLineEnd(end)
            return try node(.string(value), location(start))
        }
        guard isPlainStart(start) else { throw OutsideSubset() }
        // A plain scalar in block context: ends before ` #`; `: ` would start a mapping.
        var end = start + 1, i = start + 1
        while i < lineEnd {
            let c = bytes[i]
            if c == Self.space {
                if i + 1 < lineEnd && bytes[i + 1] == Self.hash { break }
            } else {
                if c == Self.colon && (i + 1 == lineEnd || bytes[i + 1] == Self.space) { throw OutsideSubset() }
                end = i + 1
            }
            i += 1
        }
        return try node(YAMLNodes.plainValue(text(start, end)), location(start))
    }

    /// A quoted scalar closed on the same line: its text and the index after the quote.
    func quoted(at start: Int) throws(OutsideSubset) -> (String, Int) {
        let quote = bytes[start]
        var i = start + 1
        if quote == Self.doubleQuote {
            while i < lineEnd {
                let b = bytes[i]
                if b == Self.doubleQuote { return (text(start + 1, i), i + 1) }
                if b == UInt8(ascii: "\\") { throw OutsideSubset() }
                i += 1
            }
            throw OutsideSubset()
        }
        var escaped = false
        while i < lineEnd {
            if bytes[i] == Self.singleQuote {
                if i + 1 < lineEnd && bytes[i + 1] == Self.singleQuote {
                    escaped = true
                    i += 2
                    continue
                }
                guard escaped else { return (text(start + 1, i), i + 1) }
                var unescaped: [UInt8] = []
                unescaped.reserveCapacity(i - start)
                var j = start + 1
                while j < i {
                    unescaped.append(bytes[j])
                    j += bytes[j] == Self.singleQuote ? 2 : 1
                }
                return (String(decoding: unescaped, as: UTF8.self), i + 1)
            }
            i += 1
        }
        throw OutsideSubset()
    }

    /// `[a, 'b', "c"]` on one line: scalars only, no trailing comma.
    mutating func flowSequence(at start: Int) throws(OutsideSubset) -> DataNode {
        let here = location(start)
        var items: [DataNode] = []
        var i = skipSpaces(start + 1)
        if i < lineEnd && bytes[i] == Self.closeBracket {
            try expectLineEnd(i + 1)
            return try node(.array([]), here)
        }
        while true {
            guard i < lineEnd else { throw OutsideSubset() }
            let b = bytes[i]
            if b == Self.singleQuote || b == Self.doubleQuote {
                let (value, end) = try quoted(at: i)
                items.append(try node(.string(value), location(i)))
                i = skipSpaces(end)
            } else {
                guard isPlainStart(i) else { throw OutsideSubset() }
                // A plain scalar in flow context ends at `,` or `]`; anything that could
                // mean more than text (`:`, `#`, brackets, braces, quotes) is left to Yams.
                var end = i + 1, j = i + 1
                scan: while j < lineEnd {
                    switch bytes[j] {
                    case Self.comma, Self.closeBracket: break scan
                    case Self.space: break
                    case Self.colon, Self.hash, Self.openBracket, UInt8(ascii: "{"), UInt8(ascii: "}"), Self.singleQuote, Self.doubleQuote:
                        throw OutsideSubset()
                    default: end = j + 1
                    }
                    j += 1
                }
                items.append(try node(YAMLNodes.plainValue(text(i, end)), location(i)))
                i = j
            }
            guard i < lineEnd else { throw OutsideSubset() }
            if bytes[i] == Self.closeBracket { break }
            guard bytes[i] == Self.comma else { throw OutsideSubset() }
            i = skipSpaces(i + 1)
            if i < lineEnd && bytes[i] == Self.closeBracket { throw OutsideSubset() }  // `[a, ]`
        }
        try expectLineEnd(i + 1)
        return try node(.array(items), here)
    }
}
