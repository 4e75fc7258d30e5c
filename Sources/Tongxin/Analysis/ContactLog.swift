/// Every contact the records describe, one entry per (contactor, contactee, record),
/// limited to records on or before `as_of`: records dated later are plans or typing
/// mistakes and never count.
public struct ContactLog: Sendable {
    public struct Contact: Sendable, Hashable {
        public let contactorID: String
        public let contacteeID: String
        public let date: Day
        /// Index into `CheckedSite.records`.
        public let record: Int
    }

    public let asOf: Day
    public let contacts: [Contact]
    /// Records dated after `as_of`, reported on the dashboard so they are not lost.
    public let futureRecords: [Int]

    public init(_ site: CheckedSite, asOf: Day) {
        self.asOf = asOf
        var contacts: [Contact] = []
        var future: [Int] = []
        for (index, record) in site.records.enumerated() {
            let date = record.record.date.value
            guard date <= asOf else { future.append(index); continue }
            for contactee in record.contacteeIDs {
                contacts.append(Contact(contactorID: record.contactorID, contacteeID: contactee, date: date, record: index))
            }
        }
        self.contacts = contacts.sorted { ($0.date, $0.record, $0.contacteeID) < ($1.date, $1.record, $1.contacteeID) }
        self.futureRecords = future
    }

    public func contacts(in period: Period) -> [Contact] {
        contacts.filter { period.contains($0.date) }
    }
}

extension Day {
    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }
}
