/// A record's 记录单 as a .docx beside its page (internal builds only: records are never
/// public): the blank form's table (WordViews.blankRecord) filled in from the page's own
/// context, the 联系内容 as its Markdown reads (WordProse, as in the 简报).
///
/// A build makes one per record — thousands — where it makes a few dozen reports, so the
/// cost per file is what matters (a feature may not make the 10,000-page build more than
/// 10 % slower). Every zip part but word/document.xml is made and compressed once per
/// build (`WordPackage.Frame`); the document part is stored, not deflated, and written
/// into one byte buffer from `Skeleton`: the form's markup, made once by WordBody from a
/// document whose values are markers, cut at the markers.
enum RecordWordFile {
    /// The spec of the record page's Word file, from the values the page shows.
    static func spec(beside page: PageSpec, values: Shared<RecordValues>, form: Once<Form>, words: ThemeText) -> PageSpec {
        WordViews.spec(beside: page, name: WordViews.recordFile, bytes: {
            let form = form.get
            return form.package.docx(form.skeleton.xml(Sheet(values.get, words: words)))
        })
    }

    /// What the page's "下载 Word" link needs.
    static func link(number: String, form: RecordForm, words: ThemeText) -> WordLinkValues {
        WordViews.link(WordViews.recordFile, title: words("file.record", ["title": form.title, "number": number]))
    }

    /// What is the same in every record's file of a build.
    struct Form: Sendable {
        let package: WordPackage.Frame
        let skeleton: Skeleton

        init(_ form: RecordFormValues) {
            package = WordPackage.Frame(title: form.title)
            skeleton = Skeleton(form)
        }
    }

    /// A record's values as the file shows them, each a paragraph's whole text.
    struct Sheet {
        var number = "", when = "", place = ""
        var contactor = (name: "", identity: "")
        var contactees: [(name: String, identity: String)] = []
        var method = "", trigger = "", topics = ""
        /// The 联系内容: the body's HTML.
        var body = ""
        var suggestions: [String] = []
        var recorder = ""

        init() {}

        /// From the record page's values (RecordViews.detail).
        init(_ page: RecordValues, words: ThemeText) {
            let form = page.form
            number = form.label("number") + "：" + page.number
            when = page.date + (page.time.isEmpty ? "" : " " + page.time)
            place = page.place
            contactor = (page.contactor.name, page.contactor.identity)
            contactees = page.contactees.map { ($0.name, $0.identity) }
            method = page.method
            trigger = page.trigger
            topics = page.topics
            body = page.body.html
            suggestions = page.suggestions.enumerated().flatMap { suggestionLines($1, number: $0 + 1, words: words) }
            recorder = form.label("recorder") + "：" + page.recorder
        }
    }

    /// The record as a WordDocument: the blank form's table with the values in it. Used
    /// once per build to make the `Skeleton` (and by the tests, to check it).
    static func document(_ sheet: Sheet, form: RecordFormValues) -> WordDocument {
        func label(_ field: String) -> WordTable.Cell { .init(form.label(field), isLabel: true) }
        var document = WordDocument(title: form.title)
        document.add(.right, sheet.number)
        document.add(.title, form.title)
        var table = WordTable(widths: widths)
        func wide(_ field: String, _ value: String) -> [WordTable.Cell] { [label(field), .init(value, span: 3)] }
        table.rows = [wide("date", sheet.when), wide("place", sheet.place),
                      [label("contactor"), .init(sheet.contactor.name), label("contactor_identity"), .init(sheet.contactor.identity)]]
        // One row per contactee, each labelled as on the page.
        table.rows += sheet.contactees.map { [label("contactees"), .init($0.name), label("contactee_identity"), .init($0.identity)] }
        if !sheet.method.isEmpty { table.rows.append(wide("method", sheet.method)) }
        if !sheet.trigger.isEmpty { table.rows.append(wide("trigger", sheet.trigger)) }
        table.rows.append([label("content"), .init(lines: sheet.topics.isEmpty ? [] : [sheet.topics], prose: WordProse.blocks(sheet.body), span: 3)])
        if !sheet.suggestions.isEmpty { table.rows.append([label("suggestions"), .init(lines: sheet.suggestions, span: 3)]) }
        document.add(table)
        document.add(.right, sheet.recorder)
        return document
    }

    /// The blank form's columns.
    static let widths = [4, 4, 4, 6]

    /// A suggestion as the page shows it: its text, route and status (and feedback), then
    /// the window's follow-up where written.
    private static func suggestionLines(_ suggestion: RecordValues.SuggestionValues, number: Int, words: ThemeText) -> [String] {
        var values = ["number": String(number), "text": suggestion.text, "route": suggestion.route, "status": suggestion.status]
        if !suggestion.feedback.isEmpty { values["feedback"] = suggestion.feedback }
        var lines = [words(values["feedback"] == nil ? "word.record.suggestion" : "word.record.suggestion.feedback", values)]
        for (key, text) in [("handling", suggestion.handling), ("result", suggestion.result), ("filed", suggestion.filed)] where !text.isEmpty {
            lines.append(words("word.record." + key, [key: text]))
        }
        return lines
    }
}
