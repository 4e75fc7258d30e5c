/// The values of the 意见建议 register (template `suggestions`, keys in PageKinds.suggestions).
final class SuggestionsValues: TemplateObject {
    let year, count, pendingCount, shown: Int
    /// The suggestions' statuses, the counts table's columns.
    let statuses: [String]
    let counts: [RouteValues]
    /// The longest-waiting, `shown` of `pendingCount`.
    let pending: [SuggestionRowValues]
    let months: [MonthValues]

    init(year: Int, count: Int, statuses: [String], counts: [RouteValues], pendingCount: Int, pending: [SuggestionRowValues], shown: Int, months: [MonthValues]) {
        self.year = year
        self.count = count
        self.statuses = statuses
        self.counts = counts
        self.pendingCount = pendingCount
        self.pending = pending
        self.shown = shown
        self.months = months
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "count": .number(count)
        case "statuses": .list(statuses.map(NameValues.init))
        case "counts": .list(counts)
        case "pendingCount": .number(pendingCount)
        case "pending": .list(pending)
        case "morePending": .flag(pendingCount > shown)
        case "shown": .number(shown)
        case "months": .list(months)
        default: nil
        }
    }

    /// A route's suggestions, counted by status in the order of `statuses`.
    final class RouteValues: TemplateObject {
        let route: String
        let values: [Int]

        init(route: String, values: [Int]) {
            self.route = route
            self.values = values
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "route": .text(route)
            case "values": .list(values.map(CountValues.init))
            default: nil
            }
        }
    }

    /// A cell of the counts table.
    final class CountValues: TemplateObject {
        let count: Int

        init(_ count: Int) { self.count = count }

        func value(_ key: String) -> TemplateValue? { key == "value" ? .number(count) : nil }
    }

    /// A month's page: its suggestions and how many are pending.
    final class MonthValues: TemplateObject {
        let label, href: String
        let count, pending: Int

        init(label: String, href: String, count: Int, pending: Int) {
            self.label = label
            self.href = href
            self.count = count
            self.pending = pending
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "label": .text(label)
            case "href": .text(href)
            case "count": .number(count)
            case "pending": .number(pending)
            default: nil
            }
        }
    }
}

/// The values of a month's suggestions (template `suggestions-month`, keys in PageKinds.suggestionsMonth).
final class SuggestionsMonthValues: TemplateObject {
    let heading: String
    let entries: [SuggestionRowValues]
    /// The neighbouring months' pages (MonthNeighbours.links).
    let neighbours: MonthNeighbours.Links

    init(heading: String, entries: [SuggestionRowValues], neighbours: MonthNeighbours.Links) {
        self.heading = heading
        self.entries = entries
        self.neighbours = neighbours
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "heading": .text(heading)
        case "count": .number(entries.count)
        case "entries": .list(entries)
        case "older", "newer": neighbours.value(key)
        default: nil
        }
    }
}
