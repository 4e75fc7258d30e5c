/// Parties, sectors, committees, windows and branches from `data/organization.json`.
public struct Organization: Sendable {
    public var parties: [OrgUnit] = []
    public var sectors: [OrgUnit] = []
    public var committees: [OrgUnit] = []
    public var windows: [OrgUnit] = []
    public var branches: [OrgUnit] = []

    public init() {}

    /// 中共 is always `cpc`: it decides who is a Party member.
    public static let communistParty = "cpc"
}

/// One named unit of the organisation. `parent` is the committee of a window, or the
/// window of a branch.
public struct OrgUnit: Sendable {
    public var id: String
    public var name: String
    public var short: String?
    public var parent: Located<String>?
    public var location: SourceLocation

    public var displayName: String { short ?? name }
}
