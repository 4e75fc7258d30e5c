/// What is due besides the pairs already behind: pairs still in progress that have not
/// met for more than `recent_contact_days` (近期未联系), and how many of the members who
/// must be covered were actually contacted this year (having a contactor is not the
/// same as being contacted).
public struct DueContacts: Sendable {
    public struct QuietPair: Sendable {
        public let pair: FrequencyReport.PairCount
        /// The pair's last contact in any year up to `as_of`; nil if they never met.
        public let lastContact: Day?
        /// Days since `lastContact`, or since 1 January when they never met.
        public let days: Int
    }

    /// Most days without contact first.
    public let quiet: [QuietPair]
    /// Members of `CoverageReport.mustCover` with at least one contact this year, by anyone.
    public let contactedThisYear: Int
    /// Each pair's last contact in any year up to `as_of`, by `AssignmentTable.key`.
    public let lastContacts: [AssignmentTable.PairKey: Day]

    public init(frequency: FrequencyReport, coverage: CoverageReport, log: ContactLog, year: Period, limit: Int) {
        var last: [AssignmentTable.PairKey: Day] = [:]
        var contacted = Set<String>()
        for contact in log.contacts {
            // The log is in date order: the last write is the latest day.
            last[AssignmentTable.key(contact.contactorID, contact.contacteeID)] = contact.date
            if year.contains(contact.date) { contacted.insert(contact.contacteeID) }
        }
        lastContacts = last
        contactedThisYear = coverage.mustCover.reduce(0) { $0 + (contacted.contains($1) ? 1 : 0) }
        let asOf = log.asOf
        quiet = frequency.pairs.compactMap { pair -> QuietPair? in
            // A due list: only pairs in force on `as_of` (an ended row is no one's task).
            guard pair.status == .inProgress, pair.pair.inForce.contains(asOf) else { return nil }
            let lastDay = last[AssignmentTable.key(pair.pair.contactorID, pair.pair.contacteeID)]
            // Never met: counted from 1 January, or from the day the row came into force.
            let days = (lastDay ?? max(year.start, pair.pair.inForce.from ?? year.start)).days(until: asOf)
            return days > limit ? QuietPair(pair: pair, lastContact: lastDay, days: days) : nil
        }.sorted { a, b in
            if a.days != b.days { return a.days > b.days }
            return (a.pair.pair.contactorID, a.pair.pair.contacteeID) < (b.pair.pair.contactorID, b.pair.pair.contacteeID)
        }
    }

    /// The last contact of a pair in any year up to `as_of`.
    public func lastContact(contactor: String, contactee: String) -> Day? {
        lastContacts[AssignmentTable.key(contactor, contactee)]
    }
}
