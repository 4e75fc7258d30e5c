import Foundation

/// Saves a JSON data file's form (assignments, events, organisation, site.json): only
/// 管理; the file's own problems placed at their fields or rows, and the errors the
/// change would cause in other files listed with their places; nothing written unless
/// there is no error; then one commit by the person.
public enum DataSave {
    public static func save(_ form: DataForm, by account: EditAccount, contentFolder: URL) -> SaveOutcome {
        guard account.may(.policy) else { return .refused(EditPermission.policy.refusal) }
        guard let file = DataFiles.file(form.path), ContentPath.checkedFile(file.path, contentFolder: contentFolder) != nil else { return .refused(L("edit.path.refused")) }
        ContentCommit.lock.lock()
        defer { ContentCommit.lock.unlock() }
        let originalData = try? Data(contentsOf: contentFolder.appendingPathComponent(file.path))
        guard let originalData else { return .refused(L("edit.record.cannotOpenDetail", file.path)) }
        guard FileVersion.of(originalData) == form.version else {
            return .stale(current: String(decoding: originalData, as: UTF8.self))
        }
        let original = String(decoding: originalData, as: UTF8.self)
        let (text, rows, count) = form.edited(original: original, file: file)
        if text == original { return .unchanged(path: file.path) }
        let (here, elsewhere) = ProposedFileCheck.problemsHereAndElsewhere(text: text, at: file.path, contentFolder: contentFolder)
        if here.contains(where: { $0.severity == .error }) || !elsewhere.isEmpty {
            let others = elsewhere.map(FieldProblem.located)
            return .invalid(DataProblems.place(here, in: text, file: file, rows: rows) + others)
        }
        do {
            let message = L("edit.commit.data", L(file.titleKey), file.path, count.values, count.addedRows, count.removedRows)
            let commit = try ContentCommit.write(Data(text.utf8), to: file.path, contentFolder: contentFolder, author: account, message: message)
            return .saved(path: file.path, commit: commit)
        } catch {
            return .refused(error.description)
        }
    }
}

/// Places each problem `tongxin check` found in a data file's would-be text at the
/// form's value or row holding its line and column; a missing key is reported at its
/// object, and goes to the field it names.
enum DataProblems {
    private struct Region {
        var name: String
        var range: Range<Int>
        var group: DataGroup?
    }

    static func place(_ diagnostics: [Diagnostic], in text: String, file: DataFile, rows: [String: [Int]]) -> [FieldProblem] {
        var regions: [Region] = []
        if let root = JSONSpan.parse(text) {
            walk(file.root.kind, root, name: "d", rows: rows, into: &regions)
        }
        let bytes = Array(text.utf8)
        return diagnostics.map { diagnostic in
            let offset = Self.offset(of: diagnostic.location, in: bytes)
            let region = regions.filter { $0.range.contains(offset) || $0.range.lowerBound == offset }.min { $0.range.count < $1.range.count }
            var field = region?.name
            if let region, let group = region.group,
               let named = group.fields.first(where: { key in ["“\(key.key)”", "（\(key.key)）", "'\(key.key)'", "(\(key.key))"].contains { diagnostic.message.contains($0) } }) {
                field = region.name + "." + named.key
            }
            return FieldProblem(field: field == "d" ? nil : field, message: diagnostic.message, isError: diagnostic.severity == .error)
        }
    }

    private static func walk(_ kind: DataField.Kind, _ span: JSONSpan, name: String, rows: [String: [Int]], into regions: inout [Region]) {
        switch kind {
        case .group(let group):
            guard span.isObject else { return }
            regions.append(Region(name: name, range: span.start..<span.end, group: group))
            for member in span.members {
                guard let field = group.field(spelled: member.key) else { continue }
                let child = name + "." + field.key
                regions.append(Region(name: child, range: member.keyStart..<member.value.end))
                if !field.isValue { walk(field.kind, member.value, name: child, rows: rows, into: &regions) }
            }
        case .rows(let group):
            guard let items = span.items else { return }
            let order = rows[name] ?? Array(items.indices)
            for (index, item) in items.enumerated() {
                walk(.group(group), item, name: "\(name).\(index < order.count ? order[index] : index)", rows: rows, into: &regions)
            }
        default:
            break
        }
    }

    /// The byte offset of a line and column (columns count characters, as StrictJSON's).
    static func offset(of location: SourceLocation, in bytes: [UInt8]) -> Int {
        var index = 0
        var line = 1
        while line < location.line, index < bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        var column = 1
        while column < location.column, index < bytes.count, bytes[index] != 0x0A {
            index += 1
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
