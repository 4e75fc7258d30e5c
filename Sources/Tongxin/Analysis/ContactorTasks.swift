/// 我的联系任务: for one contactor (a 党组成员 or a 党员委员 with assignments), whom they
/// must contact this year and how far they are, the windows they look after, and the
/// 五到位 events of their people that still wait for a contact.
public struct ContactorTasks: Sendable {
    public struct Person: Sendable {
        public let pair: FrequencyReport.PairCount
        /// The last contact in any year up to `as_of`.
        public let lastContact: Day?
        /// Days from `lastContact` to `as_of`.
        public let daysSince: Int?
    }

    public let contactorID: String
    public let people: [Person]
    public let units: [AssignmentTable.UnitLink]
    /// Events not yet answered (open or overdue) whose member was this contactor's on
    /// the day of the event (an assigned pair, or a window they look after), by due day.
    public let openEvents: [TriggerReport.Item]

    /// Every contactor's tasks, in `contactorIDs`' order. The pairs are sorted out once
    /// for all, and only unanswered events are matched against each contactor.
    public static func all(_ work: ContactWork, contactorIDs: [String]) -> [ContactorTasks] {
        // Tasks are the rows in force on `as_of`: an ended row is on the year's 附件1, not here.
        let pairsByContactor = Dictionary(grouping: work.frequency.pairs.filter { $0.pair.inForce.contains(work.asOf) }, by: \.pair.contactorID)
        let linksByContactor = Dictionary(grouping: work.table.unitLinks(on: work.asOf), by: \.contactorID)
        let open = work.triggers.items.filter { item in
            switch item.status {
            case .open, .overdue: true
            case .onTime, .late: false
            }
        }.sorted { ($0.due, $0.event.memberID) < ($1.due, $1.event.memberID) }
        return parallelMap(contactorIDs) { id in
            let people = (pairsByContactor[id] ?? []).map { pair in
                let last = work.due.lastContact(contactor: id, contactee: pair.pair.contacteeID)
                return Person(pair: pair, lastContact: last, daysSince: last.map { $0.days(until: work.asOf) })
            }
            let events = open.filter { work.table.isAssigned(contactor: id, contactee: $0.event.memberID, on: $0.event.event.date.value) }
            return ContactorTasks(contactorID: id, people: people, units: linksByContactor[id] ?? [], openEvents: events)
        }
    }

    /// Who has a task list: every 党组成员, and every member who is the contactor of an
    /// assignment, in site order.
    public static func contactors(_ site: CheckedSite, table: AssignmentTable) -> [String] {
        let assigned = Set(table.pairs.map(\.contactorID)).union(table.unitLinks.map(\.contactorID))
        return site.members.filter { $0.isPartyGroup || assigned.contains($0.id) }.map(\.id)
    }
}
