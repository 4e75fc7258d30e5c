/// This year's pairs narrowed by the contactee's 党派 or 界别, a pre-built page per value
/// (by 专委会 and 窗口 they are the unit pages), so each narrowed table has an address
/// and works without JavaScript.
enum PairGroupViews {
    static let dimensions = MemberGroupViews.dimensions.filter { $0.slug == "party" || $0.slug == "sector" }

    /// A dimension with the units whose members are contactees of pairs, each with its
    /// pairs by their place in `pairs` (RenderContext.pairRows has their rows).
    typealias Group = (dimension: MemberGroupViews.Dimension, units: [(unit: OrgUnit, pairs: [Int])])

    /// Each dimension with the units whose members are contactees of `pairs` (in their
    /// order), in the organisation's order; made once a build (RenderContext.pairGroups).
    static func groups(_ pairs: [FrequencyReport.PairCount], site: CheckedSite) -> [Group] {
        dimensions.map { dimension in
            let byUnit = Dictionary(grouping: pairs.indices) { index in site.member(pairs[index].pair.contacteeID).flatMap(dimension.value) ?? "" }
            return (dimension, dimension.units(site.organization).compactMap { unit in byUnit[unit.id].map { (unit, $0) } })
        }.filter { !$0.units.isEmpty }
    }

    static func links(_ context: RenderContext) -> [GroupLinkValues] {
        context.pairGroups.map { dimension, units in
            GroupLinkValues(label: dimension.label(context.text), units: units.map {
                GroupLinkValues.UnitLinkValues(name: $0.unit.displayName, count: $0.pairs.count, href: Routes.pairGroup(dimension.slug, $0.unit.id))
            })
        }
    }

    static func pages(_ context: RenderContext, crumb: Crumb) -> [PageSpec] {
        let around = aroundRows(context)
        return context.pairGroups.flatMap { dimension, units in
            units.map { unit, pairs in
                let route = Routes.pairGroup(dimension.slug, unit.id), label = context.text("pairs.narrowed", ["group": dimension.label(context.text), "name": unit.name])
                // Keyed by what they show; their values made again only when their rows or
                // what every narrowed table shows besides them changed.
                var inputs = context.analysisInputs
                if let around, let made = madeFrom(pairs, around: around, context) { inputs.versions = made }
                return PageSpec(route: route, template: "pairs", title: context.text("pairs.of", ["name": unit.name]), section: "assignments",
                                breadcrumbs: [crumb, Crumb(title: context.text("pairs"), route: Routes.pairs), Crumb(title: unit.name, route: route)], inputs: inputs, model: {
                    let rows = context.pairRows
                    return AssignmentViews.pairsValues(context.work, context, rows: pairs.map { rows[$0] }, narrowed: label)
                })
            }
        }
    }

    /// What a narrowed pairs table (AssignmentViews.pairsValues) shows besides its rows,
    /// as one number: the contacts outside the assignments (their records' front matter
    /// and everyone they name), the counts of the group links and of each status, and
    /// the years of the year switch. nil when a pair row cannot be digested.
    private static func aroundRows(_ context: RenderContext) -> Int? {
        var hasher = StableHasher()
        for year in context.work.years { hasher.combine(year) }
        hasher.combine(-1)
        for contact in context.work.outside.contacts {
            hasher.combine(contact.contactorID)
            hasher.combine(contact.contacteeID)
            hasher.combine(contact.date)
            hasher.combine(context.versions.member(contact.contactorID))
            hasher.combine(context.versions.member(contact.contacteeID))
            hasher.combine(context.versions.records[contact.record])
        }
        hasher.combine(-2)
        for group in context.pairGroups {
            hasher.combine(group.dimension.slug)
            for unit in group.units {
                hasher.combine(unit.unit.id)
                hasher.combine(unit.pairs.count)
            }
        }
        hasher.combine(-3)
        for status in AssignmentViews.statuses { hasher.combine(context.work.frequency.pairs.count(where: { $0.status == status })) }
        return hasher.finalize()
    }

    /// A narrowed table's rows as shown (each row's digest) with what surrounds them.
    private static func madeFrom(_ pairs: [Int], around: Int, _ context: RenderContext) -> Int? {
        var hasher = StableHasher()
        hasher.combine(around)
        return context.combinePairRows(pairs, into: &hasher) ? hasher.finalize() : nil
    }
}
