/// The values of the records index (template `records-index`, keys in PageKinds.recordsIndex):
/// the full index, and each list narrowed to a unit (RecordGroupViews), which has the
/// narrowed keys instead of the filter bar and the group links.
final class RecordsIndexValues: TemplateObject {
    /// A narrowed list's own values.
    struct Narrowed {
        let heading, dimension, unitName: String
        let onTheDay: Bool
        let shownCount: Int
        let isCut: Bool
    }

    let count: Int
    /// The rows shown (RecordRows).
    let records: [RecordRowValues]
    let years: [RecordYearValues]
    /// The full index's links to the narrowed lists; nil on a narrowed list.
    let groups: [GroupLinkValues]?
    let narrowed: Narrowed?

    init(count: Int, records: [RecordRowValues], years: [RecordYearValues], groups: [GroupLinkValues]?, narrowed: Narrowed?) {
        self.count = count
        self.records = records
        self.years = years
        self.groups = groups
        self.narrowed = narrowed
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "count": .number(count)
        case "hasRecords": .flag(!records.isEmpty)
        case "records": .list(records)
        case "years": .list(years)
        // The filter bar is the full index's; a narrowed list is narrowed already.
        case "filter": groups == nil ? nil : .flag(true)
        case "groups": groups.map { .list($0) }
        case "hasGroups": groups.map { .flag(!$0.isEmpty) }
        case "narrowed": .text(narrowed?.heading)
        case "dimension": .text(narrowed?.dimension)
        case "unitName": .text(narrowed?.unitName)
        case "onTheDay": narrowed.map { .flag($0.onTheDay) }
        case "shownCount": narrowed.map { .number($0.shownCount) }
        case "isCut": narrowed.map { .flag($0.isCut) }
        default: nil
        }
    }
}

/// A year of records with its months (RecordViews.years), newest first.
final class RecordYearValues: TemplateObject {
    let year, count: Int
    let months: [CountedLinkValues]

    init(year: Int, count: Int, months: [CountedLinkValues]) {
        self.year = year
        self.count = count
        self.months = months
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "count": .number(count)
        case "months": .list(months)
        default: nil
        }
    }
}

/// The values of a month of records (template `records-month`, keys in PageKinds.recordsMonth).
/// Typed because a build draws one per month with records.
final class RecordsMonthValues: TemplateObject {
    let heading: String
    /// The month's rows (RecordRows).
    let records: [RecordRowValues]
    /// The links to the months before and after (MonthNeighbours.links).
    let neighbours: MonthNeighbours.Links

    init(heading: String, records: [RecordRowValues], neighbours: MonthNeighbours.Links) {
        self.heading = heading
        self.records = records
        self.neighbours = neighbours
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "heading": .text(heading)
        case "count": .number(records.count)
        // A month has a page only when it has records.
        case "hasRecords": .flag(true)
        case "records": .list(records)
        case "filter": .flag(true)
        case "older", "newer": neighbours.value(key)
        default: nil
        }
    }
}
