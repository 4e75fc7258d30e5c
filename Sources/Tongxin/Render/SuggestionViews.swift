/// The 意见建议 register of the year: counts by route and status and the longest-waiting
/// suggestions on one page, and every suggestion on a page per month of its contact.
/// One page of every suggestion was megabytes on a phone, and the preview drew it again
/// after every saved record.
enum SuggestionViews {
    /// Pending suggestions the register page lists, longest-waiting first.
    static let oldestCount = 30

    static func pages(_ context: RenderContext) -> [PageSpec] {
        let entries = context.work.suggestions.entries
        // The register holds its entries oldest first; the months go newest first.
        let months = MonthGroup.groups(entries.indices.reversed().map { ($0, entries[$0].date) }, route: Routes.suggestionMonth)
        return [register(context, months: months)] + months.indices.map { monthPage(months, at: $0, context) }
    }

    private static func register(_ context: RenderContext, months: [MonthGroup]) -> PageSpec {
        PageSpec(route: Routes.suggestions, template: "suggestions", title: context.text("suggestions"), section: "suggestions",
                 breadcrumbs: [Crumb(title: context.text("suggestions"), route: Routes.suggestions)], inputs: context.analysisInputs, model: {
            let register = context.work.suggestions
            let entries = register.entries
            // A stable sort by age keeps the register's order among equals.
            let pending = entries.indices.filter { entries[$0].pendingDays != nil }
                .sorted { (entries[$0].pendingDays ?? 0) > (entries[$1].pendingDays ?? 0) }
            return SuggestionsValues(
                year: context.asOf.year,
                count: entries.count,
                statuses: Suggestion.statuses,
                counts: register.counts(routes: context.policy.suggestionRoutes).map { SuggestionsValues.RouteValues(route: $0.route, values: $0.byStatus) },
                pendingCount: pending.count,
                pending: pending.prefix(oldestCount).map { row(entries[$0], context) },
                shown: min(pending.count, oldestCount),
                months: months.map { month in
                    SuggestionsValues.MonthValues(label: context.text("month.short", ["month": String(month.month)]), href: month.route, count: month.items.count,
                                                  pending: month.items.count(where: { entries[$0].pendingDays != nil }))
                })
        })
    }

    /// A month's suggestions, newest first; the page shows their records and the names
    /// in them, so those files are its inputs.
    private static func monthPage(_ months: [MonthGroup], at position: Int, _ context: RenderContext) -> PageSpec {
        let month = months[position]
        let around = MonthNeighbours(months, at: position)
        let entries = context.work.suggestions.entries
        var inputs = PageInputs(context.versions)
        inputs.add(records: Array(Set(month.items.map { entries[$0].record })).sorted())
        return PageSpec(route: month.route, template: "suggestions-month", title: context.text("suggestions.month", ["month": month.label(context.text)]), section: "suggestions",
                        breadcrumbs: [Crumb(title: context.text("suggestions"), route: Routes.suggestions), Crumb(title: month.label(context.text), route: month.route)],
                        inputs: inputs.key, variant: around.variant, model: {
            SuggestionsMonthValues(heading: context.text("suggestions.month", ["month": month.label(context.text)]), entries: month.items.map { row(entries[$0], context) },
                                   neighbours: around.links(context.text))
        })
    }

    static func row(_ entry: SuggestionRegister.Entry, _ context: RenderContext) -> SuggestionRowValues {
        SuggestionRowValues(
            text: entry.suggestion.text,
            route: entry.route,
            status: entry.status,
            date: entry.date.chinese,
            age: entry.pendingDays.map { context.text("suggestion.age", ["days": String($0)]) } ?? "",
            feedback: View.date(entry.suggestion.feedback?.value),
            // The window's follow-up (Jinhua 四.4): 处理意见, 处理情况, 备案日期.
            handling: entry.suggestion.handling ?? "",
            result: entry.suggestion.result ?? "",
            filed: View.date(entry.suggestion.filed?.value),
            record: context.rows[entry.record])
    }
}
