/// A record as a row of a list (RecordViews.row, keys RecordViews.rowKeys): the records
/// lists, a member's records, the home page's latest, a suggestion's and an outside
/// contact's record. Made once per record and build (RecordRows).
final class RecordRowValues: TemplateObject, ShowsSource, Sendable {
    let number, href, date, contactor, contactees, method: String
    /// The record's file.
    let sourceFile: String
    /// By dimension slug (RecordGroupViews.dimensions): the contactees' 党派, 界别, 专委会
    /// and 窗口 on the day, which the filter bar of a records table narrows by.
    let groups: [String: String]

    init(number: String, href: String, date: String, contactor: String, contactees: String, method: String, groups: [String: String], file: String) {
        sourceFile = file
        self.number = number
        self.href = href
        self.date = date
        self.contactor = contactor
        self.contactees = contactees
        self.method = method
        self.groups = groups
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "number": .text(number)
        case "href": .text(href)
        case "date": .text(date)
        case "contactor": .text(contactor)
        case "contactees": .text(contactees)
        case "method": .text(method)
        default: groups[key].map(TemplateValue.text)
        }
    }
}

/// A record as a report's line (ReportViews.detailRow): its row with 内容 (the topics and
/// the opening of its text) and the number of its suggestions (Jiangmen 第五条(三)).
final class RecordDetailValues: TemplateObject, ShowsSource {
    let row: RecordRowValues
    let topics, summary: String
    let suggestionCount: Int
    var sourceFile: String { row.sourceFile }

    init(row: RecordRowValues, topics: String, summary: String, suggestionCount: Int) {
        self.row = row
        self.topics = topics
        self.summary = summary
        self.suggestionCount = suggestionCount
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "topics": .text(topics)
        case "summary": .text(summary)
        case "suggestionCount": .number(suggestionCount)
        default: row.value(key)
        }
    }
}
