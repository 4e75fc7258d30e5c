/// The Word files beside the pages leaders take to meetings: each committee's
/// half-year report, each 党组成员's yearly report, the 附件1 table and the blank 记录单.
/// Each is made from the same rows the page's template gets (the views' context
/// dictionaries), so the figures in the .docx are the page's figures; the texts around
/// them are the templates' texts.
enum WordViews {
    /// The spec of the Word file beside the page `page`, named `name` in its folder, with
    /// the page's inputs (reused with the page, redrawn with it).
    static func spec(beside page: PageSpec, name: String, document: @escaping @Sendable () -> WordDocument) -> PageSpec {
        var spec = PageSpec(route: page.route + name, template: "word:" + page.template, title: page.title, section: page.section,
                            breadcrumbs: [], inputs: page.inputs, variant: page.variant) { [:] }
        spec.file = { WordPackage.docx(document()) }
        return spec
    }

    /// What the page's "下载 Word" link needs: the file beside it and the name to save it as.
    static func link(_ name: String, title: String) -> [String: Any] {
        ["href": name, "download": title + ".docx"]
    }

    static let reportFile = "report.docx"
    static let attachmentFile = "attachment1.docx"
    static let recordFile = "record.docx"

    // MARK: Reports

    static func committeeReport(_ page: [String: Any], title: String) -> WordDocument {
        var document = WordDocument(title: title)
        document.add(.title, "\(text(page, "committee"))\n\(text(page, "period"))党员委员联系党外委员情况")
        addNote(page, to: &document)
        document.add(.body, "本委委员 \(text(page, "memberCount")) 名，联系分工 \(text(page, "pairCount")) 对，本期有联系的 \(text(page, "pairsMet")) 对，联系记录 \(text(page, "recordCount")) 份。")
        document.add(.heading, "一、各对联系")
        let pairs = rows(page, "pairs")
        if pairs.isEmpty { document.add(.body, "无。") } else {
            var table = WordTable(widths: [3, 3, 5, 2], head: ["联系人", "联系对象", "类别", "本期次数"])
            table.rows = pairs.map { pair in
                [.init(text(member(pair, "contactor"), "tableName")), .init(text(member(pair, "contactee"), "tableName")), .init(text(pair, "kind")), .init(text(pair, "contacts"))]
            }
            document.add(table)
        }
        document.add(.heading, "二、联系情况（时间、方式、内容、建议）")
        addRecords(page, empty: "本期没有联系记录。", to: &document)
        addSuggestions(page, number: "三", to: &document)
        return document
    }

    static func leaderReport(_ page: [String: Any], title: String) -> WordDocument {
        var document = WordDocument(title: title)
        // Two lines that each fit the 版心 (a line of 二号 holds 20 characters).
        document.add(.title, "\(text(member(page, "leader"), "name"))\(text(page, "year"))年\n联系相关界别党员委员、党外委员情况")
        addNote(page, to: &document)
        document.add(.body, "联系委员 \(text(page, "pairCount")) 名，年内达到要求的 \(text(page, "pairsDone")) 名；联系记录 \(text(page, "recordCount")) 份。")
        // Sections are numbered in order; the first only where the policy has it.
        var numerals = ["一", "二", "三", "四"][...]
        if page["hasUnitKinds"] as? Bool ?? true {
            document.add(.heading, "\(numerals.removeFirst())、联系的临时党支部（窗口）")
            let units = rows(page, "units").map { text($0, "name") }
            document.add(.body, units.isEmpty ? "无。" : units.joined(separator: "、") + "。")
        }
        document.add(.heading, "\(numerals.removeFirst())、联系的委员")
        let pairs = rows(page, "pairs")
        if pairs.isEmpty { document.add(.body, "无。") } else {
            var table = WordTable(widths: [3, 3, 4, 3, 5, 2], head: ["联系人", "联系对象", "类别", "年内次数", "最近联系", "状态"])
            table.rows = pairs.map { pair in
                [.init(text(member(pair, "contactor"), "tableName")), .init(text(member(pair, "contactee"), "tableName")), .init(text(pair, "kind")),
                 .init("\(text(pair, "count"))/\(text(pair, "minimum"))"), .init(text(pair, "last")), .init(text(pair, "status"))]
            }
            document.add(table)
        }
        document.add(.heading, "\(numerals.removeFirst())、联系情况")
        addRecords(page, empty: "本年没有联系记录。", to: &document)
        addSuggestions(page, number: numerals.removeFirst(), to: &document)
        return document
    }

    private static func addNote(_ page: [String: Any], to document: inout WordDocument) {
        let note = text(page, "note")
        if !note.isEmpty { document.add(.body, note) }
    }

