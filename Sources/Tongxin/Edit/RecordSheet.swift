import Foundation

/// One suggestion row of the 记录单 form.
public struct SuggestionRow: Sendable, Equatable {
    public var text = ""
    public var route = ""
    public var status = ""
    public var feedback = ""
    /// The follow-up (Jinhua 四.4): 处理意见, 处理情况, 备案日期.
    public var handling = ""
    public var result = ""
    public var filed = ""
    /// Fields of the suggestion the form does not show (the office's follow-up notes …),
    /// as key and YAML text, written back unchanged.
    var others: [(key: String, value: String)] = []

    public init(text: String = "", route: String = "", status: String = "", feedback: String = "", handling: String = "", result: String = "", filed: String = "") {
        self.text = text
        self.route = route
        self.status = status
        self.feedback = feedback
        self.handling = handling
        self.result = result
        self.filed = filed
    }

    public static func == (a: SuggestionRow, b: SuggestionRow) -> Bool {
        a.text == b.text && a.route == b.route && a.status == b.status && a.feedback == b.feedback
            && a.handling == b.handling && a.result == b.result && a.filed == b.filed
            && a.others.map(\.key) == b.others.map(\.key) && a.others.map(\.value) == b.others.map(\.value)
    }
}

/// The 附件2 记录单 as a form: the fields of a contact record (Schemas.record) as the
/// office types them, read from a file and written back into it (FrontMatterEditor).
/// Values are kept as written (a contactee by id or by name), so a form saved without a
/// change gives the same bytes.
public struct RecordSheet: Sendable, Equatable {
    /// The file, relative to the content folder; nil for a new record.
    public var path: String?
    /// FileVersion of the text the form was opened on.
    public var version = FileVersion.absent
    public var number = ""
    public var date = ""
    public var time = ""
    public var place = ""
    public var contactor = ""
    /// Names or ids, separated by 、 or commas as on the command line.
    public var contactees = ""
    public var method = ""
    public var topics: [String] = []
    public var trigger = ""
    public var recorder = ""
    public var suggestions: [SuggestionRow] = []
    public var body = ""

    public init() {}

    /// The fields in the order of 附件2, for laying out the form and placing problems.
    public static let fields = ["number", "date", "time", "place", "contactor", "contactees", "method", "topics", "trigger", "recorder", "suggestions", "body"]

    /// A new record: the year's next 编号 and today's date.
    public static func blank(today: Day, contentFolder: URL) -> RecordSheet {
        var form = RecordSheet()
        form.date = today.iso
        form.number = RecordNumbers.next(year: today.year, contentFolder: contentFolder)
        return form
    }

    /// The form filled from a record's text; nil when the text has no readable front matter.
    public static func reading(_ text: String, path: String) -> RecordSheet? {
        guard let editor = FrontMatterEditor(text, schema: Schemas.record) else { return nil }
        var form = RecordSheet()
        form.path = path
        form.version = FileVersion.of(Data(text.utf8))
        func scalar(_ key: String) -> String { editor.member(key)?.value.scalarText ?? "" }
        func list(_ key: String) -> [String] {
            guard let node = editor.member(key)?.value else { return [] }
            if case .array(let items) = node.value { return items.compactMap(\.scalarText) }
            return node.scalarText.map { [$0] } ?? []
        }
        form.number = scalar("number")
        form.date = scalar("date")
        form.time = scalar("time")
        form.place = scalar("place")
        form.contactor = scalar("contactor")
        form.contactees = list("contactees").joined(separator: "、")
        form.method = scalar("method")
        form.topics = list("topics")
        form.trigger = scalar("trigger")
        form.recorder = scalar("recorder")
        form.suggestions = suggestions(editor.member("suggestions")?.value)
        form.body = editor.body
        return form
    }

    private static func suggestions(_ node: DataNode?) -> [SuggestionRow] {
        guard let node, case .array(let items) = node.value else { return [] }
        return items.map { item in
            var row = SuggestionRow()
            guard case .object(let members) = item.value else {
                row.text = item.scalarText ?? ""
                return row
            }
            for member in members {
                let value = member.value.scalarText ?? ""
                switch Schemas.suggestion.canonicalKey(member.key) {
                case "text": row.text = value
                case "route": row.route = value
                case "status": row.status = value
                case "feedback": row.feedback = value
                case "handling": row.handling = value
                case "result": row.result = value
                case "filed": row.filed = value
                default: row.others.append((member.key, YAMLValue.text(member.value)))
                }
            }
            return row
        }
    }

