/// One drill-down page per committee and window: its members, its pairs with this
/// year's counts, and its contacts by month.
enum UnitViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let org = context.site.organization
        let units = org.committees.map { ($0, true) } + org.windows.map { ($0, false) }
        // By their place in the year's rows: a unit's page shows the rows the pairs table
        // made (RenderContext.pairRows), whose digests are worked out once.
        let sorted = context.sortedPairs
        let pairsByContactee = Dictionary(grouping: sorted.indices, by: { sorted[$0].pair.contacteeID })
        // A committee page links a report for each half-year with contacts.
        let halfYears = context.work.reportPeriods().filter { $0.half != nil }
        let halves = halfYears.map(\.slug).joined(separator: ",")
        // Drawn from the analysis: keyed by what they show (RenderContext.analysisInputs).
        return units.map { unit, isCommittee in
            PageSpec(route: Routes.unit(unit.id), template: "unit", title: unit.name, section: "assignments",
                     breadcrumbs: [Crumb(title: context.text("assignments"), route: Routes.assignments), Crumb(title: unit.name, route: Routes.unit(unit.id))],
                     inputs: context.analysisInputs, variant: isCommittee ? halves : "", model: {
                detail(unit, isCommittee: isCommittee, pairsByContactee: pairsByContactee, halfYears: halfYears, context)
            })
        }
    }

    private static func activity(_ unit: OrgUnit, isCommittee: Bool, _ context: RenderContext) -> UnitActivity.Unit {
        (isCommittee ? context.work.units.committees[unit.id] : context.work.units.windows[unit.id]) ?? UnitActivity.Unit()
    }

    private static func detail(_ unit: OrgUnit, isCommittee: Bool, pairsByContactee: [String: [Int]], halfYears: [Period], _ context: RenderContext) -> UnitValues {
        let activity = activity(unit, isCommittee: isCommittee, context)
        let members = MemberOrder.sorted(activity.memberIDs.compactMap { context.site.member($0) })
        let rows = context.pairRows
        let pairs = members.flatMap { pairsByContactee[$0.id] ?? [] }.map { rows[$0] }
        let months = activity.contactsByMonth.enumerated().map { ChartBar(label: context.text("month.short", ["month": String($0.offset + 1)]), value: Double($0.element)) }
        let reports = isCommittee ? halfYears.map { period in
            LabelLinkValues(label: period.label, href: Routes.committeeReport(period, unit.id))
        } : []
        return UnitValues(
            kindLabel: context.text(isCommittee ? "unit.committee" : "unit.window"),
            members: members.map(context.memberRow),
            memberCount: members.count,
            nonPartyCount: members.count(where: { !$0.isPartyMember }),
            leaders: RankOrder.sorted(activity.leaderIDs.compactMap { context.site.member($0) }).map { context.memberLink($0.id) },
            pairs: pairs,
            contactCount: activity.contacts,
            year: context.asOf.year,
            chart: BarChart.columns(title: context.text("chart.unit", ["unit": unit.name]), summary: context.text("chart.unit.summary", ["year": String(context.asOf.year)]), bars: months,
                                    unit: context.text("chart.times"), style: context.text.chart),
            reports: reports)
    }
}
