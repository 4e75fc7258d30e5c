/// The term (届) page: the term's years side by side, as a table and a line chart. Only a
/// site.json that names its term has one.
enum TermView {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        guard let term = context.site.settings.term else { return [] }
        let title = context.text("term.title", ["term": term.name])
        return [PageSpec(route: Routes.term, template: "term", title: title, section: "reports",
                         breadcrumbs: [Crumb(title: context.text("reports"), route: Routes.reports), Crumb(title: term.name, route: Routes.term)],
                         inputs: context.analysisInputs, model: {
            values(TermReport(context.site, work: context.work, term: term), context)
        })]
    }

    private static func values(_ report: TermReport, _ context: RenderContext) -> TermValues {
        let term = report.term
        let text = context.text
        let labels = report.years.map { text("year", ["year": String($0.year)]) }
        let chart = LineChart.percentages(
            title: text("chart.term", ["term": term.name]), summary: text("chart.term.summary", ["asOf": context.asOf.chinese]), labels: labels,
            series: [.init(name: text("figure.contacted"), values: report.years.map { $0.headline?.contacted }),
                     .init(name: text("figure.compliance"), values: report.years.map { $0.headline?.compliance })],
            style: context.text.chart)
        return TermValues(
            name: term.name,
            first: term.firstYear,
            last: term.lastYear,
            chart: chart,
            years: report.years.map { year in
                TermValues.YearValues(
                    year: year.year,
                    href: year.year == context.asOf.year ? Routes.home : Routes.year(year.year),
                    suggestions: year.suggestions,
                    answered: year.answered,
                    moved: year.moved.map(context.memberLink),
                    figures: year.headline.map { headline in
                        TermValues.YearValues.Figures(contacts: headline.contacts, behind: headline.behind,
                                                      contacted: Format.percent(headline.contacted), compliance: Format.percent(headline.compliance))
                    })
            })
    }
}
