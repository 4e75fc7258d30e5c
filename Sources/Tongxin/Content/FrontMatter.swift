import Yams

/// Splits a Markdown file into its YAML front matter and body, and turns the YAML into
/// located `DataNode`s so that type errors can name a line and column too.
struct FrontMatter {
    var fields: DataNode
    var body: String
    /// Line of the file on which the body starts, so Markdown findings map back.
    var bodyLine: Int
    /// A stable hash of the fields' text (StableHasher): the preview tells a save that
    /// changed only the body (the text of a record) from one that changed fields.
    var digest = 0

    static func parse(_ text: String, file: String) -> Swift.Result<FrontMatter, Diagnostic> {
        guard text.hasPrefix("---\n") || text == "---" else {
            return .failure(.error(SourceLocation(file: file), L("content.frontMatter.missing")))
        }
        // Byte positions throughout: front matter is split on every file of every build,
        // and Character iteration (grapheme breaking) made it a visible cost.
        let utf8 = text.utf8
        let afterOpen = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        guard let close = closingDelimiter(in: utf8, from: afterOpen) else {
            return .failure(.error(SourceLocation(file: file), L("content.frontMatter.notClosed")))
        }
        let yaml = String(text[afterOpen..<close.lowerBound])
        let body = String(text[close.upperBound...])
        let yamlLines = utf8[afterOpen..<close.lowerBound].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        switch YAMLNodes.parse(yaml, file: file, lineOffset: 1) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(let node):
            let fields = node ?? DataNode(.object([]), SourceLocation(file: file, line: 2))
            return .success(FrontMatter(fields: fields, body: body, bodyLine: yamlLines + 3, digest: StableHasher.hash(yaml)))
        }
    }

    /// The `---` line that ends the front matter (the first line that is exactly `---`).
    private static func closingDelimiter(in utf8: String.UTF8View, from start: String.Index) -> Range<String.Index>? {
        var lineStart = start
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let after = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return lineStart..<after
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = utf8.index(after: lineEnd)
        }
        return nil
    }
}

/// Reads YAML through Yams' composer and converts its nodes, keeping their marks.
enum YAMLNodes {
    /// Front matter is a handful of fields; these bounds keep hostile input (deep
    /// nesting that would exhaust the stack, aliases that expand exponentially) cheap.
    static let maxNesting = 64
    static let maxNodes = 20_000

