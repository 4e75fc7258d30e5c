/// One drill-down page per committee and window: its members, its pairs with this
/// year's counts, and its contacts by month.
enum UnitViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let org = context.site.organization
        let units = org.committees.map { ($0, true) } + org.windows.map { ($0, false) }
        let pairsByContactee = Dictionary(grouping: context.sortedPairs, by: \.pair.contacteeID)
        // A committee page links a report for each half-year with contacts.
        let halves = context.work.reportPeriods().filter { $0.half != nil }.map(\.slug).joined(separator: ",")
        return parallelMap(units) { unit, isCommittee in
            let activity = self.activity(unit, isCommittee: isCommittee, context)
            return PageSpec(route: Routes.unit(unit.id), template: "unit", title: unit.name, section: "assignments",
                            breadcrumbs: [Crumb(title: context.text("assignments"), route: Routes.assignments), Crumb(title: unit.name, route: Routes.unit(unit.id))],
                            inputs: inputs(activity, pairsByContactee: pairsByContactee, contacts: context.contacts, versions: context.versions),
                            variant: isCommittee ? halves : "", model: {
                detail(unit, isCommittee: isCommittee, pairsByContactee: pairsByContactee, context)
            })
        }
    }

    private static func activity(_ unit: OrgUnit, isCommittee: Bool, _ context: RenderContext) -> UnitActivity.Unit {
        (isCommittee ? context.work.units.committees[unit.id] : context.work.units.windows[unit.id]) ?? UnitActivity.Unit()
    }

    /// What a unit page shows: its members and the 党组成员 who look after it (names and
    /// fields), its contacts of the year by the contactee's unit on the day (the records
    /// behind them), and its members' pairs with their counts (every record naming the
    /// contactee, and the contactors' names). Assignments and the organisation are shared
    /// inputs; the year's report periods are the variant.
    private static func inputs(_ activity: UnitActivity.Unit, pairsByContactee: [String: [FrequencyReport.PairCount]], contacts: ContactIndex, versions: InputVersions) -> PageInputs.Key {
        var inputs = PageInputs(versions)
        inputs.add(members: activity.memberIDs + activity.leaderIDs.sorted())
        inputs.add(records: activity.records)
        for id in activity.memberIDs {
            inputs.add(records: contacts.records(involving: id))
            inputs.add(members: (pairsByContactee[id] ?? []).map(\.pair.contactorID))
        }
        return inputs.key
    }

    private static func detail(_ unit: OrgUnit, isCommittee: Bool, pairsByContactee: [String: [FrequencyReport.PairCount]], _ context: RenderContext) -> UnitValues {
        let activity = activity(unit, isCommittee: isCommittee, context)
        let members = MemberOrder.sorted(activity.memberIDs.compactMap { context.site.member($0) })
        let pairs = members.flatMap { pairsByContactee[$0.id] ?? [] }
        let months = activity.contactsByMonth.enumerated().map { ChartBar(label: context.text("month.short", ["month": String($0.offset + 1)]), value: Double($0.element)) }
        let reports = isCommittee ? context.work.reportPeriods().filter { $0.half != nil }.map { period in
            LabelLinkValues(label: period.label, href: Routes.committeeReport(period, unit.id))
        } : []
        return UnitValues(
            kindLabel: context.text(isCommittee ? "unit.committee" : "unit.window"),
            members: members.map { MemberRowValues($0, labels: context.labels) },
            memberCount: members.count,
            nonPartyCount: members.filter { !$0.isPartyMember }.count,
            leaders: RankOrder.sorted(activity.leaderIDs.compactMap { context.site.member($0) }).map { context.memberLink($0.id) },
            pairs: pairs.map(context.pairRow),
            contactCount: activity.contacts,
            year: context.asOf.year,
            chart: BarChart.columns(title: context.text("chart.unit", ["unit": unit.name]), summary: context.text("chart.unit.summary", ["year": String(context.asOf.year)]), bars: months,
                                    unit: context.text("chart.times"), style: context.text.chart),
            reports: reports)
    }
}
