/// The values of a pairs table (template `pairs`, keys in PageKinds.pairs): this year's
/// every pair, its pages narrowed to a status or to a 党派/界别 (about forty a build), and
/// an earlier year's. Typed because those pages are many and share one shape.
final class PairsValues: TemplateObject {
    let year, minimum: Int
    /// The pairs in the table's order (RenderContext.pairRow).
    let pairs: [PairRowValues]
    let outside: [OutsideValues]
    let yearSwitch: [YearSwitchValues]
    let isCurrent, dated: Bool
    let csvHref: String
    /// This year's table only: the 党派 and 界别 narrowed pages, and the status pages.
    let groups: [GroupLinkValues]?
    let statusLinks: [CountedLinkValues]?
    /// What a narrowed page is narrowed to; nil on the whole table.
    let narrowed: String?

    init(year: Int, minimum: Int, pairs: [PairRowValues], outside: [OutsideValues], yearSwitch: [YearSwitchValues], isCurrent: Bool, dated: Bool,
         csvHref: String, groups: [GroupLinkValues]?, statusLinks: [CountedLinkValues]?, narrowed: String?) {
        self.year = year
        self.minimum = minimum
        self.pairs = pairs
        self.outside = outside
        self.yearSwitch = yearSwitch
        self.isCurrent = isCurrent
        self.dated = dated
        self.csvHref = csvHref
        self.groups = groups
        self.statusLinks = statusLinks
        self.narrowed = narrowed
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "filter": .flag(true)
        case "groups": groups.map { .list($0) }
        case "hasStatusLinks": statusLinks == nil ? nil : .flag(true)
        case "hasYearSwitch": .flag(!yearSwitch.isEmpty)
        case "isCurrent": .flag(isCurrent)
        case "dated": .flag(dated)
        case "csvHref": .text(csvHref)
        case "minimum": .number(minimum)
        case "narrowed": .text(narrowed)
        case "outside": .list(outside)
        case "pairs": .list(pairs)
        case "statusLinks": statusLinks.map { .list($0) }
        case "year": .number(year)
        case "yearSwitch": .list(yearSwitch)
        default: nil
        }
    }

    /// A contact of the year between members who are not a pair.
    final class OutsideValues: TemplateObject {
        /// RenderContext.memberLink's.
        let contactor, contactee: MemberLinkValues
        let date: String
        /// The record's row (RecordRows).
        let record: RecordRowValues

        init(contactor: MemberLinkValues, contactee: MemberLinkValues, date: String, record: RecordRowValues) {
            self.contactor = contactor
            self.contactee = contactee
            self.date = date
            self.record = record
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "contactor": .object(contactor)
            case "contactee": .object(contactee)
            case "date": .text(date)
            case "record": .object(record)
            default: nil
            }
        }
    }
}

/// A year of the switch between years (YearViews.switcher): the home page, a past year's
/// dashboard and the pairs tables.
final class YearSwitchValues: TemplateObject {
    let label, href: String
    let current: Bool

    init(label: String, href: String, current: Bool) {
        self.label = label
        self.href = href
        self.current = current
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "href": .text(href)
        case "current": .flag(current)
        default: nil
        }
    }
}
