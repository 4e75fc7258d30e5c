import Foundation

/// What a signed-in person of the editor may change (issue 15): 录入 writes contact
/// records and their suggestions, 宣传 writes case stories, 审核 may make a case public,
/// 管理 keeps members, assignments and the policy. A person may hold several.
public enum EditRole: String, CaseIterable, Sendable, Comparable {
    case entry = "录入"
    case publicity = "宣传"
    case review = "审核"
    case admin = "管理"

    /// The Chinese name, or an English word for scripts (entry, publicity, review, admin).
    public init?(parsing text: String) {
        switch text {
        case "录入", "entry", "record", "records": self = .entry
        case "宣传", "publicity", "cases": self = .publicity
        case "审核", "review", "reviewer": self = .review
        case "管理", "admin", "administrator": self = .admin
        default: return nil
        }
    }

    public static func < (a: EditRole, b: EditRole) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The kinds of change the editor offers, and the roles that may make each.
public enum EditPermission: Sendable {
    case records
    case cases
    case publishCase
    case members
    /// The JSON data files (assignments, events, the organisation, site.json's policy),
    /// the rule documents, the free pages and the briefs.
    case policy

    public var roles: Set<EditRole> {
        switch self {
        case .records: [.entry, .admin]
        case .cases: [.publicity, .review, .admin]
        // Only a reviewer makes a case public: the public build is the office's face.
        case .publishCase: [.review]
        case .members, .policy: [.admin]
        }
    }
}

extension EditPermission {
    /// The sections whose files the editor saves, restores and deletes.
    public static let editableSections = ["records", "cases", "members", "pages", "rules", "briefs"]

    /// What changing a file asks, by its section: the same role saves, restores and
    /// deletes it (a case's audience asks more: CaseSave, VersionRestore, ContentDelete).
    public static func forFile(_ relative: String) -> EditPermission? {
        switch relative.split(separator: "/").first {
        case "records": .records
        case "cases": .cases
        case "members": .members
        case "data", "site.json": DataFiles.file(relative) == nil ? nil : .policy
        case "pages", "rules", "briefs": .policy
        default: nil
        }
    }

    /// A path a browser sent for 历史, 恢复此版本 or 删除: a Markdown file of an
    /// editable section, or one of the data files with a form; nil otherwise.
    public static func checkedPath(_ given: String?, contentFolder: URL) -> String? {
        guard let given else { return nil }
        if DataFiles.file(given) != nil { return ContentPath.checkedFile(given, contentFolder: contentFolder) }
        guard given.hasSuffix(".md") else { return nil }
        return ContentPath.checked(given, sections: editableSections, contentFolder: contentFolder)
    }

    /// The refusal naming the roles that may.
    public var refusal: String {
        L("edit.role.refused", roles.sorted().map(\.rawValue).joined(separator: "、"))
    }
}
