/// Per committee and per window: its members, the 党组成员 who look after it, and its
/// contacts of the year by month (a contact counts for the contactee's unit on its
/// day). Computed in one pass over members, links and contacts, so a portal with
/// thousands of windows costs no more than one with ten.
public struct UnitActivity: Sendable {
    public struct Unit: Sendable {
        public var memberIDs: [String] = []
        public var leaderIDs: Set<String> = []
        public var contactsByMonth = [Int](repeating: 0, count: 12)
        /// The records behind those contacts (indices into `CheckedSite.records`; a record
        /// with two contactees in the unit is listed twice).
        public var records: [Int] = []

        public var contacts: Int { contactsByMonth.reduce(0, +) }
    }

    public private(set) var committees: [String: Unit] = [:]
    public private(set) var windows: [String: Unit] = [:]

    init(_ site: CheckedSite, table: AssignmentTable, log: ContactLog, year: Period) {
        for member in site.members {
            if let id = member.committeeID { committees[id, default: Unit()].memberIDs.append(member.id) }
            if let id = member.windowID { windows[id, default: Unit()].memberIDs.append(member.id) }
        }
        let windowOfBranch = site.organization.windowOfBranch()
        for link in table.unitLinks {
            switch link.target {
            case .window(let id): windows[id, default: Unit()].leaderIDs.insert(link.contactorID)
            case .branch(let id): if let window = windowOfBranch[id] { windows[window, default: Unit()].leaderIDs.insert(link.contactorID) }
            case .member: break
            }
        }
        for contact in log.contacts(in: year) {
            guard let member = site.member(contact.contacteeID) else { continue }
            if let id = member.committee(on: contact.date) {
                committees[id, default: Unit()].contactsByMonth[contact.date.month - 1] += 1
                committees[id]!.records.append(contact.record)
            }
            if let id = member.window(on: contact.date) {
                windows[id, default: Unit()].contactsByMonth[contact.date.month - 1] += 1
                windows[id]!.records.append(contact.record)
            }
        }
    }
}
