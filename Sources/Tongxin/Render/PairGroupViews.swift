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
        context.pairGroups.flatMap { dimension, units in
            units.map { unit, pairs in
                let route = Routes.pairGroup(dimension.slug, unit.id), label = context.text("pairs.narrowed", ["group": dimension.label(context.text), "name": unit.name])
                return PageSpec(route: route, template: "pairs", title: context.text("pairs.of", ["name": unit.name]), section: "assignments",
                                breadcrumbs: [crumb, Crumb(title: context.text("pairs"), route: Routes.pairs), Crumb(title: unit.name, route: route)], inputs: context.analysisInputs, model: {
                    let rows = context.pairRows
                    return AssignmentViews.pairsValues(context.work, context, rows: pairs.map { rows[$0] }, narrowed: label)
                })
            }
        }
    }
}
