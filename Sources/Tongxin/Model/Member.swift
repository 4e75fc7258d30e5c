/// A committee member (委员) from `members/<id>.md`.
public struct Member: Sendable {
    public var id: String
    public var file: String
    public var name: Located<String>
    public var gender: String?
    public var party: Located<String>?
    public var sector: Located<String>?
    public var committee: Located<String>?
    public var window: Located<String>?
    public var roles: [Located<String>]
    /// Earlier committees and windows, for members who moved: each entry holds until
    /// its `until` day; the fields above hold after the last one.
    public var history: [MembershipChange] = []
    public var unit: String?
    public var position: String?
    public var term: String?
    public var `private`: PrivateFields
    public var body: MarkdownSource
}

public struct MembershipChange: Sendable {
    public var committee: Located<String>?
    public var window: Located<String>?
    public var until: Located<Day>
}

/// Fields that never leave the internal site.
public struct PrivateFields: Sendable {
    public var phone: String?
    public var address: String?
    public var notes: String?
}

public enum MemberRole: String, Sendable, CaseIterable {
    case partyGroup = "party-group"
    case standing
    case viceChair = "vice-chair"
    case sectorLead = "sector-lead"
    case hk
    case macau

    public var label: String {
        switch self {
        case .partyGroup: "党组成员"
        case .standing: "常委"
        case .viceChair: "专委会副主任"
        case .sectorLead: "界别活动组组长"
        case .hk: "港区委员"
        case .macau: "澳区委员"
        }
    }

    init?(text: String) {
        if let role = MemberRole(rawValue: text) {
            self = role
        } else if let role = MemberRole.allCases.first(where: { $0.label == text }) {
            self = role
        } else {
            switch text {
            case "港澳委员", "香港": self = .hk
            case "澳门": self = .macau
            default: return nil
            }
        }
    }
}

/// Markdown text with the place its first line had in the file.
public struct MarkdownSource: Sendable {
    public var text: String
    public var file: String
    public var firstLine: Int
}
