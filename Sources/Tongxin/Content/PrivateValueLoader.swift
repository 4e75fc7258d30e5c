import Foundation

/// The public build reads the internal files only here, only to know what it must
/// refuse to publish (PrivateValues); nothing read here reaches the site it builds.
enum PrivateValueLoader {
    static func load(records: [String], root: URL, limits: Limits, members: [Member], rules: [Rule], diagnostics: inout Diagnostics) -> PrivateValues {
        var candidates: [PrivateValue] = []
        for member in members {
            let fields = member.private
            candidates += [fields.phone, fields.address, fields.notes].compactMap { $0 }.map { PrivateValues.memberField($0, member: member.file) }
        }
        let fromRecords: [([PrivateValue], Diagnostics)] = parallelMap(records) { path in
            var problems = Diagnostics()
            guard let file = MarkdownFile.load(path, root: root, limits: limits, schema: Schemas.record, diagnostics: &problems) else {
                return ([], unreadable(path, problems))
            }
            return (PrivateValues.strings(in: file.reader.node, kind: .record) + PrivateValues.sentences(of: file.body), Diagnostics())
        }
        for (values, problems) in fromRecords {
            candidates += values
            diagnostics.append(contentsOf: problems)
        }
        for relative in ["data/assignments.json", "data/events.json"] {
            guard let node = json(relative, root: root, limit: limits.dataBytes, diagnostics: &diagnostics) else { continue }
            candidates += PrivateValues.strings(in: node, kind: .data)
        }
        return PrivateValues(candidates, vocabulary: vocabulary(root: root, limits: limits, members: members, rules: rules))
    }

    /// What the public site may say anyway: the settings and organisation, the
    /// members' public fields, the rules.
    private static func vocabulary(root: URL, limits: Limits, members: [Member], rules: [Rule]) -> [String] {
        var ignored = Diagnostics()
        var words: [String] = []
        for relative in ["site.json", "data/organization.json"] {
            if let node = json(relative, root: root, limit: limits.dataBytes, diagnostics: &ignored) {
                words += PrivateValues.strings(in: node, kind: .data).map(\.text)
            }
        }
        for member in members {
            words += [member.id, member.name.value, member.unit, member.position, member.term, member.party?.value, member.sector?.value,
                      member.committee?.value, member.window?.value].compactMap { $0 }
        }
        for rule in rules { words += [rule.title.value, rule.body.text] }
        return words
    }

    /// A file the public build cannot read is one whose text it cannot keep out.
    private static func unreadable(_ path: String, _ problems: Diagnostics) -> Diagnostics {
        var diagnostics = Diagnostics()
        let location = problems.items.first?.location ?? SourceLocation(file: path)
        diagnostics.error(location, L("leak.unreadableInternal", path))
        return diagnostics
    }

    private static func json(_ relative: String, root: URL, limit: Int, diagnostics: inout Diagnostics) -> DataNode? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else { return nil }
        guard case .success(let text) = ContentReader.read(relative, root: root, limit: limit, limitName: "data_bytes") else {
            diagnostics.error(SourceLocation(file: relative), L("leak.unreadableInternal", relative))
            return nil
        }
        let parsed = StrictJSON.parse(text, file: relative)
        if parsed.diagnostics.hasErrors { diagnostics.error(parsed.diagnostics.items.first!.location, L("leak.unreadableInternal", relative)) }
        return parsed.root
    }
}
