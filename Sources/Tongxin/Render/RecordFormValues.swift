/// The policy's 记录单 (RecordViews.form, keys RecordViews.formKeys): its title and the
/// label of each field, the same on every record's page, the blank form and their Word
/// files.
final class RecordFormValues: TemplateObject, Sendable {
    let title: String
    /// By field (RecordForm.fields).
    let labels: [String: String]

    init(title: String, labels: [String: String]) {
        self.title = title
        self.labels = labels
    }

    func label(_ field: String) -> String { labels[field] ?? "" }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "labels": .strings(labels)
        default: nil
        }
    }
}
