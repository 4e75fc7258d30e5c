/// The values of the members list (template `members-index`, keys in PageKinds.membersIndex):
/// the whole directory and each list narrowed to a unit. Typed like every page a build
/// draws by the hundred (one narrowed list per unit).
final class MembersIndexValues: TemplateObject {
    let count: Int
    /// A narrowed list's heading; nil on the full list.
    let narrowed: String?
    let members: [MemberRowValues]
    let groups: [GroupLinkValues]
    let hasWindows: Bool

    init(count: Int, narrowed: String?, members: [MemberRowValues], groups: [GroupLinkValues], hasWindows: Bool) {
        self.count = count
        self.narrowed = narrowed
        self.members = members
        self.groups = groups
        self.hasWindows = hasWindows
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "count": .number(count)
        case "narrowed": .text(narrowed)
        case "members": .list(members)
        case "groups": .list(groups)
        case "hasWindows": .flag(hasWindows)
        default: nil
        }
    }
}

/// A member as a row of a list (MemberViews.rowKeys): the members lists and a unit's page.
final class MemberRowValues: TemplateObject {
    let id, name, tableName, href, party, sector, committee, window, roles, unit, position: String
    let isPartyMember: Bool
    /// Shown by the unit pages, which are keyed by what they show (ContextDigest).
    let digestOnce: DigestOnce? = DigestOnce(keys: MemberViews.rowKeys)

    init(_ member: ResolvedMember, labels: Labels) {
        id = member.id
        name = member.name
        tableName = NameLayout.tableName(member.name)
        href = Routes.member(member.id)
        party = labels.party(member.partyID)
        sector = labels.sector(member.sectorID)
        committee = labels.committee(member.committeeID)
        window = labels.window(member.windowID)
        roles = member.roles.map(\.label).joined(separator: "、")
        unit = member.member.unit ?? ""
        position = member.member.position ?? ""
        isPartyMember = member.isPartyMember
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "id": .text(id)
        case "name": .text(name)
        case "tableName": .text(tableName)
        case "href": .text(href)
        case "party": .text(party)
        case "sector": .text(sector)
        case "committee": .text(committee)
        case "window": .text(window)
        case "roles": .text(roles)
        case "unit": .text(unit)
        case "position": .text(position)
        case "isPartyMember": .flag(isPartyMember)
        default: nil
        }
    }
}

/// A member's profile (template `member`, keys in PageKinds.member): the row's values and
/// the member's own fields, pairs, reports and records. Typed because a build draws one
/// per member.
final class MemberValues: TemplateObject {
    let row: MemberRowValues
    let identity, partyFull, term, gender: String
    /// 联系方式 and notes (internal sites only); nil when the member's file has none.
    let privateFields: PrivateValues?
    /// The profile's text (BodyValues).
    let bio: BodyValues
    /// Pairs as rows (RenderContext.pairRow): the members who contact this one, and the
    /// ones this member contacts.
    let contactors, contactees: [PairRowValues]
    let year: Int
    let hasTasks: Bool
    /// The member's task list.
    let tasks: String
    /// A 党组成员's yearly reports; empty for other members.
    let reports: [LabelLinkValues]
    /// The records naming the member (RecordRows).
    let records: [RecordRowValues]

    init(row: MemberRowValues, identity: String, partyFull: String, term: String, gender: String, privateFields: PrivateValues?, bio: BodyValues,
         contactors: [PairRowValues], contactees: [PairRowValues], year: Int, hasTasks: Bool, tasks: String, reports: [LabelLinkValues], records: [RecordRowValues]) {
        self.row = row
        self.identity = identity
        self.partyFull = partyFull
        self.term = term
        self.gender = gender
        self.privateFields = privateFields
        self.bio = bio
        self.contactors = contactors
        self.contactees = contactees
        self.year = year
        self.hasTasks = hasTasks
        self.tasks = tasks
        self.reports = reports
        self.records = records
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "identity": .text(identity)
        case "partyFull": .text(partyFull)
        case "term": .text(term)
        case "gender": .text(gender)
        case "private": .object(privateFields)
        case "bio": .object(bio)
        case "contactors": .list(contactors)
        case "contactees": .list(contactees)
        case "hasPairs": .flag(!contactors.isEmpty || !contactees.isEmpty)
        case "year": .number(year)
        case "hasTasks": .flag(hasTasks)
        case "tasks": .text(tasks)
        case "reports": .list(reports)
        case "hasRecords": .flag(!records.isEmpty)
        case "records": .list(records)
        default: row.value(key)
        }
    }

    /// The private fields, each with its label.
    final class PrivateValues: TemplateObject {
        let items: [LabelValues]

        init(items: [LabelValues]) { self.items = items }

        func value(_ key: String) -> TemplateValue? { key == "items" ? .list(items) : nil }
    }

    final class LabelValues: TemplateObject {
        let label, text: String

        init(label: String, value: String) {
            self.label = label
            text = value
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "label": .text(label)
            case "value": .text(text)
            default: nil
            }
        }
    }
}
