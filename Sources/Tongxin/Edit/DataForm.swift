import Foundation

/// A form over a JSON data file (site.json, data/*.json), made from its fields
/// (DataFiles). Each value is named by where it sits: `d.policy.methods`, `d.3.contactor`
/// (row 3 of the file's list), `d.policy.triggers.0.name`. Saving compares every value
/// with the file's and edits only what changed (JSONTextEditor): a form saved without a
/// change gives the same bytes, and keys the form does not know stay where they are.
public struct DataForm: Sendable, Equatable {
    public var path: String
    public var version = FileVersion.absent
    /// Each value as typed; lists joined with 、 (or one per line).
    public var values: [String: String] = [:]
    /// Rows ticked 删除此行, by name (`d.3`).
    public var removed: Set<String> = []
    /// How many rows each table had in the file the form was opened on; the rows after
    /// them are new.
    public var rowCounts: [String: Int] = [:]

    public init(path: String) { self.path = path }

    public subscript(_ name: String) -> String {
        get { values[name] ?? "" }
        set { values[name] = newValue }
    }

    /// nil when the text is not JSON `tongxin check` reads.
    public static func reading(_ text: String, file: DataFile) -> DataForm? {
        guard let root = JSONSpan.parse(text) else { return nil }
        var form = DataForm(path: file.path)
        form.version = FileVersion.of(Data(text.utf8))
        form.fill(file.root.kind, root, name: "d")
        return form
    }

    private mutating func fill(_ kind: DataField.Kind, _ span: JSONSpan?, name: String) {
        switch kind {
        case .group(let group):
            guard let span, span.isObject else { return }
            for field in group.fields {
                fill(field.kind, Self.member(field.key, of: span, in: group)?.value, name: name + "." + field.key)
            }
        case .rows(let group):
            guard let items = span?.items else { return }
            rowCounts[name] = items.count
            for (index, item) in items.enumerated() {
                fill(.group(group), item, name: "\(name).\(index)")
            }
        default:
            values[name] = span?.text(separator: Self.separator(kind)) ?? ""
        }
    }

    static func member(_ key: String, of object: JSONSpan, in group: DataGroup) -> JSONMemberSpan? {
        object.members.first { group.schema.canonicalKey($0.key) == key }
    }

    static func separator(_ kind: DataField.Kind) -> String {
        if case .lines = kind { return "\n" }
        return "、"
    }

    /// How many rows to show for a table: the file's, then the new ones typed so far.
    public func rowCount(_ name: String) -> Int {
        max(rowCounts[name] ?? 0, (lastRowTyped(name) ?? -1) + 1)
    }

    /// More rows than any office's list has: a posted row number beyond it is ignored,
    /// so that `d.99999999.note` cannot make the page or the save walk that far.
    public static let maxRows = 10_000

    /// The highest row index of table `name` with a value typed.
    private func lastRowTyped(_ name: String) -> Int? {
        let prefix = name + "."
        return values.compactMap { key, value -> Int? in
            guard key.hasPrefix(prefix), !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return Int(key.dropFirst(prefix.count).prefix { $0 != "." }).flatMap { $0 < Self.maxRows ? $0 : nil }
        }.max()
    }

    // MARK: - writing

    /// The file's text with the form's changes: `original` itself when nothing changed.
    public func text(original: String, file: DataFile) -> String {
        edited(original: original, file: file).text
    }

    /// The text, and for each table the form's row index of each row of the new text
    /// (to place a problem of a row at the row the person typed).
    func edited(original: String, file: DataFile) -> (text: String, rows: [String: [Int]], count: DataChangeCount) {
        guard let root = JSONSpan.parse(original) else { return (original, [:], DataChangeCount()) }
        var writer = Writer(form: self, editor: JSONTextEditor(original), rowsOnOneLine: file.rowsOnOneLine)
        writer.collect(file.root.kind, root, name: "d")
        let text = writer.editor.result
        return (text == original ? original : text, writer.rows, writer.count)
    }

    fileprivate static func items(_ text: String, _ kind: DataField.Kind) -> [String] {
        if case .lines = kind {
            return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return Scaffold.splitNames(text)
    }

    fileprivate static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The JSON a typed value is written as: a number or true/false where the field
    /// takes one and the text is one; otherwise text, which the check then reports.
    fileprivate static func value(_ text: String, _ kind: DataField.Kind) -> JSONValue {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .list, .lines: return .array(items(trimmed, kind).map { .string($0) })
        case .number where trimmed.wholeMatch(of: /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/) != nil: return .literal(trimmed)
        case .bool where trimmed == "true" || trimmed == "false": return .literal(trimmed)
        default: return .string(trimmed)
        }
    }
}

/// What a save changed, for its commit message.
struct DataChangeCount: Sendable, Equatable {
    var values = 0
    var addedRows = 0
    var removedRows = 0
}

