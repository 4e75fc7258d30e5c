/// The front page is the dashboard: headline figures, charts and the lists that need
/// action (uncovered members, pairs behind, overdue 五到位, pending suggestions).
enum DashboardView {
    static let listLimit = 12

    static func page(_ context: RenderContext) -> PageSpec {
        // Besides the analysis, the latest rules and cases with their openings.
        var inputs = PageInputs.key(context.site.site.rules.map(\.body) + context.site.cases.map(\.story.body), files: context.site.cases.flatMap(CaseViews.coverInputs))
        inputs.versions &+= context.analysisInputs.versions
        return PageSpec(route: Routes.home, template: "home", title: context.text("home"), section: "home", breadcrumbs: [], inputs: inputs) {
            let work = context.work
            var values: [String: Any] = [
                "year": work.asOf.year,
                "figures": figures(work, context, previous: work.previousYear, pairs: Routes.pairs),
                "yearSwitch": YearViews.switcher(current: work.asOf.year, context),
                "hasYearSwitch": work.years.count > 1,
                "hasTerm": context.site.settings.term != nil,
                "termName": context.site.settings.term?.name ?? "",
                "charts": charts(work, context, previous: work.previousYear),
                "uncovered": work.coverage.uncovered.map(context.memberLink),
                "behind": work.frequency.behind.prefix(listLimit).map(context.pairRow),
                "behindCount": work.frequency.behind.count,
                "moreBehind": work.frequency.behind.count > listLimit,
                "quiet": work.due.quiet.prefix(listLimit).map { quietRow($0, context) },
                "quietCount": work.due.quiet.count,
                "moreQuiet": work.due.quiet.count > listLimit,
                "recentDays": context.policy.recentContactDays,
                "hasTriggers": !context.policy.triggers.isEmpty,
                "overdue": work.triggers.overdue.map { TriggerViews.row($0, context) },
                "quota": work.coverage.quotaProblems.map { quota in
                    ["contactor": context.memberLink(quota.contactorID), "kind": context.kindName(quota.kindID), "count": quota.count,
                     "range": range(quota.min, quota.max)] as [String: Any]
                },
                "multiple": work.coverage.multiplyAssigned.map { entry in
                    ["member": context.memberLink(entry.member), "contactors": entry.contactors.map(context.name).joined(separator: "、")] as [String: Any]
                },
                "outsideCount": work.outside.contacts.count,
                "futureCount": work.log.futureRecords.count,
                // Records after as_of count nowhere else either; the template says how many.
                "recent": Array(context.site.records.indices.lazy.filter { context.site.records[$0].record.date.value <= work.asOf }.prefix(6)).map { context.rows[$0] },
                "rules": RuleViews.sorted(context.site.site.rules).map { RuleViews.summary($0, bodies: context.bodies) },
                "cases": { () -> [[String: Any]] in
                    let tags = CaseViews.tagSlugs(context.site.cases)
                    return CaseViews.sorted(context.site.cases).prefix(3).map { CaseViews.summary($0, bodies: context.bodies, images: context.images, tags: tags) }
                }(),
            ]
            values["hasCases"] = !context.site.cases.isEmpty
            values["allClear"] = work.coverage.uncovered.isEmpty && work.frequency.behind.isEmpty && work.triggers.overdue.isEmpty
            return values
        }
    }

    /// The headline figures of `work`'s year; with `previous`, each also says last year's
    /// value and the change.
    static func figures(_ work: ContactWork, _ context: RenderContext, previous: ContactWork?, pairs: String) -> [[String: Any]] {
        var figures: [[String: Any]] = [
            ["key": "coverage", "label": "有联系人", "value": Format.percent(work.coverageRate), "detail": "\(work.coverage.covered)/\(work.coverage.mustCover.count) 名党外委员有联系人", "href": Routes.assignments, "alert": !work.coverage.uncovered.isEmpty],
            ["key": "contacted", "label": "年内已联系", "value": Format.percent(work.contactedRate), "detail": "\(work.due.contactedThisYear)/\(work.coverage.mustCover.count) 名党外委员\(work.asOf.year)年有联系记录", "href": pairs, "alert": false],
            ["key": "compliance", "label": "达标率", "value": Format.percent(work.frequencyRate), "detail": "\(work.frequency.done)/\(work.frequency.pairs.count) 对联系年内达 \(work.frequency.minimum) 次", "href": pairs, "alert": false],
            ["key": "behind", "label": "滞后", "value": "\(work.frequency.behind.count)", "detail": "对联系未按要求开展", "href": pairs, "alert": !work.frequency.behind.isEmpty],
            ["key": "pending", "label": "待办建议", "value": "\(work.suggestions.pending.count)", "detail": "条意见建议待处理或办理中", "href": Routes.suggestions, "alert": !work.suggestions.pending.isEmpty],
        ]
        // A policy without 五到位 (Jiangmen) shows no card for it.
        if !context.policy.triggers.isEmpty {
            figures.append(["key": "overdue", "label": "五到位逾期", "value": "\(work.triggers.overdue.count)", "detail": "件应联系未联系", "href": Routes.triggers, "alert": !work.triggers.overdue.isEmpty])
        }
        guard let previous else { return figures }
        let now = Headline(work), before = Headline(previous)
        let changes: [String: String] = [
            "coverage": share(now.coverage, before.coverage), "contacted": share(now.contacted, before.contacted),
            "compliance": share(now.compliance, before.compliance), "behind": count(now.behind, before.behind),
            "pending": count(now.pendingSuggestions, before.pendingSuggestions), "overdue": count(now.overdueTriggers, before.overdueTriggers),
        ]
        return figures.map { figure in
            var figure = figure
            figure["previous"] = "\(previous.asOf.year)年 " + (changes[figure["key"] as? String ?? ""] ?? "")
            return figure
        }
    }

