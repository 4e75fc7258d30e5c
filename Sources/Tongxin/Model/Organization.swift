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

    /// The window id of each branch (临时党支部), its `window` written as id or name.
    public func windowOfBranch() -> [String: String] {
        let ids = Set(windows.map(\.id))
        return Dictionary(branches.compactMap { branch -> (String, String)? in
            guard let parent = branch.parent?.value else { return nil }
            let window = ids.contains(parent) ? parent : windows.first { $0.name == parent || $0.short == parent }?.id
            return window.map { (branch.id, $0) }
        }, uniquingKeysWith: { first, _ in first })
    }
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