    static func parse(_ yaml: String, file: String, lineOffset: Int) -> Swift.Result<DataNode?, Diagnostic> {
        if let line = tooDeep(yaml) {
            return .failure(.error(SourceLocation(file: file, line: line + lineOffset), L("content.frontMatter.tooDeep", maxNesting)))
        }
        // Most front matter is plain `key: value` lines; PlainYAML reads those to the same
        // nodes without Yams, and answers nil for everything else.
        if let fast = PlainYAML.parse(yaml, file: file, lineOffset: lineOffset) {
            return .success(fast)
        }
        do {
            // Tags are resolved by scalarValue below; Yams's default resolver would run a
            // regular expression per scalar, and its default encoding reads the
            // environment on every parse.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return .success(nil) }
            var budget = maxNodes
            let converted = convert(node, file: file, lineOffset: lineOffset, budget: &budget)
            if budget < 0 {
                return .failure(.error(SourceLocation(file: file, line: lineOffset + 1), L("content.frontMatter.tooMany", maxNodes)))
            }
            return .success(converted)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, file: file, lineOffset: lineOffset))
        } catch {
            return .failure(.error(SourceLocation(file: file, line: lineOffset + 1), L("content.yaml.unreadable", "\(error)")))
        }
    }

    private static func location(_ mark: Mark?, file: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    /// The first line whose flow brackets or indentation go deeper than `maxNesting`.
    /// A byte loop: it runs on every front matter of every build.
    static func tooDeep(_ yaml: String) -> Int? {
        var yaml = yaml
        // On the contiguous bytes: iterating String.UTF8View checks each step.
        return yaml.withUTF8(tooDeep(in:))
    }

    private static func tooDeep(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0, line = 1, indentation = 0
        var atLineStart = true
        var quote: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A {
                line += 1; indentation = 0; atLineStart = true; quote = 0
                continue
            }
            if atLineStart {
                if byte == 0x20 || byte == UInt8(ascii: "-") {
                    indentation += 1
                    if indentation > 2 * maxNesting { return line }
                    continue
                }
                atLineStart = false
            }
            if quote != 0 {
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxNesting { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int, budget: inout Int) -> DataNode {
        let here = location(node.mark, file: file, lineOffset: lineOffset)
        budget -= 1
        guard budget >= 0 else { return DataNode(.null, here) }
        switch node {
        case .scalar(let scalar):
            return DataNode(scalarValue(scalar), here)
        case .sequence(let sequence):
            var items: [DataNode] = []
            for item in sequence where budget >= 0 { items.append(convert(item, file: file, lineOffset: lineOffset, budget: &budget)) }
            return DataNode(.array(items), here)
        case .mapping(let mapping):
            var members: [DataMember] = []
            for pair in mapping where budget >= 0 {
                members.append(DataMember(
                    key: pair.key.string ?? "\(pair.key)",
                    keyLocation: location(pair.key.mark, file: file, lineOffset: lineOffset),
                    value: convert(pair.value, file: file, lineOffset: lineOffset, budget: &budget)))
            }
            return DataNode(.object(members), here)
        case .alias:
            // Aliases would let one file expand into gigabytes (the "billion laughs"
            // input); content never needs them.
            return DataNode(.null, here)
        }
    }

    /// YAML 1.2 core-schema resolution of plain scalars; quoted scalars stay text.
    private static func scalarValue(_ scalar: Node.Scalar) -> DataNode.Value {
        guard scalar.style == .plain else { return .string(scalar.string) }
        return plainValue(scalar.string)
    }

    /// The value of a plain scalar's text; shared with `PlainYAML`, so both readers type
    /// scalars alike.
    static func plainValue(_ text: String) -> DataNode.Value {
        // The words below are ASCII of at most 5 bytes, and no other spelling is
        // canonically equivalent to one of them (no non-ASCII scalar decomposes to their
        // letters), so longer text skips the string comparisons: a quarter of PlainYAML's time.
        if text.utf8.count <= 5 {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
        }
        return isNumber(text) ? .number(text) : .string(text)
    }

    /// `[-+]?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`, by hand: a regex literal here was
    /// compiled for every scalar and cost more than the YAML parse itself.
    static func isNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Bool {
            let before = bytes.count
            while let b = bytes.first, b >= 48 && b <= 57 { bytes.removeFirst() }
            return bytes.count < before
        }
        if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes.removeFirst() }
        guard digits() else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes.removeFirst()
            guard digits() else { return false }
        }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes.removeFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { bytes.removeFirst() }
            guard digits() else { return false }
        }
        return bytes.isEmpty
    }

    /// A full-width character or tab at fault is named at its own place (see
    /// FullWidthPunctuation); Yams' own words are the fallback.
    private static func diagnostic(for error: YamlError, yaml: String, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if let finding = FullWidthPunctuation.inYAML(yaml, errorLine: mark.line) {
                return .error(SourceLocation(file: file, line: finding.line + lineOffset, column: finding.column), finding.message)
            }
            return .error(location(mark, file: file, lineOffset: lineOffset), L("content.yaml.syntax", YAMLProblems.describe(problem)))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams names the first of the two; the error stands at the second, naming both.
            let first = location(context.mark, file: file, lineOffset: lineOffset)
            if duplicates.count == 1, let key = duplicates.first,
               let second = DuplicateKeys.secondOccurrence(of: key, after: (context.mark.line, context.mark.column), in: yaml) {
                return .error(SourceLocation(file: file, line: second.line + lineOffset, column: second.column),
                              L("content.yaml.duplicateKeyAt", key, first.line, first.column))
            }
            return .error(first, L("content.yaml.duplicateKey", duplicates.map { "'\($0)'" }.joined(separator: ", ")))
        case .reader(let problem, _, _, _):
            if let finding = FullWidthPunctuation.inYAML(yaml, errorLine: Int.max - 1) {
                return .error(SourceLocation(file: file, line: finding.line + lineOffset, column: finding.column), finding.message)
            }
            return .error(SourceLocation(file: file, line: lineOffset + 1), L("content.yaml.syntax", YAMLProblems.describe(problem)))
        default:
            return .error(SourceLocation(file: file, line: lineOffset + 1), L("content.yaml.unreadable", error))
        }
    }
}
