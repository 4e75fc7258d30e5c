import Foundation

/// A committee member (委员) from `members/<id>.md`.
/// A class, for the same reason as Record.
public final class Member: Sendable {
    public let id: String
    public let file: String
    public let name: Located<String>
    public let gender: String?
    public let party: Located<String>?
    public let sector: Located<String>?
    public let committee: Located<String>?
    public let window: Located<String>?
    public let roles: [Located<String>]
    /// Earlier committees and windows, for members who moved: each entry holds until
    /// its `until` day; the fields above hold after the last one.
    public let history: [MembershipChange]
    public let unit: String?
    public let position: String?
    public let term: String?
    /// Place in rank-ordered lists (附件1, the 党组成员): 1 first (`order` 排序).
    public let order: Int?
    public let `private`: PrivateFields
    public let body: MarkdownSource

    init(id: String, file: String, name: Located<String>, gender: String?, party: Located<String>?, sector: Located<String>?, committee: Located<String>?, window: Located<String>?, roles: [Located<String>], history: [MembershipChange] = [], unit: String?, position: String?, term: String?, order: Int? = nil, `private`: PrivateFields, body: MarkdownSource) {
        self.id = id
        self.file = file
        self.name = name
        self.gender = gender
        self.party = party
        self.sector = sector
        self.committee = committee
        self.window = window
        self.roles = roles
        self.history = history
        self.unit = unit
        self.position = position
        self.term = term
        self.order = order
        self.private = `private`
        self.body = body
    }

    /// The same member with the private fields left out, for the public build (the
    /// loaded member may be shared with the preview's cache: it is never changed).
    func withoutPrivateFields() -> Member {
        Member(id: id, file: file, name: name, gender: gender, party: party, sector: sector, committee: committee,
               window: window, roles: roles, history: history, unit: unit, position: position, term: term,
               order: order, private: PrivateFields(), body: body)
    }
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
    /// A stable hash of the file's path and contents (StableHasher): pages are keyed by
    /// the versions of the files they show, in the preview and in the manifest a build
    /// leaves for the next one (OutputManifest), and Markdown and checks are kept by it.
    public var version: Int

    /// `version` defaults to the hash of the path, first line and text; a loader that
    /// read a whole file passes the hash of all of it.
    public init(text: String, file: String, firstLine: Int, version: Int? = nil) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
        self.version = version ?? {
            var hasher = StableHasher()
            hasher.combine(file)
            hasher.combine(firstLine)
            hasher.combine(text)
            return hasher.finalize()
        }()
    }
}
