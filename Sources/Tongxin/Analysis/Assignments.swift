/// The assignment table of one year flattened: every (contactor, contactee member) pair,
/// and the windows or branches each contactor looks after, of the rows in force on some
/// day of that year (`from`/`until`; rows without dates always are).
public struct AssignmentTable: Sendable {
    public struct Pair: Sendable, Hashable {
        public let contactorID: String
        public let contacteeID: String
        public let kindID: String
        public let organizerID: String?
        public let inForce: InForce
    }

    public struct UnitLink: Sendable, Hashable {
        public let contactorID: String
        public let kindID: String
        public let target: ResolvedAssignment.Target
        public let inForce: InForce
    }

    public let year: Int
    public let pairs: [Pair]
    public let unitLinks: [UnitLink]
    /// The days each pair is assigned, of every row of every year: a contact is judged
    /// by the rows in force on its own day.
    private let pairPeriods: [PairKey: [InForce]]
    /// Windows each contactor looks after (directly, or through one of its branches), with the days.
    private let windowsByContactor: [String: [(window: String, inForce: InForce)]]
    /// For the contactee's window on the day of a contact (members move).
    private let site: CheckedSite

    public init(_ site: CheckedSite, year: Int) {
        self.year = year
        let period = Period(year: year)
        var pairs: [Pair] = []
        var links: [UnitLink] = []
        var seen = Set<RowKey>()
        var periods: [PairKey: [InForce]] = [:]
        var windows: [String: [(window: String, inForce: InForce)]] = [:]
        let windowOfBranch = site.organization.windowOfBranch()
        for assignment in site.assignments {
            let inForce = assignment.inForce
            let inYear = inForce.overlaps(period)
            for target in assignment.targets {
                switch target {
                case .member(let id):
                    let key = Self.key(assignment.contactorID, id)
                    periods[key, default: []].append(inForce)
                    // The same pair under two kinds is one pair to meet (for the same days).
                    if inYear, seen.insert(RowKey(pair: key, inForce: inForce)).inserted {
                        pairs.append(Pair(contactorID: assignment.contactorID, contacteeID: id, kindID: assignment.kindID, organizerID: assignment.organizerID, inForce: inForce))
                    }
                case .window(let id):
                    windows[assignment.contactorID, default: []].append((id, inForce))
                    if inYear { links.append(UnitLink(contactorID: assignment.contactorID, kindID: assignment.kindID, target: target, inForce: inForce)) }
                case .branch(let id):
                    if let window = windowOfBranch[id] { windows[assignment.contactorID, default: []].append((window, inForce)) }
                    if inYear { links.append(UnitLink(contactorID: assignment.contactorID, kindID: assignment.kindID, target: target, inForce: inForce)) }
                }
            }
        }
        self.pairs = pairs
        self.unitLinks = links
        self.pairPeriods = periods
        windowsByContactor = windows
        self.site = site
    }

    /// Whether a contact on `day` is within the assignment: the pair is assigned on that
    /// day, or the contactor looks after the window the contactee was in on that day
    /// (党组成员 → 临时党支部), as the unit pages count it.
    public func isAssigned(contactor: String, contactee: String, on day: Day) -> Bool {
        if pairPeriods[Self.key(contactor, contactee)]?.contains(where: { $0.contains(day) }) ?? false { return true }
        guard let links = windowsByContactor[contactor], let window = site.member(contactee)?.window(on: day) else { return false }
        return links.contains { $0.window == window && $0.inForce.contains(day) }
    }

    /// The pairs in force on `day` (我的联系任务, the due lists, the counts per contactor).
    public func pairs(on day: Day) -> [Pair] { pairs.filter { $0.inForce.contains(day) } }
    public func unitLinks(on day: Day) -> [UnitLink] { unitLinks.filter { $0.inForce.contains(day) } }

    public func contactors(of member: String) -> [String] {
        pairs.filter { $0.contacteeID == member }.map(\.contactorID)
    }

    /// A pair of members as a dictionary key. The two ids side by side: joined into one
    /// string, every contact and pair looked up allocated a string (ids are longer than
    /// a small string together), in the analysis and in each report's pairs.
    public struct PairKey: Hashable, Sendable {
        let contactor: String
        let contactee: String
    }

    static func key(_ contactor: String, _ contactee: String) -> PairKey { PairKey(contactor: contactor, contactee: contactee) }

    /// A pair and its days: the same pair assigned again for other days is another row.
    struct RowKey: Hashable, Sendable {
        let pair: PairKey
        let inForce: InForce
    }

    static func key(_ pair: Pair) -> RowKey { RowKey(pair: key(pair.contactorID, pair.contacteeID), inForce: pair.inForce) }
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

    /// Counts the rows in force on `asOf`: a row that ended no longer covers anyone.
    public init(_ site: CheckedSite, table: AssignmentTable, asOf: Day) {
        let policy = site.settings.policy
        let scope = site.members.filter { member in
            switch policy.mustCover {
            case .nonParty: !member.isPartyMember
            case .all: !member.isPartyGroup
            }
        }.map(\.id)
        var contactorsByMember: [String: [String]] = [:]
        for pair in table.pairs(on: asOf) { contactorsByMember[pair.contacteeID, default: []].append(pair.contactorID) }
        mustCover = scope
        uncovered = scope.filter { contactorsByMember[$0] == nil }
        multiplyAssigned = contactorsByMember.keys.sorted().compactMap { member in
            let contactors = Array(Set(contactorsByMember[member]!)).sorted()
            return contactors.count > 1 ? (member, contactors) : nil
        }
        quotaProblems = Self.quotas(site, table: table, asOf: asOf).filter { quota in
            (quota.min.map { quota.count < $0 } ?? false) || (quota.max.map { quota.count > $0 } ?? false)
        }
    }

    /// Contactees per contactor and kind, of the rows in force on `asOf`. Kinds for
    /// 党组成员 apply to every 党组成员, so one with no assignment of a kind shows up as short.
    static func quotas(_ site: CheckedSite, table: AssignmentTable, asOf: Day) -> [Quota] {
        var counts: [String: Int] = [:]
        for pair in table.pairs(on: asOf) { counts[pair.contactorID + "|" + pair.kindID, default: 0] += 1 }
        for link in table.unitLinks(on: asOf) { counts[link.contactorID + "|" + link.kindID, default: 0] += 1 }
        var result: [Quota] = []
        for kind in site.settings.policy.assignmentKinds where kind.min != nil || kind.max != nil {
            let contactors: [String] = kind.contactorRole == .partyGroup
                ? site.members.filter(\.isPartyGroup).map(\.id)
                : Array(Set(site.assignments.filter { $0.kindID == kind.id && $0.inForce.contains(asOf) }.map(\.contactorID))).sorted()
            for contactor in contactors {
                result.append(Quota(contactorID: contactor, kindID: kind.id, count: counts[contactor + "|" + kind.id] ?? 0, min: kind.min, max: kind.max))
            }
        }
        return result
    }
}
