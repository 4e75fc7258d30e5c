/// 联系分工: one contactor and the members, windows or branches they contact.
public struct Assignment: Sendable {
    public var contactor: Located<String>
    public var kind: Located<String>
    public var contactees: [Located<String>]
    public var organizer: Located<String>?
    public var note: String?
    public var location: SourceLocation
}

/// A 联系五到位 trigger: something happened to a member that makes a contact due.
public struct Event: Sendable {
    public var member: Located<String>
    public var kind: Located<String>
    public var date: Located<Day>
    public var note: String?
    public var location: SourceLocation
}

/// A contact record (附件2 记录单).
public struct Record: Sendable {
    public var file: String
    /// Path of the page under `records/`, from the file's folder and name.
    public var slug: String
    public var number: String
    public var date: Located<Day>
    public var time: String?
    public var place: String?
    public var contactor: Located<String>
    public var contactees: [Located<String>]
    public var method: Located<String>?
    public var topics: [Located<String>]
    public var trigger: Located<String>?
    public var recorder: String?
    public var suggestions: [Suggestion]
    public var body: MarkdownSource
}

/// 意见建议 raised in a contact, with where it went and how far it got.
public struct Suggestion: Sendable {
    public var text: String
    public var route: Located<String>?
    public var status: Located<String>?
    public var feedback: Located<Day>?
    public var location: SourceLocation

    public static let routes = ["提案", "直通车", "社情民意信息", "其他"]
    public static let statuses = ["待处理", "办理中", "已反馈"]
}
