/// The Word files beside the pages leaders take to meetings: each committee's
/// half-year report, each 党组成员's yearly report, the yearly consolidated report, the
/// 附件1 table, the blank 记录单 (and the 简报, BriefViews).
/// Each is made from the same typed values the page's template gets (the reports', the
/// 附件1 table's, the blank form's view models), so the figures in the .docx are the
/// page's figures; the texts around them are the templates' texts.
enum WordViews {
    /// The spec of the Word file beside the page `page`, named `name` in its folder, with
    /// the page's inputs (reused with the page, redrawn with it).
    static func spec(beside page: PageSpec, name: String, document: @escaping @Sendable () -> WordDocument) -> PageSpec {
        spec(beside: page, name: name) { WordPackage.docx(document()) }
    }

    /// The same, for a file whose bytes are made otherwise (a record's, RecordWordFile).
    /// A page keyed by its values (PageInputs.Key.byContext) has a file keyed by what
    /// those values are made from: a file may show more than its page (the year's
    /// summary lists every record's 联系方式), and it is drawn after the preview's pages.
    static func spec(beside page: PageSpec, name: String, bytes: @escaping @Sendable () -> [UInt8]) -> PageSpec {
        var inputs = page.inputs
        inputs?.byContext = false
        // A file has no template values: its bytes are made by `file`.
        return PageSpec(route: page.route + name, template: "word:" + page.template, title: page.title, section: page.section,
                        breadcrumbs: [], inputs: inputs, variant: page.variant, file: bytes, model: { NoValues() })
    }

    /// What the page's "下载 Word" link needs: the file beside it and the name to save it as.
    static func link(_ name: String, title: String) -> WordLinkValues {
        WordLinkValues(href: name, download: title + ".docx")
    }

    static let reportFile = "report.docx"
    static let attachmentFile = "attachment1.docx"
    static let recordFile = "record.docx"

    // MARK: Reports

