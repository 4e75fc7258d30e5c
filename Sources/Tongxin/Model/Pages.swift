/// 典型案例 written by the publicity team.
public struct CaseStory: Sendable {
    public var slug: String
    public var file: String
    public var title: Located<String>
    public var date: Located<Day>?
    public var summary: String?
    public var members: [Located<String>]
    public var tags: [String]
    public var cover: Located<String>?
    public var audience: Audience
    public var body: MarkdownSource
    /// 作者, 来源 and 审核, as the publicity team signs a story.
    public var author: String? = nil
    public var source: String? = nil
    public var reviewer: String? = nil
    /// For search engines and share cards (`<meta name="description">`, Open Graph);
    /// the summary when absent.
    public var description: String? = nil
}

/// A rule document, rendered verbatim.
public struct Rule: Sendable {
    public var slug: String
    public var file: String
    public var title: Located<String>
    public var number: String?
    public var issuer: String?
    public var issued: Located<Day>?
    public var order: Int
    public var audience: Audience
    public var body: MarkdownSource
    /// 附件 the document prints that the portal keeps live (`attachments`).
    public var attachments: [RuleAttachment] = []
}

/// An attachment of a rule document that the portal draws from its data: 附件1 from the
/// assignments file, 附件2 as the blank 记录单. The rule page shows the table at the
/// heading of the attachment and links each to its live page.
public struct RuleAttachment: Sendable {
    public enum Source: String, Sendable, CaseIterable {
        case assignments = "data/assignments.json"
        case recordForm = "record-form"
    }

    /// "附件1" as the document numbers it.
    public var label: String?
    /// The heading of the attachment in the body; the policy's title of the table or
    /// form when absent.
    public var title: String?
    public var source: Source
    public var location: SourceLocation
}

/// Any other page (about, help).
public struct FreePage: Sendable {
    public var slug: String
    public var file: String
    public var title: Located<String>
    public var order: Int
    public var audience: Audience
    public var body: MarkdownSource
}

/// Everything the office wrote, as loaded: references are still the text they wrote.
public struct Site: Sendable {
    public var root: String
    public var settings: SiteSettings
    public var organization: Organization
    public var members: [Member]
    public var assignments: [Assignment]
    public var events: [Event]
    public var records: [Record]
    public var cases: [CaseStory]
    public var rules: [Rule]
    public var pages: [FreePage]
    /// Files under assets/, relative to the content folder, sorted.
    public var assets: [String]
    /// Template files under templates/ that override the theme's, by name.
    public var templateOverrides: [String: String]
    /// Who this site was loaded for.
    public var audience: Audience
}

extension RuleAttachment {
    /// The heading the attachment has in the body.
    public func heading(_ policy: Policy) -> String {
        title ?? (source == .assignments ? policy.leaderTable.title : policy.recordForm.title)
    }

    /// Headings match whatever the spaces: a document pasted from print keeps the space
    /// where a title broke across lines ("…党员委员 和党外委员名单").
    static func sameHeading(_ a: String, _ b: String) -> Bool {
        func compact(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        return compact(a) == compact(b)
    }
}
