/// What every view needs: the checked site, its display names, the analysis and the
/// rendered bodies. A class, so that each page's closure retains one reference instead
/// of every collection in here.
final class RenderContext: Sendable {
    let site: CheckedSite
    let labels: Labels
    let work: ContactWork
    /// A stable hash of what the analysis read from members and records (SiteRenderer's
    /// `analyse`): pages that show only the analysis, members and records' front matter
    /// take it as their input.
    let analysisVersion: Int
    let bodies: RenderedBodies
    let images: ImageSizes
    /// Records by the members they name, for the member and unit pages.
    let contacts: ContactIndex
    /// Each record's part of the page keys.
    let versions: InputVersions
    /// Each record as a row of a list.
    let rows: RecordRows
    /// This year's pairs in the tables' order, and grouped by the contactee's 党派 and
    /// 界别: the pairs table, its status pages and each of its narrowed pages (about forty)
    /// show both, and sorting and grouping them again for each page was most of a
    /// preview's rebuild after a record's front matter changed.
    private let pairsInOrder: Once<[FrequencyReport.PairCount]>
    private let pairRowsOnce: Once<[PairRowValues]>
    private let pairGroupsOnce: Once<[PairGroupViews.Group]>
    /// Each member's link, made once: lists of pairs name every member many times.
    private let memberLinks: Once<[String: MemberLinkValues]>
    /// Each member as a row of a list, made once: the members list, its ~70 narrowed
    /// pages and the unit pages show each member several times.
    private let memberRows: Once<[String: MemberRowValues]>

    init(site: CheckedSite, labels: Labels, work: ContactWork, analysisVersion: Int, bodies: RenderedBodies, images: ImageSizes, contacts: ContactIndex, versions: InputVersions, rows: RecordRows) {
        self.site = site
        self.labels = labels
        self.work = work
        self.analysisVersion = analysisVersion
        self.bodies = bodies
        self.images = images
        self.contacts = contacts
        self.versions = versions
        self.rows = rows
        let pairs = work.frequency.pairs
        let sorted = Once { AssignmentViews.sortedPairs(pairs) }
        pairsInOrder = sorted
        pairGroupsOnce = Once { PairGroupViews.groups(sorted.get, site: site) }
        let links = Once {
            Dictionary(site.members.map { ($0.id, Self.link($0.id, name: $0.name, file: $0.member.file)) }, uniquingKeysWith: { first, _ in first })
        }
        memberLinks = links
        memberRows = Once {
            Dictionary(site.members.map { ($0.id, MemberRowValues($0, labels: labels)) }, uniquingKeysWith: { first, _ in first })
        }
        pairRowsOnce = Once { sorted.get.map { Self.pairRow($0, site: site, labels: labels, links: links.get) } }
    }

    var sortedPairs: [FrequencyReport.PairCount] { pairsInOrder.get }
    /// The rows of `sortedPairs`, in the same order: made once and shared by the pairs
    /// table and its narrowed pages.
    var pairRows: [PairRowValues] { pairRowsOnce.get }
    var pairGroups: [PairGroupViews.Group] { pairGroupsOnce.get }

    /// Combines the digests of these rows of `pairRows` (each worked out once a build),
    /// for a page keyed by what it is made from; false when a row cannot be digested.
    func combinePairRows(_ indices: [Int], into hasher: inout StableHasher) -> Bool {
        let rows = pairRows
        for index in indices {
            guard let digest = rows[index].digestOnce?.digest(of: rows[index]) else { return false }
            hasher.combine(digest)
        }
        return true
    }

    var asOf: Day { work.asOf }

    /// The key of pages drawn from the analysis (with members' and records' front
    /// matter): keyed by what they show (ContextDigest), their values made again only
    /// when the analysis changed, so a save that changes no count draws none of them.
    var analysisInputs: PageInputs.Key { PageInputs.Key(versions: InputVersions.mixed(analysisVersion), byContext: true) }
    var policy: Policy { site.settings.policy }

    func name(_ memberID: String) -> String { site.member(memberID)?.name ?? memberID }

    func memberLink(_ memberID: String) -> MemberLinkValues { Self.memberLink(memberID, links: memberLinks.get) }

    /// The member's row (MemberViews.rowKeys), shared by every list that shows it.
    func memberRow(_ member: ResolvedMember) -> MemberRowValues { memberRows.get[member.id] ?? MemberRowValues(member, labels: labels) }

    private static func memberLink(_ memberID: String, links: [String: MemberLinkValues]) -> MemberLinkValues {
        links[memberID] ?? link(memberID, name: memberID, file: "")
    }

    private static func link(_ memberID: String, name: String, file: String) -> MemberLinkValues {
        MemberLinkValues(name: name, tableName: NameLayout.tableName(name), href: Routes.member(memberID), file: file)
    }

    func kindName(_ id: String) -> String { Self.kindName(id, policy: policy) }

    private static func kindName(_ id: String, policy: Policy) -> String { policy.assignmentKinds.first { $0.id == id }?.name ?? id }

    /// The theme's words (theme.json).
    var text: ThemeText { labels.text }

    func statusLabel(_ status: FrequencyReport.Status) -> String { text.status(status) }

    func unitName(_ target: ResolvedAssignment.Target) -> String {
        switch target {
        case .member(let id): name(id)
        case .window(let id): labels.window(id)
        case .branch(let id): labels.branch(id)
        }
    }

    /// A row for a pair's yearly count, used by several tables; the contactee's units are
    /// what the pairs table's filter bar narrows by.
    func pairRow(_ pair: FrequencyReport.PairCount) -> PairRowValues {
        Self.pairRow(pair, site: site, labels: labels, links: memberLinks.get)
    }

    private static func pairRow(_ pair: FrequencyReport.PairCount, site: CheckedSite, labels: Labels, links: [String: MemberLinkValues]) -> PairRowValues {
        let contactee = site.member(pair.pair.contacteeID)
        return PairRowValues(contactor: memberLink(pair.pair.contactorID, links: links), contactee: memberLink(pair.pair.contacteeID, links: links),
                             party: labels.party(contactee?.partyID), sector: labels.sector(contactee?.sectorID),
                             committee: labels.committee(contactee?.committeeID), window: labels.window(contactee?.windowID),
                             kind: kindName(pair.pair.kindID, policy: site.settings.policy), count: pair.count, minimum: pair.minimum, note: pair.note,
                             last: View.date(pair.lastContact), status: labels.text.status(pair.status), statusClass: pair.status.rawValue)
    }
}
