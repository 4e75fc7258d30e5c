/// Display names for ids, built once per build. A class, like ThemeText: thousands of
/// page closures hold it.
final class Labels: Sendable {
    private let parties: [String: OrgUnit]
    private let sectors: [String: OrgUnit]
    private let committees: [String: OrgUnit]
    private let windows: [String: OrgUnit]
    private let branches: [String: OrgUnit]

    /// The theme's words (theme.json), for the views.
    let text: ThemeText

    init(_ organization: Organization, text: ThemeText) {
        self.text = text
        func index(_ units: [OrgUnit]) -> [String: OrgUnit] {
            Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        parties = index(organization.parties)
        sectors = index(organization.sectors)
        committees = index(organization.committees)
        windows = index(organization.windows)
        branches = index(organization.branches)
    }

    func party(_ id: String?) -> String { id.flatMap { parties[$0]?.displayName } ?? "" }
    func partyFull(_ id: String?) -> String { id.flatMap { parties[$0]?.name } ?? "" }
    func sector(_ id: String?) -> String { id.flatMap { sectors[$0]?.name } ?? "" }
    func committee(_ id: String?) -> String { id.flatMap { committees[$0]?.name } ?? "" }
    func window(_ id: String?) -> String { id.flatMap { windows[$0]?.name } ?? "" }
    func branch(_ id: String?) -> String { id.flatMap { branches[$0]?.name } ?? "" }

    func sectorShort(_ id: String?) -> String { id.flatMap { sectors[$0]?.displayName } ?? "" }
    func committeeShort(_ id: String?) -> String { id.flatMap { committees[$0]?.displayName } ?? "" }

    /// "委员同心汇·提案委窗口" reads as "提案委窗口" in a chart.
    func windowShort(_ id: String?) -> String {
        guard let unit = id.flatMap({ windows[$0] }) else { return "" }
        if let short = unit.short { return short }
        return unit.name.split(separator: "·").last.map(String.init) ?? unit.name
    }

    func organizer(_ id: String?) -> String {
        guard let id else { return "" }
        return windows[id]?.name ?? committees[id]?.name ?? branches[id]?.name ?? id
    }

    /// 政协身份 as the 记录单 asks for it: 党派, 界别, 届次 and 常委 or 委员, then the
    /// member's other offices ("民建，经济界，第十届常委，经济委副主任"). An office the
    /// member's 职务 already names is left out (`position` follows it on the form).
    func identity(_ member: ResolvedMember) -> String {
        var parts = partyAndSector(member)
        parts.append((member.member.term ?? "") + (member.roles.contains(.standing) ? "常委" : "委员"))
        let position = member.member.position ?? ""
        for role in member.roles where role != .standing {
            let label = role == .viceChair && !committeeShort(member.committeeID).isEmpty ? committeeShort(member.committeeID) + "副主任" : role.label
            if !position.contains(label) { parts.append(label) }
        }
        return parts.joined(separator: "，")
    }

    /// 党派 and 界别, the 界别 left out where it only repeats the party (中共 members of
    /// the 中共 界别 read "中共", not "中共，中共").
    func partyAndSector(_ member: ResolvedMember) -> [String] {
        let party = member.partyID.flatMap { parties[$0] }, sector = member.sectorID.flatMap { sectors[$0] }
        var parts: [String] = []
        if let party { parts.append(party.displayName) }
        if let sector, !Labels.names(sector).contains(where: { name in party.map { Labels.names($0).contains(name) } ?? false }) {
            parts.append(sector.name)
        }
        return parts
    }

    private static func names(_ unit: OrgUnit) -> [String] {
        [unit.name, unit.short].compactMap { $0 }
    }

    func unitAndPosition(_ member: ResolvedMember) -> String {
        [member.member.unit, member.member.position].compactMap { $0 }.joined(separator: " ")
    }
}
