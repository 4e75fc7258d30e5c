/// 联系五到位: for each event, whether a contact with the member followed within the
/// days the policy gives for its kind.
public struct TriggerReport: Sendable {
    public enum Status: Sendable, Hashable {
        case onTime(record: Int, after: Int)
        case late(record: Int, after: Int)
        /// Past due and no contact yet.
        case overdue(daysLate: Int)
        /// Not due yet.
        case open(daysLeft: Int)

        public var isOverdue: Bool { if case .overdue = self { true } else { false } }
    }

    public struct Item: Sendable {
        public let event: ResolvedEvent
        public let due: Day
        public let status: Status
    }

    public let items: [Item]

    public var overdue: [Item] { items.filter { $0.status.isOverdue } }

    /// Events in `period` up to `as_of`. Any contact with the member from the event's day
    /// on answers it; the first one decides whether it was in time.
    public init(_ site: CheckedSite, log: ContactLog, period: Period) {
        let dueDays = Dictionary(site.settings.policy.triggers.map { ($0.id, $0.dueDays) }, uniquingKeysWith: { first, _ in first })
        var contactsByMember: [String: [ContactLog.Contact]] = [:]
        for contact in log.contacts { contactsByMember[contact.contacteeID, default: []].append(contact) }
        items = site.events
            .filter { period.contains($0.event.date.value) && $0.event.date.value <= log.asOf }
            .sorted { ($0.event.date.value, $0.memberID) < ($1.event.date.value, $1.memberID) }
            .map { event in
                let date = event.event.date.value
                let due = date.adding(days: dueDays[event.triggerID] ?? TriggerKind.defaultDueDays)
                let first = contactsByMember[event.memberID]?.first { $0.date >= date }
                let status: Status
                if let first {
                    let after = date.days(until: first.date)
                    status = first.date <= due ? .onTime(record: first.record, after: after) : .late(record: first.record, after: after)
                } else if log.asOf > due {
                    status = .overdue(daysLate: due.days(until: log.asOf))
                } else {
                    status = .open(daysLeft: log.asOf.days(until: due))
                }
                return Item(event: event, due: due, status: status)
            }
    }
}
