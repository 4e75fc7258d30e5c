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

    /// The contacts by day, then by record (place in the site), then by contactee id: the
    /// records in DayOrder, each one's few contactees sorted.
    public init(_ site: CheckedSite, asOf: Day) {
        self.asOf = asOf
        let dated = DayOrder.records(site, site.records.indices) { $0.record.date.value <= asOf && !$0.contacteeIDs.isEmpty }
        var contacts: [Contact] = []
        contacts.reserveCapacity(dated.count)
        for (date, index) in dated {
            let record = site.records[index]
            let contactees = record.contacteeIDs.count > 1 ? record.contacteeIDs.sorted() : record.contacteeIDs
            for contactee in contactees {
                contacts.append(Contact(contactorID: record.contactorID, contacteeID: contactee, date: date, record: index))
            }
        }
        self.contacts = contacts
        futureRecords = site.records.indices.filter { site.records[$0].record.date.value > asOf }
    }

    /// The period's contacts: a run of the sorted log, found by its first and last day
    /// (the whole log, not a copy, when every contact is in the period).
    public func contacts(in period: Period) -> [Contact] {
        let first = contacts.partitioningIndex { $0.date >= period.start }
        let end = contacts[first...].partitioningIndex { $0.date > period.end }
        return first == 0 && end == contacts.count ? contacts : Array(contacts[first..<end])
    }
}

extension Day {
    /// Whole days from `self` to `other` (negative when `other` is earlier).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }
}
