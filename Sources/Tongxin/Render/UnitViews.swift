/// One drill-down page per committee and window: its members, its pairs with this
/// year's counts, and its contacts by month.
enum UnitViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let org = context.site.organization
        let units = org.committees.map { ($0, true) } + org.windows.map { ($0, false) }
        let pairsByContactee = Dictionary(grouping: AssignmentViews.sortedPairs(context), by: \.pair.contacteeID)
        return units.map { unit, isCommittee in
            PageSpec(route: Routes.unit(unit.id), template: "unit", title: unit.name, section: "assignments",
                     breadcrumbs: [Crumb(title: "联系分工", route: Routes.assignments), Crumb(title: unit.name, route: Routes.unit(unit.id))]) {
                detail(unit, isCommittee: isCommittee, pairsByContactee: pairsByContactee, context)
            }
        }
    }

    private static func detail(_ unit: OrgUnit, isCommittee: Bool, pairsByContactee: [String: [FrequencyReport.PairCount]], _ context: RenderContext) -> [String: Any] {
        let activity = (isCommittee ? context.work.units.committees[unit.id] : context.work.units.windows[unit.id]) ?? UnitActivity.Unit()
        let members = MemberOrder.sorted(activity.memberIDs.compactMap { context.site.member($0) })
        let pairs = members.flatMap { pairsByContactee[$0.id] ?? [] }
        let months = activity.contactsByMonth.enumerated().map { ChartBar(label: "\($0.offset + 1)月", value: Double($0.element)) }
        let reports = isCommittee ? context.work.reportPeriods().filter { $0.half != nil }.map { period in
            ["label": period.label, "href": Routes.committeeReport(period, unit.id)]
        } : []
        return [
            "kindLabel": isCommittee ? "专门委员会" : "委员同心汇窗口",
            "members": members.map { MemberViews.row($0, labels: context.labels) },
            "memberCount": members.count,
            "nonPartyCount": members.filter { !$0.isPartyMember }.count,
            "leaders": activity.leaderIDs.sorted().map(context.memberLink),
            "pairs": pairs.map(context.pairRow),
            "contactCount": activity.contacts,
            "year": context.asOf.year,
            "chart": BarChart.columns(title: "\(unit.name)每月联系次数", summary: "\(context.asOf.year)年各月联系本单位委员的次数。", bars: months, unit: "次"),
            "reports": reports,
        ]
    }
}
