/// The yearly consolidated report (年度汇总): what the 联络工委 sends the 党组 each year
/// (Jiangmen 第五条) and what Jinhua's 委员工作委 files — the year's figures, each
/// committee's pairs and contacts, each 党组成员's pairs, the suggestions by route and
/// status, and the pairs behind. One printable page per year with records, for both systems.
enum YearSummaryView {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let work = context.work
        return work.years.compactMap { year -> PageSpec? in
            guard let yearWork = year == work.asOf.year ? work : work.pastYears[year] else { return nil }
            let route = Routes.yearSummary(year)
            return PageSpec(route: route, template: "report-year", title: "\(year)年联系工作汇总", section: "reports",
                            breadcrumbs: [Crumb(title: "报告", route: Routes.reports), Crumb(title: "\(year)年汇总", route: route)],
                            inputs: context.analysisInputs) {
                values(yearWork, context)
            }
        }
    }

    private static func values(_ work: ContactWork, _ context: RenderContext) -> [String: Any] {
        let site = context.site, year = work.asOf.year, period = Period(year: year)
        let contacts = CommitteeReport.byCommittee(site, work: work, period: period)
        let groups = CommitteeReport.Committees(site, table: work.table)
        let committees = site.organization.committees.map { committee -> [String: Any] in
            let report = CommitteeReport(site, work: work, committeeID: committee.id, period: period, inCommittee: contacts[committee.id] ?? [],
                                         members: groups.members[committee.id] ?? [], pairs: groups.pairs[committee.id] ?? [])
            return ["name": committee.name, "members": report.memberIDs.count, "pairs": report.pairs.count, "met": report.pairsMet,
                    "contacts": contacts[committee.id]?.count ?? 0, "suggestions": report.suggestions.count]
        }
        let leaders = AssignmentViews.leaders(context)
        let leaderReports = LeaderReport.all(site, work: work, memberIDs: leaders.map(\.id), years: [year])
        let records = Set(work.log.contacts(in: period).map(\.record)).count
        return [
            "year": year,
            "organization": site.settings.organization,
            "note": context.asOf < period.end ? "本年尚未结束，数据截至\(context.asOf.chinese)。" : "",
            "covered": "\(work.coverage.covered)/\(work.coverage.mustCover.count)",
            "contacted": "\(work.due.contactedThisYear)/\(work.coverage.mustCover.count)",
            "done": "\(work.frequency.done)/\(work.frequency.pairs.count)",
            "minimum": work.frequency.minimum,
            "behindCount": work.frequency.behind.count,
            "records": records,
            "contacts": work.log.contacts(in: period).count,
            "suggestionCount": work.suggestions.entries.count,
            "answered": work.suggestions.entries.filter { $0.status == "已反馈" }.count,
            "committees": committees,
            "leaders": leaderReports.map { report -> [String: Any] in
                ["leader": context.memberLink(report.memberID), "pairs": report.pairs.count, "done": report.pairs.filter { $0.status == .done }.count,
                 "records": report.records.count, "href": Routes.partyGroupReport(year, report.memberID)]
            },
            "hasLeaders": !leaderReports.isEmpty,
            "routes": work.suggestions.counts(routes: context.policy.suggestionRoutes).map { ["route": $0.route, "counts": $0.byStatus.map { ["count": $0] }] as [String: Any] },
            "statuses": Suggestion.statuses.map { ["name": $0] },
            "behind": work.frequency.behind.map(context.pairRow),
        ]
    }
}
