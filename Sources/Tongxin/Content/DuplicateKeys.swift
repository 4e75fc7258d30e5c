/// Where a key of a YAML mapping is written a second time, for the error that names
/// both places (Yams reports only the first).
enum DuplicateKeys {
    /// The next place after `first` (line and column from 1, in scalars) where `key`
    /// stands as a key: after `{`, `,` or at the start of a line with the first one's
    /// indentation, followed by `:`. Quoted keys count too.
    static func secondOccurrence(of key: String, after first: (line: Int, column: Int), in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let keyScalars = Array(key.unicodeScalars)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for lineIndex in (first.line - 1)..<lines.count {
            let line = lines[lineIndex]
            let start = lineIndex == first.line - 1 ? first.column : 0
            var index = start
            while index < line.count {
                if let column = keyStarting(at: index, in: line, key: keyScalars, blockColumn: first.column) { return (lineIndex + 1, column) }
                index += 1
            }
        }
        return nil
    }

    private static func keyStarting(at index: Int, in line: [Unicode.Scalar], key: [Unicode.Scalar], blockColumn: Int) -> Int? {
        var cursor = index
        let quote: Unicode.Scalar? = line[cursor] == "\"" || line[cursor] == "'" ? line[cursor] : nil
        if quote != nil { cursor += 1 }
        guard cursor + key.count <= line.count, Array(line[cursor..<(cursor + key.count)]) == key else { return nil }
        cursor += key.count
        if let quote { guard cursor < line.count, line[cursor] == quote else { return nil }; cursor += 1 }
        while cursor < line.count, line[cursor] == " " { cursor += 1 }
        guard cursor < line.count, line[cursor] == ":" else { return nil }
        // What stands before: `{` or `,` (flow), or only spaces up to the first key's column (block).
        var before = index - 1
        while before >= 0, line[before] == " " { before -= 1 }
        let flow = before >= 0 && (line[before] == "{" || line[before] == ",")
        let block = before < 0 && index + 1 == blockColumn
        return flow || block ? index + 1 : nil
    }
}
