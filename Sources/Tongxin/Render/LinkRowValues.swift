/// A link named by `name` (a committee's report, a 党组成员's report, a story's tag): rows
/// of several pages' lists. Sendable (constants only): a case index's tag links are made
/// once for all its pages.
final class NameLinkValues: TemplateObject, Sendable {
    let name, href: String

    init(name: String, href: String) {
        self.name = name
        self.href = href
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "href": .text(href)
        default: nil
        }
    }
}

/// A link named by `label` (a half-year's report of a committee).
final class LabelLinkValues: TemplateObject {
    let label, href: String

    init(label: String, href: String) {
        self.label = label
        self.href = href
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "href": .text(href)
        default: nil
        }
    }
}

/// A half-year and the reports of each committee in it (the reports list, a past year's page).
final class HalfValues: TemplateObject {
    let label: String
    let committees: [NameLinkValues]

    init(label: String, committees: [NameLinkValues]) {
        self.label = label
        self.committees = committees
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "committees": .list(committees)
        default: nil
        }
    }
}

/// A bare name (a suggestion status, a column of the routes tables).
final class NameValues: TemplateObject {
    let name: String

    init(_ name: String) { self.name = name }

    func value(_ key: String) -> TemplateValue? { key == "name" ? .text(name) : nil }
}

/// A dimension's line of links to the narrowed lists (the members list's, the records
/// index's and the pairs table's), each unit with its count.
final class GroupLinkValues: TemplateObject {
    let label: String
    let units: [UnitLinkValues]

    init(label: String, units: [UnitLinkValues]) {
        self.label = label
        self.units = units
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "units": .list(units)
        default: nil
        }
    }

    final class UnitLinkValues: TemplateObject {
        let name, href: String
        let count: Int

        init(name: String, count: Int, href: String) {
            self.name = name
            self.count = count
            self.href = href
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "count": .number(count)
            case "href": .text(href)
            default: nil
            }
        }
    }
}

/// A link named by `label` with a count: a month of the records index, a status of the
/// pairs table.
final class CountedLinkValues: TemplateObject {
    let label, href: String
    let count: Int

    init(label: String, href: String, count: Int) {
        self.label = label
        self.href = href
        self.count = count
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "label": .text(label)
        case "href": .text(href)
        case "count": .number(count)
        default: nil
        }
    }
}

/// A member named in a list (RenderContext.memberLink, keys RenderContext.memberLinkKeys):
/// the name, the name as a table shows it (NameLayout.tableName) and the member's page.
final class MemberLinkValues: TemplateObject, ShowsSource, Sendable {
    let name, tableName, href: String
    /// The member's file ("" for an id the site does not have).
    let sourceFile: String

    init(name: String, tableName: String, href: String, file: String) {
        self.name = name
        self.tableName = tableName
        self.href = href
        sourceFile = file
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "tableName": .text(tableName)
        case "href": .text(href)
        default: nil
        }
    }
}

/// A "下载 Word" link (WordViews.link, keys WordViews.linkKeys): the file beside the page
/// and the name to save it as.
final class WordLinkValues: TemplateObject, Sendable {
    let href, download: String

    init(href: String, download: String) {
        self.href = href
        self.download = download
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "href": .text(href)
        case "download": .text(download)
        default: nil
        }
    }
}
