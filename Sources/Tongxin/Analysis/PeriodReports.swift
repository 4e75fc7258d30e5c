/// The half-year report of a committee (Jiangmen 第五条(三)): its pairs, what each met
/// in the half-year, and the records and suggestions of its members.
public struct CommitteeReport: Sendable {
    public struct PairLine: Sendable {
        public let pair: AssignmentTable.Pair
        public let contacts: Int
    }

    public let committeeID: String
    public let period: Period
    public let memberIDs: [String]
    public let pairs: [PairLine]
    /// Records (indices) with a contactee in the committee on the day of the contact.
    public let records: [Int]
    public let suggestions: [SuggestionRegister.Entry]

    public var pairsMet: Int { Self.met(pairs) }

    /// How many of the pairs met at least once in the period.
    static func met(_ lines: [PairLine]) -> Int { lines.count(where: { $0.contacts > 0 }) }

    public init(_ site: CheckedSite, work: ContactWork, committeeID: String, period: Period) {
        let groups = Committees(site, table: work.table(of: period.year, site))
        self.init(site, work: work, committeeID: committeeID, period: period,
                  inCommittee: work.log.contacts(in: period).filter { site.member($0.contacteeID)?.committee(on: $0.date) == committeeID },
                  members: groups.members[committeeID] ?? [], pairs: groups.pairs[committeeID] ?? [])
    }

    /// `inCommittee`: the period's contacts whose contactee was in the committee on the
    /// day (see `byCommittee`, which sorts a period's contacts for all committees at once);
    /// `members` and `pairs`: the committee's members and the pairs of which they are the
    /// contactee (see `Committees`).
    init(_ site: CheckedSite, work: ContactWork, committeeID: String, period: Period, inCommittee: [ContactLog.Contact], members: [String], pairs: [AssignmentTable.Pair]) {
        self.committeeID = committeeID
        self.period = period
        memberIDs = members
        self.pairs = Self.pairLines(pairs, period: period, inCommittee: inCommittee)
        records = Self.records(inCommittee)
        suggestions = SuggestionRegister(site, records: records, log: work.log, period: period).entries
    }

    /// The committee's pairs in force in the period, each with its contacts there. A
    /// dated row belongs to the periods it is in force in, and counts its own days' contacts.
    static func pairLines(_ pairs: [AssignmentTable.Pair], period: Period, inCommittee: [ContactLog.Contact]) -> [PairLine] {
        var days: [AssignmentTable.PairKey: Set<Day>] = [:]
        for contact in inCommittee { days[AssignmentTable.key(contact.contactorID, contact.contacteeID), default: []].insert(contact.date) }
        return inForce(pairs, period: period).map { pair in
            let met = days[AssignmentTable.key(pair.contactorID, pair.contacteeID)] ?? []
            return PairLine(pair: pair, contacts: pair.inForce.isAlways ? met.count : met.filter(pair.inForce.contains).count)
        }
    }

    /// The pairs in force at some time in the period: a report's pairs.
    static func inForce(_ pairs: [AssignmentTable.Pair], period: Period) -> [AssignmentTable.Pair] {
        pairs.filter { $0.inForce.overlaps(InForce(from: period.start, until: period.end)) }
    }

    /// The records of the contacts, each once, in site order.
    static func records(_ inCommittee: [ContactLog.Contact]) -> [Int] {
        Array(Set(inCommittee.map(\.record))).sorted()
    }
}

extension CommitteeReport {
    /// A period's contacts by the committee their contactee was in on the day: one pass
    /// for every committee's report instead of one pass per committee.
    static func byCommittee(_ site: CheckedSite, work: ContactWork, period: Period) -> [String: [ContactLog.Contact]] {
        byCommittee(site, contacts: work.log.contacts(in: period))
    }

    /// `contacts`: a period's (ContactLog.contacts(in:)), when the caller has them already.
    static func byCommittee(_ site: CheckedSite, contacts: [ContactLog.Contact]) -> [String: [ContactLog.Contact]] {
        Dictionary(grouping: contacts) { site.member($0.contacteeID)?.committee(on: $0.date) ?? "" }
    }

    /// Each committee's members and the pairs of which they are the contactee, in site
    /// order, sorted out once for all reports of all periods.
    struct Committees: Sendable {
        let members: [String: [String]]
        let pairs: [String: [AssignmentTable.Pair]]

        init(_ site: CheckedSite, table: AssignmentTable) {
            var members: [String: [String]] = [:]
            for member in site.members { members[member.committeeID ?? "", default: []].append(member.id) }
            self.members = members
            pairs = Dictionary(grouping: table.pairs) { site.member($0.contacteeID)?.committeeID ?? "" }
        }
    }
}

/// The yearly report of a 党组成员 (Jinhua 四.5): whom they were assigned, how often
/// they met each, the windows they look after, and their records and suggestions.
public struct LeaderReport: Sendable {
    public let memberID: String
    public let year: Int
    public let pairs: [FrequencyReport.PairCount]
    public let units: [AssignmentTable.UnitLink]
    public let records: [Int]
    public let suggestions: [SuggestionRegister.Entry]

    public init(_ site: CheckedSite, work: ContactWork, memberID: String, year: Int) {
        self.init(site, work: work, memberID: memberID, year: year, frequency: Self.frequency(site, work: work, year: year),
                  contacts: work.log.contacts(in: Period(year: year)).filter { $0.contactorID == memberID })
    }

    /// `frequency`: the year's pair counts; `contacts`: the year's contacts made by the member.
    init(_ site: CheckedSite, work: ContactWork, memberID: String, year: Int, frequency: FrequencyReport, contacts: [ContactLog.Contact]) {
        self.memberID = memberID
        self.year = year
        pairs = frequency.pairs.filter { $0.pair.contactorID == memberID }
        units = work.table(of: year, site).unitLinks.filter { $0.contactorID == memberID }
        records = Array(Set(contacts.map(\.record))).sorted()
        suggestions = SuggestionRegister(site, records: records, log: work.log, period: Period(year: year)).entries
    }

    private static func frequency(_ site: CheckedSite, work: ContactWork, year: Int) -> FrequencyReport {
        // Another year's pairs are the rows in force in that year.
        year == work.asOf.year ? work.frequency
            : work.pastYears[year]?.frequency
            ?? FrequencyReport(table: AssignmentTable(site, year: year), log: work.log, year: year, minimum: site.settings.policy.minContactsPerYear)
    }

    /// The reports of these members for these years, year by year: the year's pair
    /// counts and contacts are worked out once for all members, not once per member.
    static func all(_ site: CheckedSite, work: ContactWork, memberIDs: [String], years: [Int]) -> [LeaderReport] {
        years.flatMap { year in
            let frequency = Self.frequency(site, work: work, year: year)
            let byContactor = Dictionary(grouping: work.log.contacts(in: Period(year: year)), by: \.contactorID)
            return parallelMap(memberIDs) { id in
                LeaderReport(site, work: work, memberID: id, year: year, frequency: frequency, contacts: byContactor[id] ?? [])
            }
        }
    }
}
