/// 联系分工: one contactor and the members, windows or branches they contact.
public struct Assignment: Sendable {
    public var contactor: Located<String>
    public var kind: Located<String>
    public var contactees: [Located<String>]
    public var organizer: Located<String>?
    public var note: String?
    /// First and last day in force (`from`, `until`, both inclusive); nil: open.
    public var from: Located<Day>? = nil
    public var until: Located<Day>? = nil
    public var location: SourceLocation

    // Not inlined: inlined into a loop over the rows, Swift 6.3.1's optimiser crashed in
    // a release build (CopyPropagation, "Found ownership error", CoverageReport.quotas).
    public var inForce: InForce {
        @inline(never) get { InForce(from: from?.value, until: until?.value) }
    }
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
/// A class: the load hands records from the preview's cache to the site and on to the
/// views, and copying a struct of this many fields retained each one every time.
public final class Record: Sendable {
    public let file: String
    /// Path of the page under `records/`, from the file's folder and name.
    public let slug: String
    public let number: String
    public let date: Located<Day>
    public let time: String?
    public let place: String?
    public let contactor: Located<String>
    public let contactees: [Located<String>]
    public let method: Located<String>?
    public let topics: [Located<String>]
    public let trigger: Located<String>?
    public let recorder: String?
    public let suggestions: [Suggestion]
    /// 政协身份 on the day, where it differs from the member's file (`identities`
    /// 政协身份): a person on the form, by name or id, and the text to show.
    public let identities: [(person: Located<String>, text: String)]
    public let body: MarkdownSource
    /// A stable hash of the file's path and front matter (StableHasher): equal means
    /// everything but the body is as it was (lists, tables and the analysis show only
    /// that part of a record).
    let fieldsDigest: Int

    init(file: String, slug: String, number: String, date: Located<Day>, time: String?, place: String?, contactor: Located<String>, contactees: [Located<String>], method: Located<String>?, topics: [Located<String>], trigger: Located<String>?, recorder: String?, suggestions: [Suggestion], identities: [(person: Located<String>, text: String)] = [], body: MarkdownSource, fieldsDigest: Int) {
        self.file = file
        self.slug = slug
        self.number = number
        self.date = date
        self.time = time
        self.place = place
        self.contactor = contactor
        self.contactees = contactees
        self.method = method
        self.topics = topics
        self.trigger = trigger
        self.recorder = recorder
        self.suggestions = suggestions
        self.identities = identities
        self.body = body
        self.fieldsDigest = fieldsDigest
    }
}

/// 意见建议 raised in a contact, with where it went and how far it got.
public struct Suggestion: Sendable {
    public var text: String
    public var route: Located<String>?
    public var status: Located<String>?
    public var feedback: Located<Day>?
    public var location: SourceLocation
    /// The window's follow-up (Jinhua 四.4: 提出处理意见，及时反馈委员，处理情况报委员工作委备案):
    /// the proposed handling, what was done and fed back, and the day it was filed.
    public var handling: String? = nil
    public var result: String? = nil
    public var filed: Located<Day>? = nil

    /// The routes when the policy names none (`suggestion_routes`).
    public static let routes = ["提案", "直通车", "社情民意信息", unrouted]
    /// Where a suggestion without a route is counted.
    public static let unrouted = "其他"
    public static let statuses = ["待处理", "办理中", "已反馈"]
}
