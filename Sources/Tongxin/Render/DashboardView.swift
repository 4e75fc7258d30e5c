/// The front page is the dashboard: headline figures, charts and the lists that need
/// action (uncovered members, pairs behind, overdue 五到位, pending suggestions).
enum DashboardView {
    static let listLimit = 12

    static func page(_ context: RenderContext) -> PageSpec {
        // Besides the analysis, the latest rules and cases with their openings.
        var inputs = PageInputs.key(context.site.site.rules.map(\.body) + context.site.cases.map(\.story.body), files: context.site.cases.flatMap(CaseViews.coverInputs))
        inputs.add(analysis: context.analysisInputs.versions)
        return PageSpec(route: Routes.home, template: "home", title: context.text("home"), section: "home", breadcrumbs: [], inputs: inputs, model: {
            let work = context.work
            // A due list: only pairs in force on `as_of` (a row that ended is on the pairs table).
            let behind = work.frequency.behind.filter { $0.pair.inForce.contains(work.asOf) }
            let tags = CaseViews.tagSlugs(context.site.cases)
            return HomeValues(
                year: work.asOf.year,
                figures: figures(work, context, previous: work.previousYear, pairs: Routes.pairs),
                yearSwitch: YearViews.switcher(current: work.asOf.year, context),
                hasTerm: context.site.settings.term != nil,
                termName: context.site.settings.term?.name ?? "",
                charts: charts(work, context, previous: work.previousYear),
                uncovered: work.coverage.uncovered.map(context.memberLink),
                behind: behind.prefix(listLimit).map(context.pairRow),
                behindCount: behind.count,
                moreBehind: behind.count > listLimit,
                quiet: work.due.quiet.prefix(listLimit).map { quietRow($0, context) },
                quietCount: work.due.quiet.count,
                moreQuiet: work.due.quiet.count > listLimit,
                recentDays: context.policy.recentContactDays,
                hasTriggers: !context.policy.triggers.isEmpty,
                overdue: work.triggers.overdue.map { TriggerViews.row($0, context) },
                quota: work.coverage.quotaProblems.map { quota in
                    HomeValues.QuotaValues(contactor: context.memberLink(quota.contactorID), kind: context.kindName(quota.kindID), count: quota.count,
                                           range: range(quota.min, quota.max, context.text))
                },
                multiple: work.coverage.multiplyAssigned.map { entry in
                    HomeValues.MultipleValues(member: context.memberLink(entry.member), contactors: entry.contactors.map(context.name).joined(separator: "、"))
                },
                outsideCount: work.outside.contacts.count,
                futureCount: work.log.futureRecords.count,
                // Records after as_of count nowhere else either; the template says how many.
                recent: Array(context.site.records.indices.lazy.filter { context.site.records[$0].record.date.value <= work.asOf }.prefix(6)).map { context.rows[$0] },
                rules: RuleViews.sorted(context.site.site.rules).map { RuleViews.summaryValues($0, bodies: context.bodies) },
                cases: CaseViews.newest(context.site.cases, count: 3).map { CaseViews.summaryValues($0, bodies: context.bodies, images: context.images, tags: tags) },
                hasCases: !context.site.cases.isEmpty,
                allClear: work.coverage.uncovered.isEmpty && behind.isEmpty && work.triggers.overdue.isEmpty)
        })
    }

    /// The headline figures of `work`'s year; with `previous`, each also says last year's
    /// value and the change.
    static func figures(_ work: ContactWork, _ context: RenderContext, previous: ContactWork?, pairs: String) -> [FigureValues] {
        let text = context.text
        let total = String(work.coverage.mustCover.count)
        var figures: [FigureValues] = [
            FigureValues(key: "coverage", label: text("figure.coverage"), value: Format.percent(work.coverageRate),
                         detail: text("figure.coverage.detail", ["covered": String(work.coverage.covered), "total": total]), href: Routes.assignments, alert: !work.coverage.uncovered.isEmpty),
            FigureValues(key: "contacted", label: text("figure.contacted"), value: Format.percent(work.contactedRate),
                         detail: text("figure.contacted.detail", ["contacted": String(work.due.contactedThisYear), "total": total, "year": String(work.asOf.year)]), href: pairs, alert: false),
            FigureValues(key: "compliance", label: text("figure.compliance"), value: Format.percent(work.frequencyRate),
                         detail: text("figure.compliance.detail", ["done": String(work.frequency.done), "pairs": String(work.frequency.pairs.count), "minimum": String(work.frequency.minimum)]),
                         href: pairs, alert: false),
            FigureValues(key: "behind", label: text("figure.behind"), value: "\(work.frequency.behind.count)", detail: text("figure.behind.detail"), href: pairs, alert: !work.frequency.behind.isEmpty),
            FigureValues(key: "pending", label: text("figure.pending"), value: "\(work.suggestions.pending.count)", detail: text("figure.pending.detail"), href: Routes.suggestions,
                         alert: !work.suggestions.pending.isEmpty),
        ]
        // A policy without 五到位 (Jiangmen) shows no card for it.
        if !context.policy.triggers.isEmpty {
            figures.append(FigureValues(key: "overdue", label: text("figure.overdue"), value: "\(work.triggers.overdue.count)", detail: text("figure.overdue.detail"), href: Routes.triggers,
                                        alert: !work.triggers.overdue.isEmpty))
        }
        guard let previous else { return figures }
        let now = Headline(work), before = Headline(previous)
        let changes: [String: String] = [
            "coverage": share(now.coverage, before.coverage, text), "contacted": share(now.contacted, before.contacted, text),
            "compliance": share(now.compliance, before.compliance, text), "behind": count(now.behind, before.behind, text),
            "pending": count(now.pendingSuggestions, before.pendingSuggestions, text), "overdue": count(now.overdueTriggers, before.overdueTriggers, text),
        ]
        return figures.map { figure in
            figure.with(previous: text("figure.previous", ["year": String(previous.asOf.year), "change": changes[figure.key] ?? ""]))
        }
    }

