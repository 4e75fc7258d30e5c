/// A rule document in a list (RuleViews.summaryKeys): the rules index, the public home page
/// and the dashboard.
final class RuleSummaryValues: TemplateObject {
    let title, href, number, issuer, issued, summary: String

    init(title: String, href: String, number: String, issuer: String, issued: String, summary: String) {
        self.title = title
        self.href = href
        self.number = number
        self.issuer = issuer
        self.issued = issued
        self.summary = summary
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "href": .text(href)
        case "number": .text(number)
        case "issuer": .text(issuer)
        case "issued": .text(issued)
        case "summary": .text(summary)
        default: nil
        }
    }
}

/// The rules index (template `rules-index`, keys in PageKinds.rulesIndex).
final class RulesIndexValues: TemplateObject {
    let rules: [RuleSummaryValues]

    init(rules: [RuleSummaryValues]) { self.rules = rules }

    func value(_ key: String) -> TemplateValue? { key == "rules" ? .list(rules) : nil }
}

/// One rule document (template `rule`, keys in PageKinds.rule): its summary's values, the
/// body, and the body cut where the portal draws an attachment (RuleAttachmentViews).
final class RuleValues: TemplateObject {
    let summary: RuleSummaryValues
    /// The document's text (BodyValues).
    let body: BodyValues
    let attachments: RuleAttachmentViews.Attachments

    init(summary: RuleSummaryValues, body: BodyValues, attachments: RuleAttachmentViews.Attachments) {
        self.summary = summary
        self.body = body
        self.attachments = attachments
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "body": .object(body)
        case "parts": .list(attachments.parts)
        case "attachments": attachments.links.map { .list($0) }
        case "hasAttachments": .flag(attachments.links != nil)
        default: summary.value(key)
        }
    }

    /// A piece of the body, and the 附件1 table drawn after it.
    final class PartValues: TemplateObject {
        let html: String
        /// AssignmentViews.tableValues with the live page's link; nil after most parts.
        let table: AttachmentTableValues?

        init(html: String, table: AttachmentTableValues?) {
            self.html = html
            self.table = table
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "html": .text(html)
            case "table": .objectOrFalse(table)
            default: nil
            }
        }
    }

    /// An attachment with the link to its live page (empty in the public build).
    final class AttachmentValues: TemplateObject {
        let label, title, href, linkText: String

        init(label: String, title: String, href: String, linkText: String) {
            self.label = label
            self.title = title
            self.href = href
            self.linkText = linkText
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "label": .text(label)
            case "title": .text(title)
            case "href": .text(href)
            case "linkText": .text(linkText)
            default: nil
            }
        }
    }
}

/// A free page (content/pages/*.md; template `page` or the one it chooses, keys in PageKinds.page).
final class FreePageValues: TemplateObject {
    /// The page's text (BodyValues).
    let body: BodyValues

    init(body: BodyValues) { self.body = body }

    func value(_ key: String) -> TemplateValue? { key == "body" ? .object(body) : nil }
}