    /// "62%，本年 +5 个百分点".
    private static func share(_ now: Double, _ before: Double) -> String {
        let points = Headline.points(now, before)
        return Format.percent(before) + "，" + (points == 0 ? "持平" : "本年 \(points > 0 ? "+" : "")\(points) 个百分点")
    }

    /// "3，本年 +2".
    private static func count(_ now: Int, _ before: Int) -> String {
        "\(before)，" + (now == before ? "持平" : "本年 \(now > before ? "+" : "")\(now - before)")
    }

    /// The charts of `work`'s year; with `previous`, the month chart draws both years.
    /// `root`: the way from the page to the site's root, for the links in the charts.
    static func charts(_ work: ContactWork, _ context: RenderContext, previous: ContactWork?, root: String = "") -> [[String: Any]] {
        let labels = context.labels
        let year = work.asOf.year
        func bars(_ dimension: Breakdown.Dimension, label: (String) -> String, href: (String) -> String? = { _ in nil }) -> [ChartBar] {
            (work.breakdowns[dimension]?.rows ?? []).map { ChartBar(label: label($0.key), value: Double($0.contacts), href: href($0.key)) }
        }
        let committeeBars = bars(.committee, label: { $0.isEmpty ? "未注明" : labels.committeeShort($0) }, href: { $0.isEmpty ? nil : root + Routes.unit($0) })
        var charts: [[String: Any]] = [
            ["title": "各专委会联系次数（\(year)年）",
             "svg": BarChart.horizontal(title: "各专委会联系次数", summary: "\(year)年截至\(work.asOf.chinese)，按联系对象当时所在专委会统计。", bars: committeeBars, unit: "次", colours: context.text.chart)],
        ]
        if !context.site.organization.windows.isEmpty {
            let windowBars = bars(.window, label: { $0.isEmpty ? "未注明" : labels.windowShort($0) }, href: { $0.isEmpty ? nil : root + Routes.unit($0) })
            charts.append(["title": "各窗口联系次数（\(year)年）",
                           "svg": BarChart.horizontal(title: "各窗口联系次数", summary: "\(year)年截至\(work.asOf.chinese)，按联系对象当时所在窗口统计。", bars: windowBars, unit: "次", colours: context.text.chart)])
        }
        if let previous {
            charts.append(["title": "每月联系次数（\(year)年与\(previous.asOf.year)年）",
                           "svg": monthsOfTwoYears(work, previous, colours: context.text.chart)])
        } else {
            charts.append(["title": "每月联系次数（\(year)年）",
                           "svg": BarChart.columns(title: "每月联系次数", summary: "\(year)年各月联系次数。", bars: bars(.month, label: { "\($0)月" }), unit: "次", colours: context.text.chart)])
        }
        charts.append(["title": "联系方式（\(year)年）",
                       "svg": BarChart.horizontal(title: "联系方式", summary: "\(year)年各联系方式的次数。", bars: bars(.method, label: { $0.isEmpty ? "未注明" : $0 }), unit: "次", colours: context.text.chart)])
        charts.append(["title": "各界别联系次数（\(year)年）",
                       "svg": BarChart.horizontal(title: "各界别联系次数", summary: "\(year)年截至\(work.asOf.chinese)，按联系对象的界别统计。", bars: bars(.sector, label: { $0.isEmpty ? "未注明" : labels.sectorShort($0) }), unit: "次", colours: context.text.chart)])
        charts.append(["title": "各党派联系次数（\(year)年）",
                       "svg": BarChart.horizontal(title: "各党派联系次数", summary: "\(year)年截至\(work.asOf.chinese)，按联系对象的党派统计。", bars: bars(.party, label: { $0.isEmpty ? "未注明党派" : labels.party($0) }), unit: "次", colours: context.text.chart)])
        return charts
    }

    /// A pair in progress that has not met for a while: who, how long, and when last.
    static func quietRow(_ quiet: DueContacts.QuietPair, _ context: RenderContext) -> [String: Any] {
        var row = context.pairRow(quiet.pair)
        row["days"] = quiet.days
        row["lastEver"] = quiet.lastContact.map(\.chinese) ?? ""
        return row
    }

    /// This year's months up to as_of beside all twelve of last year.
    private static func monthsOfTwoYears(_ work: ContactWork, _ previous: ContactWork, colours: ThemeText.ChartColours) -> String {
        func values(_ work: ContactWork) -> [Double?] {
            let counts = Dictionary((work.breakdowns[.month]?.rows ?? []).map { ($0.key, Double($0.contacts)) }, uniquingKeysWith: { first, _ in first })
            return (1...12).map { counts[String($0)] }
        }
        let year = work.asOf.year, last = previous.asOf.year
        return PairedColumnChart.svg(title: "每月联系次数", summary: "\(year)年截至\(work.asOf.chinese)与\(last)年各月联系次数。", labels: (1...12).map { "\($0)月" },
                                     current: .init(name: "\(year)年", values: values(work)), previous: .init(name: "\(last)年", values: values(previous)), unit: "次", colours: colours)
    }

    static func range(_ min: Int?, _ max: Int?) -> String {
        switch (min, max) {
        case let (low?, high?) where low == high: "\(low)"
        case let (low?, high?): "\(low)–\(high)"
        case let (low?, nil): "至少 \(low)"
        case let (nil, high?): "至多 \(high)"
        default: ""
        }
    }
}
