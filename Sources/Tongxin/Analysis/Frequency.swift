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
        /// Contacts on distinct days: two records of the same pair on the same day are
        /// one occasion, since the rule asks for meetings on two occasions a year.
        public let count: Int
        public let lastContact: Day?
        public let status: Status
    }

    public let year: Int
    public let minimum: Int
    public let pairs: [PairCount]

    public var done: Int { pairs.filter { $0.status == .done }.count }
    public var behind: [PairCount] { pairs.filter { $0.status == .behind } }

    public init(table: AssignmentTable, log: ContactLog, year: Int, minimum: Int) {
        self.year = year
        self.minimum = minimum
        let period = Period(year: year)
        var days: [String: Set<Day>] = [:]
        for contact in log.contacts(in: period) {
            days[AssignmentTable.key(contact.contactorID, contact.contacteeID), default: []].insert(contact.date)
        }
        let asOf = log.asOf
        pairs = table.pairs.map { pair in
            let met = days[AssignmentTable.key(pair.contactorID, pair.contacteeID)] ?? []
            let status = Self.status(count: met.count, minimum: minimum, year: year, asOf: asOf)
            return PairCount(pair: pair, count: met.count, lastContact: met.max(), status: status)
        }
    }

    static func status(count: Int, minimum: Int, year: Int, asOf: Day) -> Status {
        if count >= minimum { return .done }
        let yearOver = asOf >= Period(year: year).end
        let firstHalfOver = asOf >= Day(year: year, month: 7, day: 1)!
        if yearOver || (firstHalfOver && count == 0) { return .behind }
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
