/// Display names for ids, built once per build.
struct Labels: Sendable {
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

    /// 政协身份及职务 as the 记录单 asks for it: party, sector, roles.
    func identity(_ member: ResolvedMember) -> String {
        var parts: [String] = []
        let party = party(member.partyID)
        if !party.isEmpty { parts.append(party) }
        let sector = sector(member.sectorID)
        if !sector.isEmpty { parts.append(sector + "委员") }
        parts.append(contentsOf: member.roles.map(\.label))
        return parts.joined(separator: "，")
    }

    func unitAndPosition(_ member: ResolvedMember) -> String {
        [member.member.unit, member.member.position].compactMap { $0 }.joined(separator: " ")
    }
}
