/// How often each assigned pair met in a year, and which pairs are behind.
public struct FrequencyReport: Sendable {
    public enum Status: String, Sendable, Comparable {
        /// Met at least the minimum.
        case done
        /// Fewer than the minimum and there is still time.
        case inProgress
        /// Fewer than the minimum by year end, or none at all by 1 July.
        case behind

        public static func < (a: Status, b: Status) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .behind ? 0 : self == .inProgress ? 1 : 2 }
    }

    public struct PairCount: Sendable {
        public let pair: AssignmentTable.Pair
        /// Contacts on distinct days within the pair's days in force: two records of the
        /// same pair on the same day are one occasion, since the rule asks for meetings
        /// on two occasions a year.
        public let count: Int
        public let lastContact: Day?
        /// The year's minimum for this pair: the policy's, scaled down for a pair in
        /// force for part of the year (InForce.minimum).
        public let minimum: Int
        public let status: Status
        /// The year counted: a row that started or ended in it shows those dates.
        public let year: Int

        /// "2026年3月1日起", "至2026年6月30日" …; empty for a row in force all year.
        public var note: String { pair.inForce.isAlways ? "" : pair.inForce.note(in: year) }
    }

    public let year: Int
    /// The policy's yearly minimum (a pair in force all year).
    public let minimum: Int
    public let pairs: [PairCount]

    public var done: Int { pairs.count(where: { $0.status == .done }) }
    public var behind: [PairCount] { pairs.filter { $0.status == .behind } }

    public init(table: AssignmentTable, log: ContactLog, year: Int, minimum: Int) {
        self.year = year
        self.minimum = minimum
        let period = Period(year: year)
        var days: [AssignmentTable.PairKey: Set<Day>] = [:]
        for contact in log.contacts(in: period) {
            days[AssignmentTable.key(contact.contactorID, contact.contacteeID), default: []].insert(contact.date)
        }
        let asOf = log.asOf
        pairs = table.pairs.map { pair in
            var met = days[AssignmentTable.key(pair.contactorID, pair.contacteeID)] ?? []
            // Only contacts of the days the row is in force count towards it.
            if !pair.inForce.isAlways { met = met.filter(pair.inForce.contains) }
            let required = pair.inForce.minimum(minimum, in: year)
            let status = Self.status(count: met.count, minimum: required, year: year, asOf: asOf, inForce: pair.inForce)
            return PairCount(pair: pair, count: met.count, lastContact: met.max(), minimum: required, status: status, year: year)
        }
    }

    /// Behind: short of the minimum once the pair's time in the year is over, or with no
    /// contact by 1 July for a pair in force since 1 January.
    static func status(count: Int, minimum: Int, year: Int, asOf: Day, inForce: InForce = .always) -> Status {
        if count >= minimum { return .done }
        let end = min(Period(year: year).end, inForce.until ?? Period(year: year).end)
        let timeOver = asOf >= end
        let firstHalfOver = asOf >= Day(year: year, month: 7, day: 1)! && inForce.startsBy(year)
        if timeOver || (firstHalfOver && count == 0) { return .behind }
        return .inProgress
    }
}

/// Contacts between people no assignment pairs: they count, but are shown apart.
public struct OutsideContacts: Sendable {
    public let contacts: [ContactLog.Contact]

    public init(table: AssignmentTable, log: ContactLog, period: Period) {
        contacts = log.contacts(in: period).filter { !table.isAssigned(contactor: $0.contactorID, contactee: $0.contacteeID, on: $0.date) }
    }
}
