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
