/// The front-matter fields of a member file as text, in the order of
/// docs/content-format.md, and the file they make.
struct MemberFields: Equatable, Sendable {
    /// Single-valued fields by their English key.
    var values: [String: String] = [:]
    var roles: [String] = []
    var history: [HistoryEntry] = []

    struct HistoryEntry: Equatable, Sendable {
        var committee: String?
        var window: String?
        var until: String
    }

    static let publicKeys = ["name", "gender", "party", "sector", "committee", "window", "roles", "unit", "position", "term"]
    static let privateKeys = ["phone", "address", "notes"]
    static let textKeys = publicKeys.filter { $0 != "roles" } + privateKeys

    init() {}

    /// The fields of a member already in the content folder.
    init(_ member: Member) {
        let texts: [String: String?] = [
            "name": member.name.value, "gender": member.gender, "party": member.party?.value,
            "sector": member.sector?.value, "committee": member.committee?.value, "window": member.window?.value,
            "unit": member.unit, "position": member.position, "term": member.term,
            "phone": member.private.phone, "address": member.private.address, "notes": member.private.notes,
        ]
        for (key, value) in texts {
            if let value, !value.isEmpty { values[key] = value }
        }
        roles = member.roles.map(\.value)
        history = member.history.map { HistoryEntry(committee: $0.committee?.value, window: $0.window?.value, until: $0.until.value.iso) }
    }

    /// The file: front matter, then the body (the biography) as it was.
    func file(body: String) -> String {
        var lines = ["---"]
        for key in Self.publicKeys {
            if key == "roles" {
                if !roles.isEmpty { lines.append("roles: " + YAMLText.list(roles)) }
            } else if let value = values[key] {
                lines.append("\(key): \(YAMLText.scalar(value))")
            }
        }
        let privateLines = Self.privateKeys.compactMap { key in values[key].map { "\(key): \(YAMLText.scalar($0))" } }
        if !privateLines.isEmpty {
            lines.append("# 以下不公开：只在内部网站显示")
            lines.append(contentsOf: privateLines)
        }
        if !history.isEmpty {
            lines.append("history:")
            for entry in history {
                var first = true
                for (key, value) in [("committee", entry.committee), ("window", entry.window), ("until", entry.until)] {
                    guard let value else { continue }
                    let text = key == "until" ? value : YAMLText.scalar(value)
                    lines.append((first ? "  - " : "    ") + "\(key): \(text)")
                    first = false
                }
            }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body
    }
}
