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
}

public struct SiteLink: Sendable {
    public var title: String
    public var url: String
}

public struct Policy: Sendable {
    public var minContactsPerYear: Int
    public var contactorMustBePartyMember: Bool
    public var assignmentKinds: [AssignmentKind]
    public var methods: [String]
    public var topics: [String]
    public var triggers: [TriggerKind]
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
    public var min: Int?
    public var max: Int?
}

/// A 联系五到位 kind: the event that makes a contact due, and within how many days.
public struct TriggerKind: Sendable {
    public var id: String
    public var name: String
    public var dueDays: Int
}

/// Guards against inputs that would make cmark-gfm or the loaders take too long or too
/// much memory.
public struct Limits: Sendable {
    public var markdownBytes: Int
    public var renderMilliseconds: Int
    public var dataBytes: Int

    public static let defaults = Limits(markdownBytes: 1 << 20, renderMilliseconds: 2_000, dataBytes: 32 << 20)
}

public enum Audience: String, Sendable, CaseIterable {
    case `public`
    case `internal`
}
