/// A case story as a row of a list (CaseViews.summaryValues): the cases index, the public
/// home page and the dashboard.
final class CaseSummaryValues: TemplateObject {
    let title, href, date, summary: String
    let tags: [NameLinkValues]
    let isInternal: Bool
    /// The cover's sizes; nil without a cover.
    let cover: CoverValues?

    init(title: String, href: String, date: String, summary: String, tags: [NameLinkValues], isInternal: Bool, cover: CoverValues?) {
        self.title = title
        self.href = href
        self.date = date
        self.summary = summary
        self.tags = tags
        self.isInternal = isInternal
        self.cover = cover
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "href": .text(href)
        case "date": .text(date)
        case "summary": .text(summary)
        case "tags": .list(tags)
        case "hasTags": .flag(!tags.isEmpty)
        case "internal": .flag(isInternal)
        case "cover": cover.map(TemplateValue.object)
        default: nil
        }
    }
}

/// A page of the cases index (template `cases-index`, keys in PageKinds.casesIndex): all
/// stories or a tag's, `CaseViews.pageSize` a page.
final class CasesIndexValues: TemplateObject {
    let heading: String
    let cases: [CaseSummaryValues]
    let tags: [NameLinkValues]
    /// The pages before and after; empty on the first and the last.
    let previous, next: String
    let pageNumber, pageCount: Int
    let hasBriefs: Bool

    init(heading: String, cases: [CaseSummaryValues], tags: [NameLinkValues], previous: String, next: String, pageNumber: Int, pageCount: Int, hasBriefs: Bool) {
        self.heading = heading
        self.cases = cases
        self.tags = tags
        self.previous = previous
        self.next = next
        self.pageNumber = pageNumber
        self.pageCount = pageCount
        self.hasBriefs = hasBriefs
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "heading": .text(heading)
        case "cases": .list(cases)
        case "tags": .list(tags)
        case "hasTags": .flag(!tags.isEmpty)
        case "previous": .text(previous)
        case "next": .text(next)
        case "pageNumber": .number(pageNumber)
        case "pageCount": .number(pageCount)
        case "paginated": .flag(pageCount > 1)
        case "hasBriefs": .flag(hasBriefs)
        default: nil
        }
    }
}

/// A story's page (template `case`, keys in PageKinds.case): its row's values, the body,
/// the share card (the layout's `description` and `og`, which the page answers) and the
/// members it names by their public fields.
final class CaseValues: TemplateObject {
    let summary: CaseSummaryValues
    /// The story's text (BodyValues).
    let body: BodyValues
    let card: ShareCard
    let members: [MemberFieldValues]
    /// A public story has a 公众号 version.
    let wechat: Bool

    init(summary: CaseSummaryValues, body: BodyValues, card: ShareCard, members: [MemberFieldValues], wechat: Bool) {
        self.summary = summary
        self.body = body
        self.card = card
        self.members = members
        self.wechat = wechat
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "body": .object(body)
        case "description": .text(card.description)
        case "og": .object(card.og)
        case "byline": .text(card.byline)
        case "hasMembers": .flag(!members.isEmpty)
        case "members": .list(members)
        case "wechat": .flag(wechat)
        default: summary.value(key)
        }
    }

    /// What may be published about a member (CaseViews.publicFields).
    final class MemberFieldValues: TemplateObject {
        let name, details: String

        init(name: String, details: String) {
            self.name = name
            self.details = details
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "details": .text(details)
            default: nil
            }
        }
    }
}

/// A public story's 公众号 version (template `case-wechat`, keys in PageKinds.caseWechat).
final class CaseWechatValues: TemplateObject {
    let storyTitle, storyHref: String
    /// The site has a base_url: the article's images have absolute addresses.
    let absolute: Bool
    /// The article's HTML (WechatArticle).
    let article: String

    init(storyTitle: String, storyHref: String, absolute: Bool, article: String) {
        self.storyTitle = storyTitle
        self.storyHref = storyHref
        self.absolute = absolute
        self.article = article
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "storyTitle": .text(storyTitle)
        case "storyHref": .text(storyHref)
        case "absolute": .flag(absolute)
        case "article": .text(article)
        default: nil
        }
    }
}
