/// The 附件1 table (AssignmentViews.tableValues, keys AssignmentViews.tableKeys) as the
/// assignments page, a past year's, a rule's attachment and the Word file show it: the
/// policy's title and first column, a column per kind, a row per 党组成员.
final class AttachmentTableValues: TemplateObject {
    /// A 党组成员's row: each kind's cell, a line per unit or member.
    final class LeaderValues: TemplateObject {
        final class CellValues: TemplateObject {
            let items: [String]

            init(_ items: [String]) { self.items = items }

            func value(_ key: String) -> TemplateValue? { key == "items" ? .texts(items) : nil }
        }

        let leader: MemberLinkValues
        let cells: [CellValues]

        init(leader: MemberLinkValues, cells: [[String]]) {
            self.leader = leader
            self.cells = cells.map(CellValues.init)
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "leader": .object(leader)
            case "cells": .list(cells)
            default: nil
            }
        }
    }

    let tableTitle, leaderColumn: String
    let kinds: [NameValues]
    let leaders: [LeaderValues]
    /// A rule's attachment links the live assignments page; nil elsewhere.
    let link: (href: String, text: String)?

    init(tableTitle: String, leaderColumn: String, kinds: [String], leaders: [LeaderValues], link: (href: String, text: String)? = nil) {
        self.tableTitle = tableTitle
        self.leaderColumn = leaderColumn
        self.kinds = kinds.map(NameValues.init)
        self.leaders = leaders
        self.link = link
    }

    /// The same table with the link to the live page (a rule's attachment).
    func linked(href: String, text: String) -> AttachmentTableValues {
        AttachmentTableValues(tableTitle: tableTitle, leaderColumn: leaderColumn, kinds: kinds.map(\.name), leaders: leaders, link: (href, text))
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "tableTitle": .text(tableTitle)
        case "leaderColumn": .text(leaderColumn)
        case "kinds": .list(kinds)
        case "leaders": .list(leaders)
        case "href": link.map { .text($0.href) }
        case "linkText": link.map { .text($0.text) }
        default: nil
        }
    }
}
