/// A site whose references all resolved: what analysis and rendering work from.
/// Only built when validation found no errors.
public struct CheckedSite: Sendable {
    public var site: Site
    public var members: [ResolvedMember]
    public var assignments: [ResolvedAssignment]
    public var events: [ResolvedEvent]
    /// Newest first (RecordOrder), so an ascending list of indices is newest first too.
    public var records: [ResolvedRecord]
    public var cases: [ResolvedCase]

    public var settings: SiteSettings { site.settings }
    public var organization: Organization { site.organization }

    public func member(_ id: String) -> ResolvedMember? { memberIndex[id].map { members[$0] } }

    /// The member's content file, without copying the whole member out of the array.
    func memberFile(_ id: String) -> String? { memberIndex[id].map { members[$0].member.file } }

    let memberIndex: [String: Int]

    init(site: Site, members: [ResolvedMember], assignments: [ResolvedAssignment], events: [ResolvedEvent], records: [ResolvedRecord], cases: [ResolvedCase]) {
        self.site = site
        self.members = members
        self.assignments = assignments
        self.events = events
        // Pages list records newest first: sorting once, by index, spares every view a
        // sort of 10,000 record copies (it was 7 % of a build).
        self.records = records.indices.sorted { RecordOrder.newestFirst(records[$0], records[$1]) }.map { records[$0] }
        self.cases = cases
        self.memberIndex = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1.id, $0) })
    }
}

public struct ResolvedMember: Sendable {
    public var member: Member
    public var partyID: String?
    public var sectorID: String?
    public var committeeID: String?
    public var windowID: String?
    public var roles: [MemberRole]
    /// Resolved earlier memberships, oldest first.
    public var history: [(committeeID: String?, windowID: String?, until: Day)] = []

    /// The committee the member belonged to on a day (members do move).
    public func committee(on day: Day) -> String? {
        history.first { day <= $0.until }.map(\.committeeID) ?? committeeID
    }

    public func window(on day: Day) -> String? {
        history.first { day <= $0.until }.map(\.windowID) ?? windowID
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
}

public struct ResolvedEvent: Sendable {
    public var event: Event
    public var memberID: String
    public var triggerID: String
}

public struct ResolvedRecord: Sendable {
    public var record: Record
    public var contactorID: String
    public var contacteeIDs: [String]
    public var triggerID: String?
}

public struct ResolvedCase: Sendable {
    public var story: CaseStory
    public var memberIDs: [String]
}