    /// The contactees one by one.
    public var contacteeList: [String] { Scaffold.splitNames(contactees) }

    /// The record's text with this form's values: `original` (nil for a new file) with
    /// only the fields that differ from it rewritten.
    public func text(original: String?) -> String {
        let base = original ?? "---\n---\n"
        guard var editor = FrontMatterEditor(base, schema: Schemas.record) else { return base }
        let before = original.flatMap { RecordSheet.reading($0, path: path ?? "") } ?? RecordSheet()
        func scalar(_ key: String, _ new: String, _ old: String) {
            guard new != old else { return }
            // A new file leaves empty optional fields out; an edited one keeps the key.
            if new.isEmpty && editor.member(key) == nil { return }
            editor.set(key, inline: new.isEmpty ? "" : YAMLText.scalar(new))
        }
        scalar("number", number, before.number)
        if date != before.date { editor.set("date", inline: Day(parsing: date) != nil ? date : YAMLText.scalar(date)) }
        scalar("time", time, before.time)
        scalar("place", place, before.place)
        scalar("contactor", contactor, before.contactor)
        if contacteeList != before.contacteeList { editor.set("contactees", inline: YAMLText.list(contacteeList)) }
        scalar("method", method, before.method)
        // Check boxes come in the policy's order: the file's order is kept for the topics
        // still ticked, new ones follow.
        let orderedTopics = before.topics.filter(topics.contains) + topics.filter { !before.topics.contains($0) }
        if orderedTopics != before.topics && !(topics.isEmpty && editor.member("topics") == nil) { editor.set("topics", inline: YAMLText.list(orderedTopics)) }
        scalar("trigger", trigger, before.trigger)
        scalar("recorder", recorder, before.recorder)
        // The form shows the file's suggestions first, in order: row i keeps the fields
        // of the file's suggestion i that the form does not show.
        var posted = suggestions
        for index in posted.indices where index < before.suggestions.count && posted[index].others.isEmpty {
            posted[index].others = before.suggestions[index].others
        }
        let rows = posted.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
        if rows != before.suggestions.filter({ !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }) || rows.count != before.suggestions.count {
            if rows.isEmpty {
                if editor.member("suggestions") != nil { editor.set("suggestions", inline: "") }
            } else {
                editor.set("suggestions", block: rows.flatMap(Self.lines))
            }
        }
        editor.setBody(body, before: original == nil ? nil : before.body)
        return editor.result
    }

    private static func lines(_ row: SuggestionRow) -> [String] {
        var fields: [(String, String)] = [("text", YAMLText.scalar(row.text))]
        if !row.route.isEmpty { fields.append(("route", YAMLText.scalar(row.route))) }
        if !row.status.isEmpty { fields.append(("status", YAMLText.scalar(row.status))) }
        if !row.feedback.isEmpty { fields.append(("feedback", Day(parsing: row.feedback) != nil ? row.feedback : YAMLText.scalar(row.feedback))) }
        if !row.handling.isEmpty { fields.append(("handling", YAMLText.scalar(row.handling))) }
        if !row.result.isEmpty { fields.append(("result", YAMLText.scalar(row.result))) }
        if !row.filed.isEmpty { fields.append(("filed", Day(parsing: row.filed) != nil ? row.filed : YAMLText.scalar(row.filed))) }
        fields.append(contentsOf: row.others.map { ($0.key, $0.value) })
        return fields.enumerated().map { index, field in (index == 0 ? "  - " : "    ") + field.0 + ": " + field.1 }
    }
}

/// A scalar or a list of scalars written back as YAML (for fields the form keeps but
/// does not show).
enum YAMLValue {
    static func text(_ node: DataNode) -> String {
        switch node.value {
        case .string(let text): YAMLText.scalar(text)
        case .number(let text): text
        case .bool(let value): value ? "true" : "false"
        case .null: "null"
        case .array(let items): YAMLText.list(items.map { $0.scalarText ?? "" })
        case .object(let members): "{" + members.map { "\($0.key): \(text($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
