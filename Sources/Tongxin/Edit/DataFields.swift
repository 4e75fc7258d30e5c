import Foundation

/// One field of a form over a JSON data file (DataForm): a value, a group of fields (a
/// JSON object) or a table (a list of objects, one row each). The fields of each file
/// are declared once, in DataFiles, from the file's schema; the page and the save are
/// made from them.
public struct DataField: Sendable {
    public indirect enum Kind: Sendable {
        case text
        /// A JSON number; what is not one is written as text, for the check to report.
        case number
        case bool
        case date
        /// Ids typed separated by 、 (a JSON list of strings).
        case list
        /// One item per line (a JSON list of strings whose items may hold 、).
        case lines
        case group(DataGroup)
        case rows(DataGroup)
    }

    /// What a text field offers to pick from (a datalist): the record form's members,
    /// or ids from the policy and the organisation.
    public enum Picker: String, Sendable {
        case members
        case partyMembers = "party-members"
        /// Members, windows and branches: whom an assignment may name.
        case contactees
        case assignmentKinds = "assignment-kinds"
        case triggers
        case units
    }

    public let key: String
    public let kind: Kind
    public let picker: Picker?

    public init(_ key: String, _ kind: Kind = .text, picker: Picker? = nil) {
        self.key = key
        self.kind = kind
        self.picker = picker
    }

    public var isValue: Bool {
        switch kind {
        case .group, .rows: false
        default: true
        }
    }
}

/// The fields of one kind of JSON object, in the order the form shows them, with the
/// schema that gives their Chinese spellings (a row may write 起始日期 for `from`).
public struct DataGroup: Sendable {
    let schema: FieldSchema
    public let fields: [DataField]

    init(_ schema: FieldSchema, _ fields: [DataField]) {
        assert(fields.allSatisfy { schema.keys.contains($0.key) })
        self.schema = schema
        self.fields = fields
    }

    /// The catalogue key of a field's label: edit.data.<schema>.<key>.
    public func labelKey(_ key: String) -> String {
        "edit.data.\(schema.whatKey.dropFirst("schema.".count)).\(key)"
    }

    func field(spelled key: String) -> DataField? {
        guard let canonical = schema.canonicalKey(key) else { return nil }
        return fields.first { $0.key == canonical }
    }
}

/// One JSON file of the content that has a form: its path and its fields. Only 管理
/// saves them (EditPermission.policy).
public struct DataFile: Sendable {
    public let path: String
    public let root: DataField
    /// New rows are written on one line each (the data lists' style), also into a list
    /// that was empty.
    let rowsOnOneLine: Bool

    /// The catalogue key of the file's title.
    public var titleKey: String { "edit.data.file.\(((path as NSString).lastPathComponent as NSString).deletingPathExtension)" }
}

/// Every JSON file of the content and its form, generated from its schema.
public enum DataFiles {
    public static let all: [DataFile] = [assignments, events, organization, site]

    public static func file(_ path: String) -> DataFile? { all.first { $0.path == path } }

    static let assignments = DataFile(path: "data/assignments.json", root: DataField("d", .rows(DataGroup(Schemas.assignment, [
        DataField("contactor", picker: .partyMembers), DataField("kind", picker: .assignmentKinds),
        DataField("contactees", .list, picker: .contactees), DataField("organizer", picker: .units),
        DataField("from", .date), DataField("until", .date), DataField("note"),
    ]))), rowsOnOneLine: true)

    static let events = DataFile(path: "data/events.json", root: DataField("d", .rows(DataGroup(Schemas.event, [
        DataField("member", picker: .members), DataField("kind", picker: .triggers), DataField("date", .date), DataField("note"),
    ]))), rowsOnOneLine: true)

    private static func units(_ extra: String...) -> DataField.Kind {
        .rows(DataGroup(Schemas.orgUnit, [DataField("id"), DataField("name"), DataField("short")] + extra.map { DataField($0, picker: .units) }))
    }

    static let organization = DataFile(path: "data/organization.json", root: DataField("d", .group(DataGroup(Schemas.organization, [
        DataField("parties", units()), DataField("sectors", units()), DataField("committees", units()),
        DataField("windows", units("committee")), DataField("branches", units("window")),
    ]))), rowsOnOneLine: false)

    static let site = DataFile(path: "site.json", root: DataField("d", .group(DataGroup(Schemas.site, [
        DataField("name"), DataField("organization"), DataField("demo", .bool), DataField("as_of", .date), DataField("base_url"), DataField("record_word_files", .bool),
        DataField("term", .group(DataGroup(Schemas.term, [DataField("name"), DataField("first_year", .number), DataField("last_year", .number)]))),
        DataField("policy", .group(policy)),
        DataField("limits", .group(DataGroup(Schemas.limits, [DataField("markdown_bytes", .number), DataField("render_ms", .number), DataField("data_bytes", .number)]))),
        DataField("links", .rows(DataGroup(Schemas.link, [DataField("title"), DataField("url")]))),
    ]))), rowsOnOneLine: false)

    private static let policy = DataGroup(Schemas.policy, [
        DataField("min_contacts_per_year", .number), DataField("contactor_must_be_party_member", .bool),
        DataField("must_cover"), DataField("recent_contact_days", .number),
        DataField("methods", .lines), DataField("topics", .lines), DataField("suggestion_routes", .lines),
        DataField("assignment_kinds", .rows(DataGroup(Schemas.assignmentKind, [
            DataField("id"), DataField("name"), DataField("contactor_role"), DataField("contactee", .list),
            DataField("min", .number), DataField("max", .number), DataField("contactee_party"), DataField("contactee_roles", .list),
            DataField("contactee_sectors", .list), DataField("same_committee", .bool), DataField("same_window", .bool),
        ]))),
        DataField("triggers", .rows(DataGroup(Schemas.trigger, [DataField("id"), DataField("name"), DataField("due_days", .number)]))),
        DataField("leader_table", .group(DataGroup(Schemas.leaderTable, [DataField("title"), DataField("leader_column")]))),
        DataField("record_form", .group(DataGroup(Schemas.recordForm, [
            DataField("title"), DataField("labels", .group(DataGroup(Schemas.recordFormLabels, RecordForm.fields.map { DataField($0) }))),
        ]))),
    ])
}
