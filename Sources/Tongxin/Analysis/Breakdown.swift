/// Contacts in a period counted by one attribute: committee, window, sector, party,
/// contactor, method or month. Committee and window are the contactee's on the day of
/// the contact.
public struct Breakdown: Sendable {
    public enum Dimension: String, Sendable, CaseIterable {
        case committee, window, sector, party, contactor, method, month
    }

    public struct Row: Sendable, Hashable {
        /// An id (committee, window, sector, party, member), a method name or a month "1"…"12";
        /// "" for contacts without the attribute.
        public let key: String
        public let contacts: Int
    }

    public let dimension: Dimension
    public let rows: [Row]

    private init(_ dimension: Dimension, rows: [Row]) {
        self.dimension = dimension
        self.rows = rows
    }

    /// Every dimension at once: one pass over the period's contacts, each contactee
    /// looked up once (seven passes with seven lookups each were most of the analysis).
    public static func all(site: CheckedSite, log: ContactLog, period: Period) -> [Dimension: Breakdown] {
        var counts = [[String: Int]](repeating: [:], count: Dimension.allCases.count)
        for contact in log.contacts(in: period) {
            let contactee = site.member(contact.contacteeID)
            for (index, dimension) in Dimension.allCases.enumerated() {
                counts[index][key(dimension, contact, contactee: contactee, site: site), default: 0] += 1
            }
        }
        return Dictionary(uniqueKeysWithValues: Dimension.allCases.enumerated().map { index, dimension in
            (dimension, Breakdown(dimension, rows: order(dimension, site: site, period: period, asOf: log.asOf, counts: counts[index])))
        })
    }

    private static func key(_ dimension: Dimension, _ contact: ContactLog.Contact, contactee: ResolvedMember?, site: CheckedSite) -> String {
        switch dimension {
        case .committee: return contactee?.committee(on: contact.date) ?? ""
        case .window: return contactee?.window(on: contact.date) ?? ""
        case .sector: return contactee?.sectorID ?? ""
        case .party: return contactee?.partyID ?? ""
        case .contactor: return contact.contactorID
        case .method: return site.records[contact.record].record.method?.value ?? ""
        case .month: return String(contact.date.month)
        }
    }

    /// Rows in the order people expect: the organisation's own order for units, the
    /// policy's order for methods, calendar order for months (all twelve, or six for a
    /// half-year, zeros included, but none after the month of `as_of`: a month not yet
    /// reached had no contacts to count), most contacts first for contactors.
    private static func order(_ dimension: Dimension, site: CheckedSite, period: Period, asOf: Day, counts: [String: Int]) -> [Row] {
        let org = site.organization
        let keys: [String]
        switch dimension {
        case .committee: keys = org.committees.map(\.id)
        case .window: keys = org.windows.map(\.id)
        case .sector: keys = org.sectors.map(\.id)
        case .party: keys = org.parties.map(\.id)
        case .method: keys = site.settings.policy.methods
        case .month: keys = (period.start.month...(period.contains(asOf) ? asOf.month : period.end.month)).map(String.init)
        case .contactor:
            keys = counts.keys.sorted { (counts[$1]!, $0) < (counts[$0]!, $1) }
        }
        var rows = keys.map { Row(key: $0, contacts: counts[$0] ?? 0) }
        if dimension != .month && dimension != .contactor {
            rows.removeAll { $0.contacts == 0 && dimension != .committee && dimension != .method }
        }
        let listed = Set(keys)
        for key in counts.keys.sorted() where !listed.contains(key) {
            rows.append(Row(key: key, contacts: counts[key]!))
        }
        return rows
    }
}
