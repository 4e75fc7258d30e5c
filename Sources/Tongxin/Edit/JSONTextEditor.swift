/// A JSON value the form writes anew: a changed value, a new member or a new row.
indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number, true or false, written as it stands.
    case literal(String)
    case array([JSONValue])
    case object([JSONPair])
}

struct JSONPair: Sendable, Equatable {
    var key: String
    var value: JSONValue
}

/// Changes a JSON text by editing bytes in place, never by writing the document out
/// again: a changed value replaces the bytes of the old one; a removed member or row
/// takes its separator with it; a new one is written after the last, on its own line
/// with its neighbour's indentation where the list or object spans lines, after `, `
/// where it is on one line. New values follow the house style: `"key": value`, `, `
/// between items on one line, the file's own indent unit (two spaces when it has none)
/// where they span lines. Everything not changed keeps its bytes.
struct JSONTextEditor {
    enum Style {
        case inline
        /// Across lines, the value's first line at `indent`.
        case pretty(indent: String)
    }

    private let bytes: [UInt8]
    private var edits: [(range: Range<Int>, text: String)] = []
    /// The file's indent unit: the leading white space of its first indented line.
    let unit: String

    init(_ text: String) {
        bytes = Array(text.utf8)
        var unit = "  "
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                var end = index + 1
                while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
                if end > index + 1, end < bytes.count, bytes[end] != 0x0A {
                    unit = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    break
                }
            }
            index += 1
        }
        self.unit = unit
    }

    var result: String {
        var out = bytes
        // From the end, so earlier ranges stay valid; at one offset a removal goes
        // before the insertion that takes its place.
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            out.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The white space that starts the line holding `offset`.
    func indent(at offset: Int) -> String {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func spansLines(_ start: Int, _ end: Int) -> Bool {
        bytes[start..<min(end, bytes.count)].contains(0x0A)
    }

    /// A value written anew in the old one's place, across lines if the old one was.
    mutating func replace(_ old: JSONSpan, with value: JSONValue) {
        let style: Style = spansLines(old.start, old.end) ? .pretty(indent: indent(at: old.start)) : .inline
        edits.append((old.start..<old.end, render(value, style)))
    }

    /// Takes out the children (members or items, by their byte ranges) at `removed` and
    /// adds `added` after the last one kept. `itemsOnOneLine`: new items of a list
    /// spanning lines are each written on one line (the data lists' style).
    mutating func change(_ container: JSONSpan, children: [Range<Int>], removed: Set<Int>, added: [(key: String?, value: JSONValue)], itemsOnOneLine: Bool) {
        let kept = children.indices.filter { !removed.contains($0) }
        let multiLine = children.isEmpty || spansLines(container.start, container.end)
        let childIndent = children.last.map { indent(at: $0.lowerBound) } ?? indent(at: container.start) + unit
        let valueStyle: Style = !multiLine ? .inline
            : container.isObject ? .pretty(indent: childIndent)
            : (children.last.map { spansLines($0.lowerBound, $0.upperBound) } ?? !itemsOnOneLine) ? .pretty(indent: childIndent) : .inline
        let pieces = added.map { ($0.key.map { Self.quoted($0) + ": " } ?? "") + render($0.value, valueStyle) }
        guard !kept.isEmpty else {
            // Nothing left of what was there: the inside is written anew.
            let closing = children.isEmpty ? indent(at: container.start) : indent(at: container.end - 1)
            let inside = pieces.isEmpty ? "" : multiLine
                ? "\n" + pieces.map { childIndent + $0 }.joined(separator: ",\n") + "\n" + closing
                : pieces.joined(separator: ", ")
            edits.append(((container.start + 1)..<(container.end - 1), inside))
            return
        }
        // Each run of removed children goes with the separator before it, or, at the
        // start, with the one after it.
        var index = 0
        while index < children.count {
            guard removed.contains(index) else { index += 1; continue }
            var last = index
            while last + 1 < children.count, removed.contains(last + 1) { last += 1 }
            if index > 0 {
                edits.append((children[index - 1].upperBound..<children[last].upperBound, ""))
            } else {
                edits.append((children[index].lowerBound..<children[last + 1].lowerBound, ""))
            }
            index = last + 1
        }
        if !pieces.isEmpty {
            let separator = multiLine ? ",\n" + childIndent : ", "
            edits.append((children[kept.last!].upperBound..<children[kept.last!].upperBound, pieces.map { separator + $0 }.joined()))
        }
    }

    func render(_ value: JSONValue, _ style: Style) -> String {
        switch value {
        case .string(let text): return Self.quoted(text)
        case .literal(let text): return text
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            switch style {
            case .inline: return "[" + items.map { render($0, .inline) }.joined(separator: ", ") + "]"
            case .pretty(let indent):
                let inner = indent + unit
                return "[\n" + items.map { inner + render($0, .pretty(indent: inner)) }.joined(separator: ",\n") + "\n" + indent + "]"
            }
        case .object(let pairs):
            guard !pairs.isEmpty else { return "{}" }
            switch style {
            case .inline: return "{" + pairs.map { Self.quoted($0.key) + ": " + render($0.value, .inline) }.joined(separator: ", ") + "}"
            case .pretty(let indent):
                let inner = indent + unit
                return "{\n" + pairs.map { inner + Self.quoted($0.key) + ": " + render($0.value, .pretty(indent: inner)) }.joined(separator: ",\n") + "\n" + indent + "}"
            }
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest
    /// (Chinese included) as it is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
