/// A site whose references all resolved: what analysis and rendering work from.
/// Only built when validation found no errors. A class: ten thousand page closures
/// capture it, and copying a struct of a dozen collections retained each of them.
public final class CheckedSite: Sendable {
    public let site: Site
    public let members: [ResolvedMember]
    public let assignments: [ResolvedAssignment]
    public let events: [ResolvedEvent]
    /// Newest first (RecordOrder), so an ascending list of indices is newest first too.
    public let records: [ResolvedRecord]
    public let cases: [ResolvedCase]

    public var settings: SiteSettings { site.settings }
    public var organization: Organization { site.organization }

    public func member(_ id: String) -> ResolvedMember? { memberIndex[id].map { members[$0] } }

    let memberIndex: [String: Int]

    init(site: Site, members: [ResolvedMember], assignments: [ResolvedAssignment], events: [ResolvedEvent], records: [ResolvedRecord], cases: [ResolvedCase]) {
        self.site = site
        self.members = members
        self.assignments = assignments
        self.events = events
        // Pages list records newest first: sorting once, by index, spares every view a
        // sort of 10,000 record copies (it was 7 % of a build). By keys read once, side by
        // side: each comparison read two records' dates from their objects, scattered in
        // memory (at every save of the preview, and 200,000 records in a province).
        let keys = records.map { RecordOrder.Key($0) }
        self.records = records.indices.sorted { keys[$0].isNewer(than: keys[$1]) }.map { records[$0] }
        self.cases = cases
        self.memberIndex = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.id, $0) })
    }
}

/// A class, like ResolvedRecord: analyses and views pass members and records around by
/// the ten thousand, and each copy of a struct of a dozen strings retained every one of
/// them (a tenth of a build's time went to those retains and releases).
public final class ResolvedMember: Sendable {
    public let member: Member
    public let partyID: String?
    public let sectorID: String?
    public let committeeID: String?
    public let windowID: String?
    public let roles: [MemberRole]
    /// Resolved earlier memberships, oldest first.
    public let history: [(committeeID: String?, windowID: String?, until: Day)]

    init(member: Member, partyID: String?, sectorID: String?, committeeID: String?, windowID: String?, roles: [MemberRole], history: [(committeeID: String?, windowID: String?, until: Day)]) {
        self.member = member
        self.partyID = partyID
        self.sectorID = sectorID
        self.committeeID = committeeID
        self.windowID = windowID
        self.roles = roles
        self.history = history
    }

    /// The committee the member belonged to on a day (members do move).
    public func committee(on day: Day) -> String? {
        history.first { day <= $0.until }.map(\.committeeID) ?? committeeID
    }

    public func window(on day: Day) -> String? {
        history.first { day <= $0.until }.map(\.windowID) ?? windowID
    }

    /// One stretch of membership: from the day after the previous `until` (nil: always)
    /// to its own `until` (nil: still).
    public struct Membership: Sendable {
        public let from: Day?
        public let until: Day?
        public let committeeID: String?
        public let windowID: String?

        func overlaps(_ other: Membership) -> Bool {
            let startsBeforeOtherEnds = from.flatMap { start in other.until.map { start <= $0 } } ?? true
            let otherStartsBeforeThisEnds = other.from.flatMap { start in until.map { start <= $0 } } ?? true
            return startsBeforeOtherEnds && otherStartsBeforeThisEnds
        }
    }

    /// Every membership, oldest first, the present one last.
    public var memberships: [Membership] {
        var result: [Membership] = []
        var from: Day?
        for entry in history {
            result.append(Membership(from: from, until: entry.until, committeeID: entry.committeeID, windowID: entry.windowID))
            from = entry.until.adding(days: 1)
        }
        result.append(Membership(from: from, until: nil, committeeID: committeeID, windowID: windowID))
        return result
    }

    /// Whether both were in the same committee or window (`unit`) on some day: an
    /// assignment holds for the days they shared, also after one of them moved.
    public func sharedUnit(_ unit: KeyPath<Membership, String?>, with other: ResolvedMember) -> Bool {
        let others = other.memberships
        return memberships.contains { mine in others.contains { $0[keyPath: unit] == mine[keyPath: unit] && $0.overlaps(mine) } }
    }

    public var id: String { member.id }
    public var name: String { member.name.value }
    public var isPartyMember: Bool { partyID == Organization.communistParty }
    public var isPartyGroup: Bool { roles.contains(.partyGroup) }
}

public struct ResolvedAssignment: Sendable {
    public enum Target: Sendable, Hashable {
        case member(String)
        case window(String)
        case branch(String)
    }

    public var assignment: Assignment
    public var contactorID: String
    public var kindID: String
    public var targets: [Target]
    public var organizerID: String?

    public var inForce: InForce { assignment.inForce }
}

public struct ResolvedEvent: Sendable {
    public var event: Event
    public var memberID: String
    public var triggerID: String
}

public final class ResolvedRecord: Sendable {
    public let record: Record
    public let contactorID: String
    public let contacteeIDs: [String]
    public let triggerID: String?
    /// 政协身份 on the day by member id, where the record gives one (`identities`).
    public let identities: [String: String]

    init(record: Record, contactorID: String, contacteeIDs: [String], triggerID: String?, identities: [String: String] = [:]) {
        self.record = record
        self.contactorID = contactorID
        self.contacteeIDs = contacteeIDs
        self.triggerID = triggerID
        self.identities = identities
    }
}

public struct ResolvedCase: Sendable {
    public var story: CaseStory
    public var memberIDs: [String]
}

enum RecordOrder {
    /// What the order reads of a record: newest first; the record number breaks ties so
    /// the order never depends on the file system.
    struct Key {
        let date: Day
        let number: String

        init(_ record: ResolvedRecord) {
            date = record.record.date.value
            number = record.record.number
        }

        func isNewer(than other: Key) -> Bool {
            if date != other.date { return date > other.date }
            return number > other.number
        }
    }
}
