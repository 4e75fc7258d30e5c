/// Who is assigned to contact whom, and which records involve a member, indexed by
/// member id for the profile pages.
struct ContactIndex: Sendable {
    struct Pair: Sendable {
        var contactorID: String
        var contacteeID: String
        var kind: String
    }

    private var byContactee: [String: [Pair]] = [:]
    private var byContactor: [String: [Pair]] = [:]
    private var recordsByMember: [String: [ResolvedRecord]] = [:]

    init(_ site: CheckedSite) {
        let kindNames = Dictionary(site.settings.policy.assignmentKinds.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for assignment in site.assignments {
            for case .member(let id) in assignment.targets {
                let pair = Pair(contactorID: assignment.contactorID, contacteeID: id, kind: kindNames[assignment.kindID] ?? assignment.kindID)
                byContactee[id, default: []].append(pair)
                byContactor[assignment.contactorID, default: []].append(pair)
            }
        }
        for record in site.records.sorted(by: RecordOrder.newestFirst) {
            for id in [record.contactorID] + record.contacteeIDs {
                recordsByMember[id, default: []].append(record)
            }
        }
    }

    func contactors(of id: String) -> [Pair] { byContactee[id] ?? [] }
    func contactees(of id: String) -> [Pair] { byContactor[id] ?? [] }
    func records(involving id: String) -> [ResolvedRecord] { recordsByMember[id] ?? [] }
}

enum RecordOrder {
    /// Newest first; the record number breaks ties so the order never depends on the file system.
    static func newestFirst(_ a: ResolvedRecord, _ b: ResolvedRecord) -> Bool {
        if a.record.date.value != b.record.date.value { return a.record.date.value > b.record.date.value }
        return a.record.number > b.record.number
    }
}
