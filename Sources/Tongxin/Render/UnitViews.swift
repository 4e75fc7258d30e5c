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
        // Drawn from the analysis: keyed by what they show (RenderContext.analysisInputs),
        // their values made again only when what they are made from changed.
        return units.map { unit, isCommittee in
            var inputs = context.analysisInputs
            if let made = madeFrom(activity(unit, isCommittee: isCommittee, context), pairsByContactee: pairsByContactee, halves: halves, context) {
                inputs.versions = made
            }
            return PageSpec(route: Routes.unit(unit.id), template: "unit", title: unit.name, section: "assignments",
                     breadcrumbs: [Crumb(title: context.text("assignments"), route: Routes.assignments), Crumb(title: unit.name, route: Routes.unit(unit.id))],
                     inputs: inputs, variant: isCommittee ? halves : "", model: {
                detail(unit, isCommittee: isCommittee, pairsByContactee: pairsByContactee, halfYears: halfYears, context)
            })
        }
    }

    /// What a unit's page is made from (`detail`), as one number: its members' files, the
    /// rows of their pairs as shown, its leaders' files, its contacts by month and its
    /// half-years. The page, its title and the day are in the key besides. A saved record
    /// changes this for the units of the people it names at most: the other pages' values
    /// are not made again (forty units' values were a tenth of a preview save's CPU).
    /// nil when a row cannot be digested: then the analysis' version stands for it.
    private static func madeFrom(_ activity: UnitActivity.Unit, pairsByContactee: [String: [Int]], halves: String, _ context: RenderContext) -> Int? {
        var hasher = StableHasher()
        hasher.combine(halves)
        for month in activity.contactsByMonth { hasher.combine(month) }
        for id in activity.memberIDs {
            hasher.combine(id)
            hasher.combine(context.versions.member(id))
            guard context.combinePairRows(pairsByContactee[id] ?? [], into: &hasher) else { return nil }
        }
        hasher.combine(-1)
        for id in activity.leaderIDs.sorted() {
            hasher.combine(id)
            hasher.combine(context.versions.member(id))
        }
        return hasher.finalize()
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