    static func committeeReport(_ page: CommitteeReportValues, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title)
        document.add(.title, words("word.committee.title", ["committee": page.committee, "period": page.period]))
        addNote(page.note, to: &document)
        document.add(.body, words("word.committee.summary", ["members": String(page.memberCount), "pairs": String(page.pairCount),
                                                             "met": String(page.pairsMet), "records": String(page.recordCount)]))
        var headings = Headings(words)
        document.add(.heading, headings.next("word.committee.pairs"))
        if page.pairs.isEmpty { document.add(.body, words("word.none")) } else {
            var table = WordTable(widths: [3, 3, 5, 2], head: columns(words, "contactor", "contactee", "kind", "periodCount"))
            table.rows = page.pairs.map { pair in
                [.init(pair.contactor.tableName), .init(pair.contactee.tableName), .init(pair.kind), .init(String(pair.contacts))]
            }
            document.add(table)
        }
        document.add(.heading, headings.next("word.committee.records"))
        addRecords(page.records, empty: words("word.committee.noRecords"), words: words, to: &document)
        addSuggestions(page.suggestions, headings: &headings, words: words, to: &document)
        return document
    }

    static func leaderReport(_ page: LeaderReportValues, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title)
        document.add(.title, words("word.leader.title", ["name": page.leader.name, "year": String(page.year)]))
        addNote(page.note, to: &document)
        document.add(.body, words("word.leader.summary", ["pairs": String(page.pairCount), "done": String(page.pairsDone), "records": String(page.recordCount)]))
        // Sections are numbered in order; the first only where the policy has it.
        var headings = Headings(words)
        if page.hasUnitKinds {
            document.add(.heading, headings.next("word.leader.units"))
            let units = page.units.map(\.name)
            document.add(.body, units.isEmpty ? words("word.none") : units.joined(separator: "、") + "。")
        }
        document.add(.heading, headings.next("word.leader.pairs"))
        if page.pairs.isEmpty { document.add(.body, words("word.none")) } else {
            var table = WordTable(widths: [3, 3, 4, 3, 5, 2], head: columns(words, "contactor", "contactee", "kind", "yearCount", "last", "status"))
            table.rows = page.pairs.map { pair in
                [.init(pair.contactor.tableName), .init(pair.contactee.tableName), .init(pair.kind),
                 .init("\(pair.count)/\(pair.minimum)"), .init(pair.last), .init(pair.status)]
            }
            document.add(table)
        }
        document.add(.heading, headings.next("word.leader.records"))
        addRecords(page.records, empty: words("word.noRecords.year"), words: words, to: &document)
        addSuggestions(page.suggestions, headings: &headings, words: words, to: &document)
        return document
    }

    private static func addNote(_ note: String, to document: inout WordDocument) {
        if !note.isEmpty { document.add(.body, note) }
    }

    /// The records as the report's table: 日期、联系人、联系对象、方式、内容、建议.
    private static func addRecords(_ records: [RecordDetailValues], empty: String, words: ThemeText, to document: inout WordDocument) {
        guard !records.isEmpty else { return document.add(.body, empty) }
        var table = WordTable(widths: [6, 3, 3, 3, 9, 2], head: columns(words, "date", "contactor", "contactees", "method", "content", "suggestions"))
        table.rows = records.map { record in
            let row = record.row
            return [.init(row.date), .init(row.contactor), .init(row.contactees), .init(row.method),
                    .init(lines: (record.topics.isEmpty ? [] : [record.topics]) + [record.summary]), .init(String(record.suggestionCount))]
        }
        document.add(table)
    }

    private static func addSuggestions(_ suggestions: [SuggestionRowValues], headings: inout Headings, words: ThemeText, to document: inout WordDocument) {
        guard !suggestions.isEmpty else { return }
        document.add(.heading, headings.next("word.suggestions"))
        addSuggestionList(suggestions, words: words, to: &document)
    }

    /// Each suggestion as a numbered paragraph: text, date, route, status (and feedback).
    private static func addSuggestionList(_ suggestions: [SuggestionRowValues], words: ThemeText, to document: inout WordDocument) {
        for (index, suggestion) in suggestions.enumerated() {
            let feedback = suggestion.feedback
            var values = ["number": String(index + 1), "text": suggestion.text, "date": suggestion.date, "route": suggestion.route, "status": suggestion.status]
            if !feedback.isEmpty { values["feedback"] = feedback }
            document.add(.body, words(feedback.isEmpty ? "word.suggestion" : "word.suggestion.feedback", values))
        }
    }

    /// The yearly consolidated report (年度汇总) for the leaders' meetings: the page's
    /// figures and tables, then the year's records and suggestions as lists (`lists`,
    /// YearSummaryView.lists).
    static func yearSummary(_ page: YearSummaryValues, lists: YearSummaryView.Lists, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title)
        document.add(.title, words("word.year.title", ["organization": page.organization, "year": String(page.year)]))
        addNote(page.note, to: &document)
        document.add(.body, words("word.year.summary", [
            "covered": page.covered, "contacted": page.contacted, "done": page.done, "minimum": String(page.minimum),
            "behind": String(page.behindCount), "records": String(page.records), "contacts": String(page.contacts),
            "suggestions": String(page.suggestionCount), "answered": String(page.answered),
        ]))
        var headings = Headings(words)
        document.add(.heading, headings.next("word.year.committees"))
        var committees = WordTable(widths: [7, 2, 2, 3, 3, 3], head: ["committee", "members", "pairs", "met", "contacts", "suggestionCount"].map { words("word.year." + $0) })
        committees.rows = page.committees.map { row in
            [.init(row.name), .init(String(row.members)), .init(String(row.pairs)), .init(String(row.met)), .init(String(row.contacts)), .init(String(row.suggestions))]
        }
        document.add(committees)
        if !page.leaders.isEmpty {
            document.add(.heading, headings.next("word.year.leaders"))
            var table = WordTable(widths: [4, 3, 3, 3], head: ["leader", "leaderPairs", "leaderDone", "leaderRecords"].map { words("word.year." + $0) })
            table.rows = page.leaders.map { row in
                [.init(row.leader.tableName), .init(String(row.pairs)), .init(String(row.done)), .init(String(row.records))]
            }
            document.add(table)
        }
        document.add(.heading, headings.next("word.year.routes"))
        var routes = WordTable(widths: [4] + page.statuses.map { _ in 2 }, head: [words("word.year.route")] + page.statuses)
        routes.rows = page.routes.map { row in [.init(row.route)] + row.counts.map { .init(String($0)) } }
        document.add(routes)
        document.add(.heading, headings.next("word.year.behind"))
        if page.behind.isEmpty { document.add(.body, words("word.none")) }
        for pair in page.behind {
            document.add(.body, words("word.year.behindPair", ["contactor": pair.contactor.name, "contactee": pair.contactee.name,
                                                              "count": String(pair.count), "minimum": String(pair.minimum)]))
        }
        document.add(.heading, headings.next("word.year.records"))
        if lists.records.isEmpty { document.add(.body, words("word.noRecords.year")) } else {
            var table = WordTable(widths: [3, 4, 3, 5, 4, 2], head: columns(words, "number", "date", "contactor", "contactees", "method", "suggestions"))
            table.rows = lists.records.map { cells in cells.map { WordTable.Cell($0) } }
            document.add(table)
        }
        document.add(.heading, headings.next("word.year.suggestions"))
        if lists.suggestions.isEmpty { document.add(.body, words("word.none")) }
        addSuggestionList(lists.suggestions, words: words, to: &document)
        return document
    }

    /// The table head from the `word.column.*` labels.
    private static func columns(_ words: ThemeText, _ names: String...) -> [String] {
        names.map { words("word.column." + $0) }
    }

    /// Section headings numbered in order (一、二、…) with the theme's numerals.
    private struct Headings {
        let words: ThemeText
        let numerals: [String]
        var count = 0

        init(_ words: ThemeText) {
            self.words = words
            numerals = words("word.numerals").split(separator: " ").map(String.init)
        }

        mutating func next(_ key: String) -> String {
            count += 1
            let number = numerals.isEmpty ? String(count) : numerals[min(count, numerals.count) - 1]
            return words("word.heading", ["number": number, "title": words(key)])
        }
    }

    // MARK: 附件1

    /// The 附件1 table on a landscape page: a row per 党组成员, a column per kind, each
    /// name on a line of its own and no line ever wrapped (WordLayout).
    static func attachment(_ page: AttachmentTableValues, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title, orientation: .landscape)
        document.add(.label, words("word.attachment.label"))
        document.add(.title, title)
        let kinds = page.kinds.map(\.name)
        let leaders = page.leaders.map { row in (name: row.leader.tableName, cells: row.cells.map(\.items)) }
        // Widths from the names and units only: the head's labels wrap.
        var columns = [leaders.map(\.name)]
        for index in kinds.indices { columns.append(leaders.flatMap { $0.cells.indices.contains(index) ? $0.cells[index] : [] }) }
        let fit = WordLayout.fit(columns: columns, width: WordPage.landscape.textWidth)
        var table = WordTable(widths: fit.widths, head: [page.leaderColumn] + kinds)
        table.rows = leaders.map { leader in [.init(leader.name, isLabel: true)] + leader.cells.map { WordTable.Cell(lines: $0) } }
        table.noWrap = true
        table.fontHalfPoints = fit.halfPoints
        document.add(table)
        return document
    }

    // MARK: 记录单

    /// The blank 附件2 form, as the blank page lays it out: label cells, room to write,
    /// the policy's methods and topics to tick.
    static func blankRecord(_ page: BlankRecordValues, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title)
        let form = page.form
        func label(_ field: String) -> String { form.label(field) }
        document.add(.right, label("number") + "：　　　　　　")
        document.add(.title, form.title)
        var table = WordTable(widths: [4, 4, 4, 6])
        func wide(_ label: String, _ lines: [String]) -> [WordTable.Cell] { [.init(label, isLabel: true), .init(lines: lines, span: 3)] }
        let room = Array(repeating: "", count: 6)
        table.rows = [
            wide(label("date"), [words("word.record.when")]),
            wide(label("place"), [""]),
            [.init(label("contactor"), isLabel: true), .init(""), .init(label("contactor_identity"), isLabel: true), .init("")],
            [.init(label("contactees"), isLabel: true), .init(""), .init(label("contactee_identity"), isLabel: true), .init("")],
            wide(label("method"), ["□" + page.methods]),
            wide(label("content"), ["□" + page.topics] + room),
            wide(label("suggestions"), room),
        ]
        document.add(table)
        document.add(.right, label("recorder") + "：　　　　　　")
        return document
    }
}
