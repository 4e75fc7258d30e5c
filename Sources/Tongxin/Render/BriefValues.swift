/// The list of 简报 (template `briefs-index`, keys in PageKinds.briefsIndex).
final class BriefsIndexValues: TemplateObject {
    let briefs: [RowValues]

    init(briefs: [RowValues]) { self.briefs = briefs }

    func value(_ key: String) -> TemplateValue? { key == "briefs" ? .list(briefs) : nil }

    /// An issue in the list.
    final class RowValues: TemplateObject {
        let issue, date, title, href: String
        let isInternal: Bool

        init(issue: String, date: String, title: String, href: String, isInternal: Bool) {
            self.issue = issue
            self.date = date
            self.title = title
            self.href = href
            self.isInternal = isInternal
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "issue": .text(issue)
            case "date": .text(date)
            case "title": .text(title)
            case "href": .text(href)
            case "internal": .flag(isInternal)
            default: nil
            }
        }
    }
}

/// One 简报 issue (template `brief`, keys in PageKinds.brief), read by its Word file too
/// (BriefViews.word).
final class BriefValues: TemplateObject {
    let masthead, issue, total, issuer, date, briefTitle: String
    let isInternal: Bool
    /// The issue's own text (BodyValues).
    let body: BodyValues
    let cases: [CaseValues]
    /// 报送, 抄送 and 印数, empty when the brief gives none.
    let to, cc, copies: String
    /// The brief gives one of them: it has a 版记.
    let hasDistribution: Bool
    /// The link to the .docx (WordViews.link); nil on the public site, which has none.
    let word: WordLinkValues?

    init(masthead: String, issue: String, total: String, issuer: String, date: String, briefTitle: String, isInternal: Bool, body: BodyValues,
         cases: [CaseValues], to: String, cc: String, copies: String, hasDistribution: Bool, word: WordLinkValues?) {
        self.masthead = masthead
        self.issue = issue
        self.total = total
        self.issuer = issuer
        self.date = date
        self.briefTitle = briefTitle
        self.isInternal = isInternal
        self.body = body
        self.cases = cases
        self.to = to
        self.cc = cc
        self.copies = copies
        self.hasDistribution = hasDistribution
        self.word = word
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "masthead": .text(masthead)
        case "mastheadLong": .flag(masthead.count > BriefViews.longMasthead)
        case "issue": .text(issue)
        case "total": .text(total)
        case "issuer": .text(issuer)
        case "date": .text(date)
        case "briefTitle": .text(briefTitle)
        case "internal": .flag(isInternal)
        case "body": .object(body)
        case "cases": .list(cases)
        case "to": .text(to)
        case "cc": .text(cc)
        case "hasDistribution": .flag(hasDistribution)
        case "copies": .text(copies)
        // The public page has none.
        case "word": .objectOrFalse(word)
        default: nil
        }
    }

    /// A case story the issue carries, its links made relative to the brief's page.
    final class CaseValues: TemplateObject {
        let title, href, byline, html: String

        init(title: String, href: String, byline: String, html: String) {
            self.title = title
            self.href = href
            self.byline = byline
            self.html = html
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "title": .text(title)
            case "href": .text(href)
            case "byline": .text(byline)
            case "html": .text(html)
            default: nil
            }
        }
    }
}
