/// Portal settings and the contact-work policy from `site.json`.
public struct SiteSettings: Sendable {
    public var name: String
    public var organization: String
    public var demo: Bool
    /// The day dashboards are computed for; `nil` means the build date.
    public var asOf: Day?
    public var policy: Policy
    public var limits: Limits
    /// Footer links (the office's public website, the 掌上履职 platform …).
    public var links: [SiteLink] = []
    /// Where the public site is served, e.g. "https://www.example.gov.cn/tongxin/":
    /// the feed and sitemap need absolute addresses.
    public var baseURL: String? = nil
    /// The CPPCC term (届) the portal reports on, e.g. 第十届, 2022–2026: the term page.
    public var term: Term? = nil
    /// A 记录单 .docx beside each record's page (`record_word_files`). Off by default: one
    /// more file per record made the 10,000-page build about a fifth slower (README, Word).
    public var recordWordFiles = false
}

/// A term (届) of five years or so; `firstYear`…`lastYear` inclusive.
public struct Term: Sendable {
    public var name: String
    public var firstYear: Int
    public var lastYear: Int
}

public struct SiteLink: Sendable {
    public var title: String
    public var url: String
}

public struct Policy: Sendable {
    public var minContactsPerYear: Int
    /// A pair still in progress that has not met for more than this many days is listed
    /// as 近期未联系 (`recent_contact_days`).
    public var recentContactDays: Int = Policy.defaultRecentContactDays
    public var mustCover: CoverageScope = .nonParty
    public var contactorMustBePartyMember: Bool
    public var assignmentKinds: [AssignmentKind]
    public var methods: [String]
    public var topics: [String]
    public var triggers: [TriggerKind]
    /// 附件1 as the policy's document prints it (`leader_table`).
    public var leaderTable = LeaderTable()
    /// 附件2, the 记录单, as the policy's document names it (`record_form`).
    public var recordForm = RecordForm()
    /// Where a suggestion may go (`suggestion_routes`): the policy's own list.
    public var suggestionRoutes: [String] = Suggestion.routes
}

/// The table of whom each 党组成员 contacts (Jinhua 附件1): its title and the heading of
/// its first column, as the policy's document prints them.
public struct LeaderTable: Sendable {
    public var title = "党组成员联系名单"
    public var leaderColumn = "党组成员"
}

/// The contact record form (Jinhua 附件2): its title and the label of each field, as the
/// policy's document prints them. Keys are the fields of a record.
public struct RecordForm: Sendable {
    public var title = "党员委员联系党外委员情况记录单"
    public var labels: [String: String] = RecordForm.defaultLabels

    public static let fields = [
        "number", "date", "place", "contactor", "contactor_identity", "contactees", "contactee_identity",
        "method", "trigger", "content", "suggestions", "recorder",
    ]

    public static let defaultLabels: [String: String] = [
        "number": "编号", "date": "日期及起止时间", "place": "联系地点", "contactor": "联系人",
        "contactor_identity": "政协身份及职务", "contactees": "联系对象", "contactee_identity": "政协身份及工作单位、职务",
        "method": "联系方式", "trigger": "联系五到位", "content": "联系内容", "suggestions": "意见建议", "recorder": "记录人",
    ]

    public func label(_ field: String) -> String { labels[field] ?? RecordForm.defaultLabels[field] ?? field }
}

extension Policy {
    public static let defaultRecentContactDays = 90
}

public enum ContactorRole: String, Sendable, CaseIterable {
    case partyGroup = "party-group"
    case partyMember = "party-member"
    case any
}

public enum ContacteeType: String, Sendable, CaseIterable, Comparable {
    case member
    case window
    case branch

    public static func < (a: ContacteeType, b: ContacteeType) -> Bool { a.rawValue < b.rawValue }
}

public struct AssignmentKind: Sendable {
    public var id: String
    public var name: String
    public var contactorRole: ContactorRole
    public var contactees: Set<ContacteeType>
    /// How many contactees of this kind each contactor should have.
    public var min: Int?
    public var max: Int?
    /// Which members may be contacted under this kind; empty means anyone.
    public var filter = ContacteeFilter()
}

/// The policy's description of who a kind's contactees are (Jinhua 附件1 columns,
/// Jiangmen 第二条). A contactee outside it is reported.
public struct ContacteeFilter: Sendable {
    /// `cpc` or `non-party`.
    public var party: PartyFilter?
    /// The contactee has at least one of these roles.
    public var roles: [MemberRole] = []
    /// The contactee's sector is one of these (ids or names, resolved in validation).
    public var sectors: [Located<String>] = []
    public var sameCommittee = false
    public var sameWindow = false

    public var isEmpty: Bool { party == nil && roles.isEmpty && sectors.isEmpty && !sameCommittee && !sameWindow }
}

public enum PartyFilter: String, Sendable, CaseIterable {
    case cpc
    case nonParty = "non-party"
}

/// Who must have a contactor (全覆盖).
public enum CoverageScope: String, Sendable, CaseIterable {
    /// Every member who is not a CPC member (both seed systems).
    case nonParty = "non-party"
    /// Every member except the 党组成员 themselves.
    case all
}

/// A 联系五到位 kind: the event that makes a contact due, and within how many days.
public struct TriggerKind: Sendable {
    public var id: String
    public var name: String
    public var dueDays: Int
}

/// Guards against inputs that would make cmark-gfm or the loaders take too long or too
/// much memory.
public struct Limits: Sendable, Equatable {
    public var markdownBytes: Int
    public var renderMilliseconds: Int
    public var dataBytes: Int

    public static let defaults = Limits(markdownBytes: 1 << 20, renderMilliseconds: 2_000, dataBytes: 32 << 20)
}

/// Who a build is for. The internal portal has everything; the public build has the
/// rules, public case stories and public pages only, and never reads records, the
/// assignment and event data, or members' private fields.
///
/// Defaults per folder: rules/ and cases/ are public unless they say `audience: internal`;
/// pages/ are internal unless they say `audience: public`; members/, records/ and data/
/// are always internal (members appear in public only through the cases that name them,
/// with their public fields).
public enum Audience: String, Sendable, CaseIterable {
    case `public`
    case `internal`

    /// Whether something marked for `audience` belongs in a build for `self`.
    public func includes(_ audience: Audience) -> Bool { self == .internal || audience == .public }
}
