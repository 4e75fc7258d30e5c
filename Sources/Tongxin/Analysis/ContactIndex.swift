/// Which records involve a member (as contactor or contactee), newest first, indexed
/// by member id for the profile pages. Who is assigned to whom is AssignmentTable's.
struct ContactIndex: Sendable {
    /// Indices into `CheckedSite.records` (already newest first): copying the records
    /// themselves retained every field once per member.
    private var recordsByMember: [String: [Int]] = [:]

    init(_ site: CheckedSite) {
        for (index, record) in site.records.enumerated() {
            recordsByMember[record.contactorID, default: []].append(index)
            for id in record.contacteeIDs where id != record.contactorID {
                recordsByMember[id, default: []].append(index)
            }
        }
    }

    func records(involving id: String) -> [Int] { recordsByMember[id] ?? [] }
}
