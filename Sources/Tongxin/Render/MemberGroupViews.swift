/// The member list narrowed by one dimension — 党派, 界别, 专委会, 窗口 — one pre-built page
/// per value, so that a narrowed list has its own address and works without JavaScript
/// (with it, the filter bar of the full list does the same in place).
enum MemberGroupViews {
    /// A dimension of the member list: its route segment, its label, and each member's value.
    struct Dimension: Sendable {
        let slug: String
        let units: @Sendable (Organization) -> [OrgUnit]
        let value: @Sendable (ResolvedMember) -> String?

        /// Its name on the page (theme.json's group.<slug>).
        func label(_ text: ThemeText) -> String { text("group." + slug) }
    }

    static let dimensions: [Dimension] = [
        Dimension(slug: "party", units: \.parties, value: \.partyID),
        Dimension(slug: "sector", units: \.sectors, value: \.sectorID),
        Dimension(slug: "committee", units: \.committees, value: \.committeeID),
        Dimension(slug: "window", units: \.windows, value: \.windowID),
    ]

    /// Each dimension with the units that have members, for the links on the full list.
    static func groups(_ members: [ResolvedMember], organization: Organization) -> [(Dimension, [(unit: OrgUnit, members: [ResolvedMember])])] {
        dimensions.map { dimension in
            let byUnit = Dictionary(grouping: members) { dimension.value($0) ?? "" }
            return (dimension, dimension.units(organization).compactMap { unit in byUnit[unit.id].map { (unit, $0) } })
        }.filter { !$0.1.isEmpty }
    }

    static func links(_ groups: [(Dimension, [(unit: OrgUnit, members: [ResolvedMember])])], text: ThemeText) -> [GroupLinkValues] {
        groups.map { dimension, units in
            GroupLinkValues(label: dimension.label(text), units: units.map {
                GroupLinkValues.UnitLinkValues(name: $0.unit.displayName, count: $0.members.count, href: Routes.memberGroup(dimension.slug, $0.unit.id))
            })
        }
    }

    /// `members`: in list order; `inputs`: the full list's (any member file can move a
    /// member into or out of a group).
    static func pages(_ members: [ResolvedMember], groups: [(Dimension, [(unit: OrgUnit, members: [ResolvedMember])])], context: RenderContext, inputs: PageInputs.Key) -> [PageSpec] {
        let labels = context.labels
        return groups.flatMap { dimension, units in
            units.map { unit, members in
                let route = Routes.memberGroup(dimension.slug, unit.id)
                return PageSpec(route: route, template: "members-index", title: labels.text("members.of", ["name": unit.name]), section: "members",
                                breadcrumbs: [Crumb(title: labels.text("members"), route: Routes.members), Crumb(title: unit.name, route: route)],
                                inputs: inputs, model: {
                    MembersIndexValues(count: members.count,
                                       narrowed: labels.text("members.narrowed", ["group": dimension.label(labels.text), "name": unit.name]),
                                       members: members.map(context.memberRow),
                                       groups: links(groups, text: labels.text),
                                       hasWindows: groups.contains { $0.0.slug == "window" })
                })
            }
        }
    }
}
