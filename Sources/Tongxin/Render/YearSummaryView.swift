/// The yearly consolidated report (年度汇总): what the 联络工委 sends the 党组 each year
/// (Jiangmen 第五条) and what Jinhua's 委员工作委 files — the year's figures, each
/// committee's pairs and contacts, each 党组成员's pairs, the suggestions by route and
/// status, and the pairs behind. One printable page per year with records, for both systems.
enum YearSummaryView {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let work = context.work
        return work.years.flatMap { year -> [PageSpec] in
            guard let yearWork = year == work.asOf.year ? work : work.pastYears[year] else { return [] }
            let route = Routes.yearSummary(year)
            // The page and its Word file share one context: the .docx has the page's figures.
            let shared = Once { values(yearWork, context) }
            let page = PageSpec(route: route, template: "report-year", title: context.text("year.summary", ["year": String(year)]), section: "reports",
                                breadcrumbs: [Crumb(title: context.text("reports"), route: Routes.reports), Crumb(title: context.text("year.summary.crumb", ["year": String(year)]), route: route)],
                                inputs: context.analysisInputs, model: {
                shared.get
            })
            return [page, WordViews.spec(beside: page, name: WordViews.reportFile) {
                WordViews.yearSummary(shared.get, lists: lists(yearWork, context), title: page.title, words: context.text)
            }]
        }
    }

    /// What the Word file lists besides the page's figures: the year's records, as the
    /// cells of its table, and its suggestions.
    struct Lists {
        /// 编号, date, contactor, contactees, method, number of suggestions.
        let records: [[String]]
        let suggestions: [SuggestionRowValues]
    }

    /// The year's records and suggestions, in the order they happened, for the Word file
    /// only (the page links the month pages instead): the records its figures count
    /// (ContactLog, up to `as_of`) and the suggestions of the year's register. The
    /// records straight as cells: thousands of rows, drawn again at each saved record in
    /// the preview.
    static func lists(_ work: ContactWork, _ context: RenderContext) -> Lists {
        let period = Period(year: work.asOf.year)
        // Indices ascend newest first (CheckedSite.records): descending is oldest first.
        let records = Set(work.log.contacts(in: period).map(\.record)).sorted(by: >).map { context.site.records[$0] }
        return Lists(
            records: records.map { record in
                [record.record.number, record.record.date.value.iso, context.name(record.contactorID),
                 record.contacteeIDs.map(context.name).joined(separator: "、"), record.record.method?.value ?? "", String(record.record.suggestions.count)]
            },
            suggestions: work.suggestions.entries.sorted { ($0.date, $0.record, $0.index) < ($1.date, $1.record, $1.index) }
                .map { SuggestionViews.row($0, context) })
    }

    private static func values(_ work: ContactWork, _ context: RenderContext) -> YearSummaryValues {
        let site = context.site, year = work.asOf.year, period = Period(year: year)
        let inYear = work.log.contacts(in: period)
        let contacts = CommitteeReport.byCommittee(site, contacts: inYear)
        let groups = CommitteeReport.Committees(site, table: work.table)
        // A committee's counts only, not its report: the report's register of suggestions
        // (sorted copies of each) was most of this page's time, made again at each save.
        let committees = site.organization.committees.map { committee in
            let inCommittee = contacts[committee.id] ?? []
            let pairs = CommitteeReport.pairLines(groups.pairs[committee.id] ?? [], period: period, inCommittee: inCommittee)
            // The contacts are the period's up to as_of (ContactLog), so all their records' suggestions count.
            let suggestions = CommitteeReport.records(inCommittee).reduce(0) { $0 + site.records[$1].record.suggestions.count }
            return YearSummaryValues.CommitteeValues(name: committee.name, members: groups.members[committee.id]?.count ?? 0, pairs: pairs.count,
                                                     met: CommitteeReport.met(pairs), contacts: inCommittee.count, suggestions: suggestions)
        }
        let leaders = AssignmentViews.leaders(context)
        let leaderReports = LeaderReport.all(site, work: work, memberIDs: leaders.map(\.id), years: [year])
        let records = Set(inYear.map(\.record)).count
        return YearSummaryValues(
            year: year,
            word: WordViews.link(WordViews.reportFile, title: context.text("file.yearSummary", ["organization": site.settings.organization, "year": String(year)])),
            organization: site.settings.organization,
            note: context.asOf < period.end ? context.text("year.ongoing", ["asOf": context.asOf.chinese]) : "",
            covered: "\(work.coverage.covered)/\(work.coverage.mustCover.count)",
            contacted: "\(work.due.contactedThisYear)/\(work.coverage.mustCover.count)",
            done: "\(work.frequency.done)/\(work.frequency.pairs.count)",
            minimum: work.frequency.minimum,
            behindCount: work.frequency.behind.count,
            records: records,
            contacts: inYear.count,
            suggestionCount: work.suggestions.entries.count,
            answered: work.suggestions.entries.reduce(0) { $0 + ($1.status == "已反馈" ? 1 : 0) },
            committees: committees,
            leaders: leaderReports.map { report in
                YearSummaryValues.LeaderValues(leader: context.memberLink(report.memberID), pairs: report.pairs.count, done: report.pairs.count(where: { $0.status == .done }),
                                               records: report.records.count, href: Routes.partyGroupReport(year, report.memberID))
            },
            routes: work.suggestions.counts(routes: context.policy.suggestionRoutes).map { YearSummaryValues.RouteValues(route: $0.route, counts: $0.byStatus) },
            statuses: Suggestion.statuses,
            behind: work.frequency.behind.map(context.pairRow))
    }
}