    /// The records as the report's table: 日期、联系人、联系对象、方式、内容、建议.
    private static func addRecords(_ page: [String: Any], empty: String, to document: inout WordDocument) {
        let records = rows(page, "records")
        guard !records.isEmpty else { return document.add(.body, empty) }
        var table = WordTable(widths: [6, 3, 3, 3, 9, 2], head: ["日期", "联系人", "联系对象", "方式", "内容", "建议"])
        table.rows = records.map { record in
            let topics = text(record, "topics")
            return [.init(text(record, "date")), .init(text(record, "contactor")), .init(text(record, "contactees")), .init(text(record, "method")),
                    .init(lines: (topics.isEmpty ? [] : [topics]) + [text(record, "summary")]), .init(text(record, "suggestionCount"))]
        }
        document.add(table)
    }

    private static func addSuggestions(_ page: [String: Any], number: String, to document: inout WordDocument) {
        let suggestions = rows(page, "suggestions")
        guard !suggestions.isEmpty else { return }
        document.add(.heading, "\(number)、意见建议")
        for (index, suggestion) in suggestions.enumerated() {
            let feedback = text(suggestion, "feedback")
            document.add(.body, "\(index + 1). \(text(suggestion, "text"))（\(text(suggestion, "date"))；去向：\(text(suggestion, "route"))；\(text(suggestion, "status"))\(feedback.isEmpty ? "" : "；反馈 \(feedback)")）")
        }
    }

    // MARK: 附件1

    /// The 附件1 table on a landscape page: a row per 党组成员, a column per kind, each
    /// name on a line of its own and no line ever wrapped (WordLayout).
    static func attachment(_ page: [String: Any], title: String) -> WordDocument {
        var document = WordDocument(title: title, orientation: .landscape)
        document.add(.label, "附件1")
        document.add(.title, title)
        let kinds = rows(page, "kinds").map { text($0, "name") }
        let leaders = rows(page, "leaders").map { row in
            (name: text(member(row, "leader"), "tableName"), cells: rows(row, "cells").map { ($0["items"] as? [String]) ?? [] })
        }
        // Widths from the names and units only: the head's labels wrap.
        var columns = [leaders.map(\.name)]
        for index in kinds.indices { columns.append(leaders.flatMap { $0.cells.indices.contains(index) ? $0.cells[index] : [] }) }
        let fit = WordLayout.fit(columns: columns, width: WordPage.landscape.textWidth)
        var table = WordTable(widths: fit.widths, head: [text(page, "leaderColumn")] + kinds)
        table.rows = leaders.map { leader in [.init(leader.name, isLabel: true)] + leader.cells.map { WordTable.Cell(lines: $0) } }
        table.noWrap = true
        table.fontHalfPoints = fit.halfPoints
        document.add(table)
        return document
    }

    // MARK: 记录单

    /// The blank 附件2 form, as the blank page lays it out: label cells, room to write,
    /// the policy's methods and topics to tick.
    static func blankRecord(_ page: [String: Any], title: String) -> WordDocument {
        var document = WordDocument(title: title)
        let form = member(page, "form"), labels = member(form, "labels")
        func label(_ field: String) -> String { text(labels, field) }
        document.add(.right, label("number") + "：　　　　　　")
        document.add(.title, text(form, "title"))
        var table = WordTable(widths: [4, 4, 4, 6])
        func wide(_ label: String, _ lines: [String]) -> [WordTable.Cell] { [.init(label, isLabel: true), .init(lines: lines, span: 3)] }
        let room = Array(repeating: "", count: 6)
        table.rows = [
            wide(label("date"), ["　　　年　　月　　日　　时　　分 至 　　时　　分"]),
            wide(label("place"), [""]),
            [.init(label("contactor"), isLabel: true), .init(""), .init(label("contactor_identity"), isLabel: true), .init("")],
            [.init(label("contactees"), isLabel: true), .init(""), .init(label("contactee_identity"), isLabel: true), .init("")],
            wide(label("method"), ["□" + text(page, "methods")]),
            wide(label("content"), ["□" + text(page, "topics")] + room),
            wide(label("suggestions"), room),
        ]
        document.add(table)
        document.add(.right, label("recorder") + "：　　　　　　")
        return document
    }

    // MARK: Reading a template context

    private static func text(_ row: [String: Any], _ key: String) -> String {
        guard let value = row[key] else { return "" }
        return value as? String ?? "\(value)"
    }

    private static func rows(_ row: [String: Any], _ key: String) -> [[String: Any]] {
        row[key] as? [[String: Any]] ?? []
    }

    private static func member(_ row: [String: Any], _ key: String) -> [String: Any] {
        row[key] as? [String: Any] ?? [:]
    }
}
