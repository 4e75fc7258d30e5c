/// A 五到位 event as a row (TriggerViews.row): the 五到位 list, the home page's overdue
/// events and a contactor's task page.
final class TriggerRowValues: TemplateObject {
    let member: MemberLinkValues
    let kind, date, due, note: String
    /// 按时 / 逾期 / 未到期 … with the days, and its class (done, inProgress, behind, open).
    let status, statusClass: String
    /// The record that answered the event; nil while none has.
    let record: RecordRowValues?

    init(member: MemberLinkValues, kind: String, date: String, due: String, note: String, status: String, statusClass: String, record: RecordRowValues?) {
        self.member = member
        self.kind = kind
        self.date = date
        self.due = due
        self.note = note
        self.status = status
        self.statusClass = statusClass
        self.record = record
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "member": .object(member)
        case "kind": .text(kind)
        case "date": .text(date)
        case "due": .text(due)
        case "note": .text(note)
        case "status": .text(status)
        case "statusClass": .text(statusClass)
        case "record": record.map(TemplateValue.object)
        default: nil
        }
    }
}
