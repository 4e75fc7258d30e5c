/// A pair's yearly count as a row (keys in RenderContext.pairRowKeys): the pairs table
/// and its ~40 narrowed pages, a unit's and a member's pairs, the reports, the home
/// page's pairs behind. Made once per pair and build (RenderContext.pairRows), shared
/// by every page that lists the pair.
final class PairRowValues: TemplateObject, Sendable {
    let contactor, contactee: MemberLinkValues
    /// The contactee's units, by which the filter bar narrows the table.
    let party, sector, committee, window: String
    let kind: String
    let count, minimum: Int
    /// The row's dates when it started or ended within the year, else empty.
    let note: String
    let last: String
    let status, statusClass: String
    let digestOnce: DigestOnce? = DigestOnce(keys: RenderContext.pairRowKeys)

    init(contactor: MemberLinkValues, contactee: MemberLinkValues, party: String, sector: String, committee: String, window: String,
         kind: String, count: Int, minimum: Int, note: String, last: String, status: String, statusClass: String) {
        self.contactor = contactor
        self.contactee = contactee
        self.party = party
        self.sector = sector
        self.committee = committee
        self.window = window
        self.kind = kind
        self.count = count
        self.minimum = minimum
        self.note = note
        self.last = last
        self.status = status
        self.statusClass = statusClass
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "contactor": .object(contactor)
        case "contactee": .object(contactee)
        case "party": .text(party)
        case "sector": .text(sector)
        case "committee": .text(committee)
        case "window": .text(window)
        case "kind": .text(kind)
        case "count": .number(count)
        case "minimum": .number(minimum)
        case "note": .text(note)
        case "last": .text(last)
        case "status": .text(status)
        case "statusClass": .text(statusClass)
        default: nil
        }
    }
}

/// A pair in progress that has not met for a while (the home page's 近期未联系): its row,
/// how many days, and the last contact in any year.
final class QuietPairValues: TemplateObject {
    let row: PairRowValues
    let days: Int
    let lastEver: String

    init(row: PairRowValues, days: Int, lastEver: String) {
        self.row = row
        self.days = days
        self.lastEver = lastEver
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "days": .number(days)
        case "lastEver": .text(lastEver)
        default: row.value(key)
        }
    }
}

/// A person on a contactor's 我的联系任务 page: the pair's row, the last contact in any
/// year, the days since it, and how many contacts the year still needs.
final class TaskPairValues: TemplateObject {
    let row: PairRowValues
    let lastEver, daysSince: String
    let still: Int

    init(row: PairRowValues, lastEver: String, daysSince: String, still: Int) {
        self.row = row
        self.lastEver = lastEver
        self.daysSince = daysSince
        self.still = still
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "lastEver": .text(lastEver)
        case "daysSince": .text(daysSince)
        case "still": .number(still)
        default: row.value(key)
        }
    }
}