/// Walks the file's values beside the form's and records the edits.
private struct Writer {
    let form: DataForm
    var editor: JSONTextEditor
    let rowsOnOneLine: Bool
    var rows: [String: [Int]] = [:]
    var count = DataChangeCount()

    mutating func collect(_ kind: DataField.Kind, _ span: JSONSpan, name: String) {
        switch kind {
        case .group(let group): collectGroup(group, span, name: name)
        case .rows(let group): collectRows(group, span, name: name)
        default: break
        }
    }

    /// An object: each field's value compared with the file's, replaced, taken out
    /// (emptied) or added (new).
    private mutating func collectGroup(_ group: DataGroup, _ span: JSONSpan, name: String) {
        guard span.isObject else { return }
        var removed = Set<Int>()
        var added: [(key: String?, value: JSONValue)] = []
        let members = span.members
        for field in group.fields {
            let child = name + "." + field.key
            guard let index = members.firstIndex(where: { group.schema.canonicalKey($0.key) == field.key }) else {
                if let value = newValue(field.kind, name: child) {
                    added.append((field.key, value))
                    count.values += 1
                }
                continue
            }
            let old = members[index].value
            guard field.isValue else {
                collect(field.kind, old, name: child)
                continue
            }
            // A value the form did not post, or one it cannot show (an object where
            // text belongs), is left as it is.
            guard let typed = form.values[child], let shown = old.text(separator: DataForm.separator(field.kind)) else { continue }
            if unchanged(typed, shown: shown, old: old, field.kind) { continue }
            count.values += 1
            if DataForm.isBlank(typed) {
                removed.insert(index)
            } else {
                editor.replace(old, with: DataForm.value(typed, field.kind))
            }
        }
        if !removed.isEmpty || !added.isEmpty {
            editor.change(span, children: members.map { $0.keyStart..<$0.value.end }, removed: removed, added: added, itemsOnOneLine: false)
        }
    }

    /// A list of objects: rows ticked taken out, the others compared field by field,
    /// rows typed after the file's added.
    private mutating func collectRows(_ group: DataGroup, _ span: JSONSpan, name: String) {
        guard let items = span.items else { return }
        var removed = Set<Int>()
        var order: [Int] = []
        for (index, item) in items.enumerated() {
            if form.removed.contains("\(name).\(index)") {
                removed.insert(index)
                count.removedRows += 1
                continue
            }
            order.append(index)
            collectGroup(group, item, name: "\(name).\(index)")
        }
        // New rows spell their keys as the last row does (联系人 or contactor).
        let spelling = Dictionary(items.last?.members.compactMap { member in group.schema.canonicalKey(member.key).map { ($0, member.key) } } ?? [], uniquingKeysWith: { first, _ in first })
        let new = newRows(group, name: name, from: items.count)
        order += new.map(\.index)
        count.addedRows += new.count
        let added = new.map { row -> (key: String?, value: JSONValue) in
            guard case .object(let pairs) = row.value else { return (nil, row.value) }
            return (nil, .object(pairs.map { JSONPair(key: spelling[$0.key] ?? $0.key, value: $0.value) }))
        }
        rows[name] = order
        if !removed.isEmpty || !added.isEmpty {
            editor.change(span, children: items.map { $0.start..<$0.end }, removed: removed, added: added, itemsOnOneLine: rowsOnOneLine)
        }
    }

    private func unchanged(_ typed: String, shown: String, old: JSONSpan, _ kind: DataField.Kind) -> Bool {
        switch kind {
        case .list, .lines:
            return DataForm.items(typed, kind) == (old.listItems ?? [])
        default:
            return typed == shown || typed.trimmingCharacters(in: .whitespacesAndNewlines) == shown.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// A value the file does not have yet, from what was typed (nil: nothing typed).
    private func newValue(_ kind: DataField.Kind, name: String) -> JSONValue? {
        switch kind {
        case .group(let group):
            let pairs = group.fields.compactMap { field in newValue(field.kind, name: name + "." + field.key).map { JSONPair(key: field.key, value: $0) } }
            return pairs.isEmpty ? nil : .object(pairs)
        case .rows(let group):
            let rows = newRows(group, name: name, from: 0).map(\.value)
            return rows.isEmpty ? nil : .array(rows)
        default:
            guard let typed = form.values[name], !DataForm.isBlank(typed) else { return nil }
            return DataForm.value(typed, kind)
        }
    }

    /// The rows typed after the file's `from` rows, with their form index; empty ones
    /// (the blank row every table ends with) and ticked ones left out.
    private func newRows(_ group: DataGroup, name: String, from start: Int) -> [(index: Int, value: JSONValue)] {
        let last = form.rowCount(name)
        guard last > start else { return [] }
        return (start..<last).compactMap { index in
            let row = "\(name).\(index)"
            guard !form.removed.contains(row), let value = newValue(.group(group), name: row) else { return nil }
            return (index, value)
        }
    }
}
