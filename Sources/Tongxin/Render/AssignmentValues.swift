/// The values of 联系分工 (template `assignments`, keys in PageKinds.assignments): this
/// year's, or an earlier year's when assignment rows have dates.
final class AssignmentsValues: TemplateObject {
    /// The 附件1 table (AssignmentViews.tableValues, shared with a rule's attachment):
    /// tableTitle, leaderColumn, kinds and leaders. Its Word file reads it.
    let table: AttachmentTableValues
    let units: [UnitValues]
    /// RenderContext.memberLink's.
    let uncovered: [MemberLinkValues]
    let coverage, pairsHref, csvHref: String
    let year: Int
    let isPast, hasTriggers: Bool
    /// WordViews.link's.
    let word: WordLinkValues

    init(table: AttachmentTableValues, units: [UnitValues], uncovered: [MemberLinkValues], coverage: String, year: Int, isPast: Bool, pairsHref: String, csvHref: String,
         hasTriggers: Bool, word: WordLinkValues) {
        self.table = table
        self.units = units
        self.uncovered = uncovered
        self.coverage = coverage
        self.year = year
        self.isPast = isPast
        self.pairsHref = pairsHref
        self.csvHref = csvHref
        self.hasTriggers = hasTriggers
        self.word = word
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "tableTitle", "leaderColumn", "kinds", "leaders": table.value(key)
        case "units": .list(units)
        case "uncovered": .list(uncovered)
        case "coverage": .text(coverage)
        case "year": .number(year)
        case "isPast": .flag(isPast)
        case "pairsHref": .text(pairsHref)
        case "csvHref": .text(csvHref)
        case "hasTriggers": .flag(hasTriggers)
        case "word": .object(word)
        default: nil
        }
    }

    /// A window's (or committee's) pairs, by contactee.
    final class UnitValues: TemplateObject {
        let id, name, href: String
        /// RenderContext.pairRow's.
        let pairs: [PairRowValues]

        init(id: String, name: String, href: String, pairs: [PairRowValues]) {
            self.id = id
            self.name = name
            self.href = href
            self.pairs = pairs
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "id": .text(id)
            case "name": .text(name)
            case "href": .text(href)
            case "pairs": .list(pairs)
            default: nil
            }
        }
    }
}

/// The values of 联系五到位 (template `triggers`, keys in PageKinds.triggers).
final class TriggersValues: TemplateObject {
    let year: Int
    let kinds: [KindValues]
    /// TriggerViews.row's (the task pages' rows too).
    let items: [TriggerRowValues]

    init(year: Int, kinds: [KindValues], items: [TriggerRowValues]) {
        self.year = year
        self.kinds = kinds
        self.items = items
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "kinds": .list(kinds)
        case "items": .list(items)
        default: nil
        }
    }

    /// A kind of event and the days it gives.
    final class KindValues: TemplateObject {
        let name: String
        let days: Int

        init(name: String, days: Int) {
            self.name = name
            self.days = days
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "days": .number(days)
            default: nil
            }
        }
    }
}
