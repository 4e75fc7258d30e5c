/// The assignment table flattened: every (contactor, contactee member) pair, and the
/// windows or branches each contactor looks after.
public struct AssignmentTable: Sendable {
    public struct Pair: Sendable, Hashable {
        public let contactorID: String
        public let contacteeID: String
        public let kindID: String
        public let organizerID: String?
    }

    public struct UnitLink: Sendable, Hashable {
        public let contactorID: String
        public let kindID: String
        public let target: ResolvedAssignment.Target
    }

    public let pairs: [Pair]
    public let unitLinks: [UnitLink]
    private let pairKeys: Set<String>
    /// Windows each contactor looks after (directly, or through one of its branches).
    private let windowsByContactor: [String: Set<String>]
    /// For the contactee's window on the day of a contact (members move).
    private let site: CheckedSite

    public init(_ site: CheckedSite) {
        var pairs: [Pair] = []
        var links: [UnitLink] = []
        var seen = Set<String>()
        for assignment in site.assignments {
            for target in assignment.targets {
                switch target {
                case .member(let id):
                    let key = Self.key(assignment.contactorID, id)
                    // The same pair under two kinds is one pair to meet.
                    if seen.insert(key).inserted {
                        pairs.append(Pair(contactorID: assignment.contactorID, contacteeID: id, kindID: assignment.kindID, organizerID: assignment.organizerID))
                    }
                case .window, .branch:
                    links.append(UnitLink(contactorID: assignment.contactorID, kindID: assignment.kindID, target: target))
                }
            }
        }
        self.pairs = pairs
        self.unitLinks = links
        self.pairKeys = seen
        let windowOfBranch = site.organization.windowOfBranch()
        var windows: [String: Set<String>] = [:]
        for link in links {
            switch link.target {
            case .window(let id): windows[link.contactorID, default: []].insert(id)
            case .branch(let id): if let window = windowOfBranch[id] { windows[link.contactorID, default: []].insert(window) }
            case .member: break
            }
        }
        windowsByContactor = windows
        self.site = site
    }

    /// Whether a contact on `day` is within the assignment: the pair is assigned, or the
    /// contactor looks after the window the contactee was in on that day (党组成员 →
    /// 临时党支部), as the unit pages count it.
    public func isAssigned(contactor: String, contactee: String, on day: Day) -> Bool {
        if pairKeys.contains(Self.key(contactor, contactee)) { return true }
        guard let window = site.member(contactee)?.window(on: day) else { return false }
        return windowsByContactor[contactor]?.contains(window) ?? false
    }

    public func contactors(of member: String) -> [String] {
        pairs.filter { $0.contacteeID == member }.map(\.contactorID)
    }

    static func key(_ contactor: String, _ contactee: String) -> String { contactor + "\u{1F}" + contactee }
}

/// 全覆盖 and the structure of the assignment: who has no contactor, who has several,
/// and which contactors are short of (or over) the counts the policy sets.
public struct CoverageReport: Sendable {
    public struct Quota: Sendable, Hashable {
        public let contactorID: String
        public let kindID: String
        public let count: Int
        public let min: Int?
        public let max: Int?
    }

    public let mustCover: [String]
    public let uncovered: [String]
    /// Members with more than one contactor, with those contactors.
    public let multiplyAssigned: [(member: String, contactors: [String])]
    public let quotaProblems: [Quota]

    public var covered: Int { mustCover.count - uncovered.count }

    public init(_ site: CheckedSite, table: AssignmentTable) {
        let policy = site.settings.policy
        let scope = site.members.filter { member in
            switch policy.mustCover {
            case .nonParty: !member.isPartyMember
            case .all: !member.isPartyGroup
            }
        }.map(\.id)
        var contactorsByMember: [String: [String]] = [:]
        for pair in table.pairs { contactorsByMember[pair.contacteeID, default: []].append(pair.contactorID) }
        mustCover = scope
        uncovered = scope.filter { contactorsByMember[$0] == nil }
        multiplyAssigned = contactorsByMember.keys.sorted().compactMap { member in
            let contactors = Array(Set(contactorsByMember[member]!)).sorted()
            return contactors.count > 1 ? (member, contactors) : nil
        }
        quotaProblems = Self.quotas(site, table: table).filter { quota in
            (quota.min.map { quota.count < $0 } ?? false) || (quota.max.map { quota.count > $0 } ?? false)
        }
    }

    /// Contactees per contactor and kind. Kinds for 党组成员 apply to every 党组成员,
    /// so one with no assignment of a kind shows up as short.
    static func quotas(_ site: CheckedSite, table: AssignmentTable) -> [Quota] {
        var counts: [String: Int] = [:]
        for pair in table.pairs { counts[pair.contactorID + "|" + pair.kindID, default: 0] += 1 }
        for link in table.unitLinks { counts[link.contactorID + "|" + link.kindID, default: 0] += 1 }
        var result: [Quota] = []
        for kind in site.settings.policy.assignmentKinds where kind.min != nil || kind.max != nil {
            let contactors: [String] = kind.contactorRole == .partyGroup
                ? site.members.filter(\.isPartyGroup).map(\.id)
                : Array(Set(site.assignments.filter { $0.kindID == kind.id }.map(\.contactorID))).sorted()
            for contactor in contactors {
                result.append(Quota(contactorID: contactor, kindID: kind.id, count: counts[contactor + "|" + kind.id] ?? 0, min: kind.min, max: kind.max))
            }
        }
        return result
    }
}
