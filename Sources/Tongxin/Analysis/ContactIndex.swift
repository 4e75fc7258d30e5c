/// Which records involve a member (as contactor or contactee), newest first, indexed
/// by member id for the profile pages. Who is assigned to whom is AssignmentTable's.
struct ContactIndex: Sendable {
    private var recordsByMember: [String: [ResolvedRecord]] = [:]

    init(_ site: CheckedSite) {
        for record in site.records.sorted(by: RecordOrder.newestFirst) {
            for id in [record.contactorID] + record.contacteeIDs {
                recordsByMember[id, default: []].append(record)
            }
        }
    }

    func records(involving id: String) -> [ResolvedRecord] { recordsByMember[id] ?? [] }
}

enum RecordOrder {
    /// Newest first; the record number breaks ties so the order never depends on the file system.
    static func newestFirst(_ a: ResolvedRecord, _ b: ResolvedRecord) -> Bool {
        if a.record.date.value != b.record.date.value { return a.record.date.value > b.record.date.value }
        return a.record.number > b.record.number
    }
}