    /// "62%，本年 +5 个百分点".
    private static func share(_ now: Double, _ before: Double, _ text: ThemeText) -> String {
        let points = Headline.points(now, before)
        return text("change.of", ["before": Format.percent(before), "change": points == 0 ? text("change.none") : text("change.points", ["points": "\(points > 0 ? "+" : "")\(points)"])])
    }

    /// "3，本年 +2".
    private static func count(_ now: Int, _ before: Int, _ text: ThemeText) -> String {
        text("change.of", ["before": String(before), "change": now == before ? text("change.none") : text("change.count", ["change": "\(now > before ? "+" : "")\(now - before)"])])
    }

    /// The charts of `work`'s year; with `previous`, the month chart draws both years.
    /// `root`: the way from the page to the site's root, for the links in the charts.
    static func charts(_ work: ContactWork, _ context: RenderContext, previous: ContactWork?, root: String = "") -> [ChartValues] {
        let labels = context.labels
        let year = work.asOf.year
        func bars(_ dimension: Breakdown.Dimension, label: (String) -> String, href: (String) -> String? = { _ in nil }) -> [ChartBar] {
            (work.breakdowns[dimension]?.rows ?? []).map { ChartBar(label: label($0.key), value: Double($0.contacts), href: href($0.key)) }
        }
        let text = context.text, colours = text.chart
        let values = ["year": String(year), "asOf": work.asOf.chinese]
        let unknown = text("chart.unknown"), times = text("chart.times")
        /// A chart of the year: its title with the year, its own title and summary from theme.json.
        func chart(_ key: String, _ draw: (String, String) -> String) -> ChartValues {
            ChartValues(title: text("chart.ofYear", ["chart": text(key), "year": String(year)]), svg: draw(text(key), text(key + ".summary", values)))
        }
        let committeeBars = bars(.committee, label: { $0.isEmpty ? unknown : labels.committeeShort($0) }, href: { $0.isEmpty ? nil : root + Routes.unit($0) })
        var charts: [ChartValues] = [
            chart("chart.committees") { BarChart.horizontal(title: $0, summary: $1, bars: committeeBars, unit: times, style: colours) },
        ]
        if !context.site.organization.windows.isEmpty {
            let windowBars = bars(.window, label: { $0.isEmpty ? unknown : labels.windowShort($0) }, href: { $0.isEmpty ? nil : root + Routes.unit($0) })
            charts.append(chart("chart.windows") { BarChart.horizontal(title: $0, summary: $1, bars: windowBars, unit: times, style: colours) })
        }
        if let previous {
            charts.append(ChartValues(title: text("chart.months.twoYears", ["year": String(year), "last": String(previous.asOf.year)]),
                                      svg: monthsOfTwoYears(work, previous, text: text)))
        } else {
            charts.append(chart("chart.months") { BarChart.columns(title: $0, summary: $1, bars: bars(.month, label: { text("month.short", ["month": $0]) }), unit: times, style: colours) })
        }
        charts.append(chart("chart.methods") { BarChart.horizontal(title: $0, summary: $1, bars: bars(.method, label: { $0.isEmpty ? unknown : $0 }), unit: times, style: colours) })
        charts.append(chart("chart.sectors") { BarChart.horizontal(title: $0, summary: $1, bars: bars(.sector, label: { $0.isEmpty ? unknown : labels.sectorShort($0) }), unit: times, style: colours) })
        charts.append(chart("chart.parties") { BarChart.horizontal(title: $0, summary: $1, bars: bars(.party, label: { $0.isEmpty ? text("chart.unknownParty") : labels.party($0) }), unit: times, style: colours) })
        return charts
    }

    /// A pair in progress that has not met for a while: who, how long, and when last.
    static func quietRow(_ quiet: DueContacts.QuietPair, _ context: RenderContext) -> QuietPairValues {
        QuietPairValues(row: context.pairRow(quiet.pair), days: quiet.days, lastEver: quiet.lastContact.map(\.chinese) ?? "")
    }

    /// This year's months up to as_of beside all twelve of last year.
    private static func monthsOfTwoYears(_ work: ContactWork, _ previous: ContactWork, text: ThemeText) -> String {
        func values(_ work: ContactWork) -> [Double?] {
            let counts = Dictionary((work.breakdowns[.month]?.rows ?? []).map { ($0.key, Double($0.contacts)) }, uniquingKeysWith: { first, _ in first })
            return (1...12).map { counts[String($0)] }
        }
        let year = work.asOf.year, last = previous.asOf.year
        let years = ["year": String(year), "last": String(last), "asOf": work.asOf.chinese]
        return PairedColumnChart.svg(title: text("chart.months"), summary: text("chart.months.twoYears.summary", years), labels: (1...12).map { text("month.short", ["month": String($0)]) },
                                     current: .init(name: text("year", ["year": String(year)]), values: values(work)), previous: .init(name: text("year", ["year": String(last)]), values: values(previous)),
                                     unit: text("chart.times"), style: text.chart)
    }

    static func range(_ min: Int?, _ max: Int?, _ text: ThemeText) -> String {
        switch (min, max) {
        case let (low?, high?) where low == high: "\(low)"
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): text("range.atLeast", ["low": String(low)])
        case let (nil, high?): text("range.atMost", ["high": String(high)])
        default: ""
        }
    }
}
