/// Earlier years: for each year with records before the year of `as_of`, a dashboard
/// (years/<year>/) and a pairs table (years/<year>/pairs/) as the year stood on its
/// 31 December; the home page stays this year's. A switch links the years; a site with
/// records of one year shows none.
enum YearViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let work = context.work
        return work.pastYears.keys.sorted(by: >).flatMap { year -> [PageSpec] in
            let past = work.pastYears[year]!
            let crumb = Crumb(title: context.text("year", ["year": String(year)]), route: Routes.year(year))
            let dashboard = PageSpec(route: Routes.year(year), template: "year", title: context.text("year.title", ["year": String(year)]), section: "home",
                                     breadcrumbs: [crumb], inputs: context.analysisInputs, model: {
                dashboardValues(past, context)
            })
            let pairs = PageSpec(route: Routes.yearPairs(year), template: "pairs", title: context.text("pairs.year", ["year": String(year)]), section: "home",
                                 breadcrumbs: [crumb, Crumb(title: context.text("pairs"), route: Routes.yearPairs(year))], inputs: context.analysisInputs, model: {
                AssignmentViews.pairsValues(past, context)
            })
            guard hasDatedAssignments(context) else { return [dashboard, pairs] }
            let title = context.text("year", ["year": String(year)]) + context.text("assignments")
            let assignments = PageSpec(route: Routes.yearAssignments(year), template: "assignments", title: title, section: "home",
                                       breadcrumbs: [crumb, Crumb(title: context.text("assignments"), route: Routes.yearAssignments(year))], inputs: context.analysisInputs, model: {
                AssignmentViews.overviewValues(past, context)
            })
            // The page's 附件1 table (AssignmentsValues.table), without the rest of the page.
            let word = WordViews.spec(beside: assignments, name: WordViews.attachmentFile) {
                WordViews.attachment(AssignmentViews.tableValues(context, year: year), title: context.text("file.pastAttachment", ["year": String(year), "title": context.policy.leaderTable.title]), words: context.text)
            }
            return [dashboard, pairs, assignments, word]
        }
    }

    /// Whether some assignment row has `from` or `until`: only then is an earlier year's
    /// 附件1 other than today's, and only then has it pages (a site without dates builds
    /// as before dates existed).
    static func hasDatedAssignments(_ context: RenderContext) -> Bool {
        context.site.assignments.contains { !$0.inForce.isAlways }
    }

    /// The years to switch between, newest first, each linking `thisYear` (this year's
    /// page) or `route` of the year; empty when there is only this year.
    static func switcher(current: Int, _ context: RenderContext, thisYear: String = Routes.home, route: (Int) -> String = Routes.year) -> [YearSwitchValues] {
        let years = context.work.years
        guard years.count > 1 else { return [] }
        return years.map { year in
            YearSwitchValues(label: context.text("year", ["year": String(year)]), href: year == context.asOf.year ? thisYear : route(year), current: year == current)
        }
    }

    private static func dashboardValues(_ past: ContactWork, _ context: RenderContext) -> YearValues {
        let year = past.asOf.year
        let previous = context.work.pastYears[year - 1]
        let leaders = AssignmentViews.leaders(context)
        let halves = [1, 2].map { Period(year: year, half: $0) }
        return YearValues(
            year: year,
            yearSwitch: switcher(current: year, context),
            figures: DashboardView.figures(past, context, previous: previous, pairs: Routes.yearPairs(year)),
            charts: DashboardView.charts(past, context, previous: previous, root: Routes.rootPrefix(for: Routes.year(year))),
            behind: past.frequency.behind.map(context.pairRow),
            behindCount: past.frequency.behind.count,
            pairsHref: Routes.yearPairs(year),
            assignmentsHref: hasDatedAssignments(context) ? Routes.yearAssignments(year) : "",
            leaders: leaders.map { NameLinkValues(name: $0.name, href: Routes.partyGroupReport(year, $0.id)) },
            halves: halves.map { period in
                HalfValues(label: period.label, committees: context.site.organization.committees.map { NameLinkValues(name: $0.name, href: Routes.committeeReport(period, $0.id)) })
            })
    }
}
