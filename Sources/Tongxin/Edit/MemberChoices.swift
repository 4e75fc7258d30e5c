import Foundation

/// One member as the form offers them: the name, the id, and the pinyin initials
/// (潘志远 → pzy) the clerk may type to find them.
public struct MemberChoice: Sendable, Equatable {
    public var id: String
    public var name: String
    public var initials: String
    public var isPartyMember: Bool
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
        }
        return choices
    }

    /// The name of a member given by id or name, for commit messages.
    func name(_ reference: String) -> String {
        members.first { $0.id == reference }?.name ?? reference
    }
}

extension RecordSheet {
    /// `联系记录 2026-023：潘志远 联系 单志诚`: what the commit says.
    public func commitMessage(_ choices: FormChoices) -> String {
        let contactees = contacteeList.map(choices.name).joined(separator: "、")
        return L("edit.commit.record", number, choices.name(contactor), contactees)
    }

    /// Where a new record goes: records/<year>/<date>-<first contactee's id>.md, never
    /// over an existing file.
    public func newPath(contentFolder: URL, choices: FormChoices) -> String {
        let day = Day(parsing: date) ?? Day.today()
        let folder = "records/\(day.year)"
        let first = contacteeList.first.flatMap { reference in choices.members.first { $0.id == reference || $0.name == reference }?.id }
        let stem = "\(day.iso)-" + (first ?? "record")
        return "\(folder)/" + PinyinIDs.unique(stem) { FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent("\(folder)/\($0).md").path) } + ".md"
    }
}

/// 潘志远 → pzy: the first letter of each character's pinyin (the surname read as a
/// surname: 单 shan, 曾 zeng), as people type to find a name. Kept per name, since the
/// transform is slow and the forms list every member.
enum NameInitials {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: String] = [:]

    static func of(_ name: String) -> String {
        if let found = lock.withLock({ known[name] }) { return found }
        var initials = ""
        for (index, character) in MemberNames.normalise(name).enumerated() {
            if index == 0, let reading = PinyinIDs.surnameReadings[character], let first = reading.first {
                initials.append(first)
            } else if let first = PinyinIDs.syllables(String(character)).first?.first, first.isASCII, first.isLetter {
                initials.append(first)
            }
        }
        lock.withLock { known[name] = initials }
        return initials
    }
}
