import Foundation

/// One member as the form offers them: the name, the id, and the pinyin initials
/// (潘志远 → pzy) the clerk may type to find them.
public struct MemberChoice: Sendable, Equatable {
    public var id: String
    public var name: String
    public var initials: String
    public var isPartyMember: Bool
}

/// An id to pick and the name it stands for (a window, an assignment kind …).
public struct IDChoice: Sendable, Equatable {
    public var id: String
    public var name: String
}

/// What the forms offer to choose from: members, and the policy's methods, topics and
/// 五到位 kinds from site.json, read from the content as it is now.
public struct FormChoices: Sendable {
    public var members: [MemberChoice] = []
    public var methods: [String] = []
    public var topics: [String] = []
    public var triggers: [String] = []
    public var routes = Suggestion.routes
    public var statuses = Suggestion.statuses
    /// The labels of the office's own 记录单 (policy `record_form`).
    public var recordLabels = RecordForm()
    /// For the data forms: the policy's assignment kinds and 五到位 kinds by id, and the
    /// committees, windows and branches an assignment may name.
    public var assignmentKinds: [IDChoice] = []
    public var triggerKinds: [IDChoice] = []
    public var units: [IDChoice] = []

    public static func read(_ contentFolder: URL) -> FormChoices {
        let snapshot = ContentSnapshot.read(contentFolder)
        var choices = FormChoices()
        choices.members = snapshot.members.map { member in
            let initials = NameInitials.of(member.name.value)
            return MemberChoice(id: member.id, name: member.name.value, initials: initials, isPartyMember: member.party?.value == Organization.communistParty || member.party?.value == "中共")
        }.sorted { $0.id < $1.id }
        if let policy = snapshot.settings?.policy {
            choices.methods = policy.methods
            choices.topics = policy.topics
            choices.triggers = policy.triggers.map(\.name)
            choices.routes = policy.suggestionRoutes
            choices.recordLabels = policy.recordForm
            choices.assignmentKinds = policy.assignmentKinds.map { IDChoice(id: $0.id, name: $0.name) }
            choices.triggerKinds = policy.triggers.map { IDChoice(id: $0.id, name: $0.name) }
        }
        if let organization = snapshot.organization {
            choices.units = (organization.committees + organization.windows + organization.branches).map { IDChoice(id: $0.id, name: $0.name) }
        }
        return choices
    }

    /// The name of a member given by id or name, for commit messages.
    func name(_ reference: String) -> String {
        members.first { $0.id == reference }?.name ?? reference
    }
}
