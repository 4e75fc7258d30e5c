/// The values of the term's page (template `term`, keys in PageKinds.term).
final class TermValues: TemplateObject {
    let name: String
    let first, last: Int
    /// The line chart of the term's years, as an SVG.
    let chart: String
    let years: [YearValues]

    init(name: String, first: Int, last: Int, chart: String, years: [YearValues]) {
        self.name = name
        self.first = first
        self.last = last
        self.chart = chart
        self.years = years
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "first": .number(first)
        case "last": .number(last)
        case "chart": .text(chart)
        case "years": .list(years)
        default: nil
        }
    }

    /// A year of the term; its figures only when it has records.
    final class YearValues: TemplateObject {
        let year, suggestions, answered: Int
        let href: String
        /// RenderContext.memberLink's: members who joined or left in the year.
        let moved: [MemberLinkValues]
        let figures: Figures?

        struct Figures {
            let contacts, behind: Int
            let contacted, compliance: String
        }

        init(year: Int, href: String, suggestions: Int, answered: Int, moved: [MemberLinkValues], figures: Figures?) {
            self.year = year
            self.href = href
            self.suggestions = suggestions
            self.answered = answered
            self.moved = moved
            self.figures = figures
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "year": .number(year)
            case "href": .text(href)
            case "hasRecords": .flag(figures != nil)
            case "suggestions": .number(suggestions)
            case "answered": .number(answered)
            case "moved": .list(moved)
            case "movedCount": .number(moved.count)
            case "contacts": figures.map { .number($0.contacts) }
            case "contacted": figures.map { .text($0.contacted) }
            case "compliance": figures.map { .text($0.compliance) }
            case "behind": figures.map { .number($0.behind) }
            default: nil
            }
        }
    }
}
