/// A parsed template: the subset of Mustache the themes use — variables (escaped, or
/// raw with {{{ }}} / {{& }}), sections and inverted sections, partials, comments,
/// dotted names, the implicit iterator {{.}}, and template inheritance ({{<parent}}
/// with {{$block}} overrides).
enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(path: [String], escaped: Bool, at: TemplatePosition)
    case section(path: [String], inverted: Bool, body: [TemplateNode], at: TemplatePosition)
    case partial(name: String)
    case parent(name: String, overrides: [String: [TemplateNode]])
    case block(name: String, body: [TemplateNode])
}

/// Where a tag starts in its template: named in the errors of the key check (TemplateCheck).
struct TemplatePosition: Sendable, Hashable {
    var line: Int
    var column: Int
}

struct TemplateError: Error, CustomStringConvertible {
    let line: Int
    let column: Int
    let message: String

    var description: String { message }
}

/// Splits template text into text and tags, removing the line of a "standalone" tag
/// (a section, comment, partial or block tag alone on its line) as Mustache does, so
/// the HTML stays tidy.
struct TemplateScanner {
    enum Piece {
        case text([UInt8])
        case tag(kind: UInt8, name: String, line: Int, column: Int)
    }

    static func scan(_ source: String) throws -> [Piece] {
        let bytes = Array(source.utf8)
        var pieces: [Piece] = []
        var index = 0, line = 1, lineStart = 0
        var textStart = 0
        while index < bytes.count {
            if bytes[index] == 0x0A { line += 1; lineStart = index + 1; index += 1; continue }
            guard bytes[index] == 0x7B, index + 1 < bytes.count, bytes[index + 1] == 0x7B else { index += 1; continue }
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).unicodeScalars.count + 1
            let triple = index + 2 < bytes.count && bytes[index + 2] == 0x7B
            let closer: [UInt8] = triple ? [0x7D, 0x7D, 0x7D] : [0x7D, 0x7D]
            let contentStart = index + (triple ? 3 : 2)
            guard let end = find(closer, in: bytes, from: contentStart) else {
                throw TemplateError(line: line, column: column, message: L("template.tagNeverClosed", String(decoding: closer, as: UTF8.self)))
            }
            if textStart < index { pieces.append(.text(Array(bytes[textStart..<index]))) }
            var content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmedSpaces
            var kind: UInt8 = triple ? UInt8(ascii: "&") : 0
            if !triple, let first = content.utf8.first, "#^/>!&<$".utf8.contains(first) {
                kind = first
                content = String(content.dropFirst()).trimmedSpaces
            }
            pieces.append(.tag(kind: kind, name: content, line: line, column: column))
            // A tag may span lines (a long comment): keep the line count right after it.
            for offset in contentStart..<end where bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            index = end + closer.count
            textStart = index
        }
        if textStart < bytes.count { pieces.append(.text(Array(bytes[textStart...]))) }
        return removeStandaloneLines(pieces)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// A tag that is not a variable and stands alone on its line takes the line with it.
    private static func removeStandaloneLines(_ pieces: [Piece]) -> [Piece] {
        var result = pieces
        for (index, piece) in pieces.enumerated() {
            guard case .tag(let kind, _, _, _) = piece, kind != 0, kind != UInt8(ascii: "&") else { continue }
            let before: [UInt8]? = index == 0 ? [] : { if case .text(let t) = result[index - 1] { return t } else { return nil } }()
            let after: [UInt8]? = index + 1 == pieces.count ? [] : { if case .text(let t) = result[index + 1] { return t } else { return nil } }()
            guard let before, let after else { continue }
            let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let leading = before[lineStart...]
            let atLineStart = before.lastIndex(of: 0x0A) != nil || index == 0 || isLineStartBefore(result, index - 1)
            guard atLineStart, leading.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { continue }
            guard let newline = after.firstIndex(of: 0x0A), after[..<newline].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else {
                if index + 1 == pieces.count || after.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    if index > 0 { result[index - 1] = .text(Array(before[..<lineStart])) }
                }
                continue
            }
            if index > 0 { result[index - 1] = .text(Array(before[..<lineStart])) }
            if index + 1 < pieces.count { result[index + 1] = .text(Array(after[(newline + 1)...])) }
        }
        return result
    }

    /// Whether the text before piece `index` ends a line (or the template starts there).
    private static func isLineStartBefore(_ pieces: [Piece], _ index: Int) -> Bool {
        guard case .text(let text) = pieces[index] else { return false }
        if text.contains(0x0A) { return true }
        return index == 0
    }
}
