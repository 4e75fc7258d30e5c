/// One drill-down page per committee and window: its members, its pairs with this
/// year's counts, and its contacts by month.
enum UnitViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let org = context.site.organization
        let units = org.committees.map { ($0, true) } + org.windows.map { ($0, false) }
        return units.map { unit, isCommittee in
            PageSpec(route: Routes.unit(unit.id), template: "unit", title: unit.name, section: "assignments",
                     breadcrumbs: [Crumb(title: "联系分工", route: Routes.assignments), Crumb(title: unit.name, route: Routes.unit(unit.id))]) {
                detail(unit, isCommittee: isCommittee, context)
            }
        }
    }

    private static func detail(_ unit: OrgUnit, isCommittee: Bool, _ context: RenderContext) -> [String: Any] {
        let members = MemberOrder.sorted(context.site.members.filter { (isCommittee ? $0.committeeID : $0.windowID) == unit.id })
        let memberIDs = Set(members.map(\.id))
        let pairs = AssignmentViews.sortedPairs(context).filter { memberIDs.contains($0.pair.contacteeID) }
        let contacts = context.work.log.contacts(in: context.work.year).filter { contact in
            let member = context.site.member(contact.contacteeID)
            return (isCommittee ? member?.committee(on: contact.date) : member?.window(on: contact.date)) == unit.id
        }
        let months = (1...12).map { month in
            ChartBar(label: "\(month)月", value: Double(contacts.filter { $0.date.month == month }.count))
        }
        let leaders = context.work.table.unitLinks.filter { link in
            switch link.target {
            case .window(let id): return id == unit.id
            case .branch(let id): return context.site.organization.branches.first { $0.id == id }?.parent?.value == unit.id
            case .member: return false
            }
        }.map(\.contactorID)
        let reports = isCommittee ? context.work.reportPeriods().filter { $0.half != nil }.map { period in
            ["label": period.label, "href": Routes.committeeReport(period, unit.id)]
        } : []
        return [
            "kindLabel": isCommittee ? "专门委员会" : "委员同心汇窗口",
            "members": members.map { MemberViews.row($0, labels: context.labels) },
            "memberCount": members.count,
            "nonPartyCount": members.filter { !$0.isPartyMember }.count,
            "leaders": Array(Set(leaders)).sorted().map(context.memberLink),
            "pairs": pairs.map(context.pairRow),
            "contactCount": contacts.count,
            "year": context.asOf.year,
            "chart": BarChart.columns(title: "\(unit.name)每月联系次数", summary: "\(context.asOf.year)年各月联系本单位委员的次数。", bars: months, unit: "次"),
            "reports": reports,
        ]
    }
}

/// The 意见建议 register: counts by route and status, then every suggestion.
enum SuggestionViews {
    static func page(_ context: RenderContext) -> PageSpec {
        PageSpec(route: Routes.suggestions, template: "suggestions", title: "意见建议", section: "suggestions",
                 breadcrumbs: [Crumb(title: "意见建议", route: Routes.suggestions)]) {
            let register = context.work.suggestions
            return [
                "year": context.asOf.year,
                "statuses": Suggestion.statuses.map { ["name": $0] },
                "counts": register.counts().map { ["route": $0.route, "values": $0.byStatus.map { ["value": $0] }] as [String: Any] },
                "pending": register.pending.sorted { ($0.pendingDays ?? 0) > ($1.pendingDays ?? 0) }.map { row($0, context) },
                "entries": register.entries.reversed().map { row($0, context) },
            ]
        }
    }

    static func row(_ entry: SuggestionRegister.Entry, _ context: RenderContext) -> [String: Any] {
        let record = context.site.records[entry.record]
        return [
            "text": entry.suggestion.text,
            "route": entry.route,
            "status": entry.status,
            "date": entry.date.chinese,
            "age": entry.pendingDays.map { "\($0) 天" } ?? "",
            "feedback": View.date(entry.suggestion.feedback?.value),
            "record": RecordViews.row(record, site: context.site),
        ]
    }
}
