/// The words of the Word reports (`word.*` labels): titles, section headings, table
/// columns and the sentences around the figures. They are the theme's like the pages'
/// labels, so an office rewords its reports in theme.json without Swift.
///
/// Optional in theme.json, unlike the pages' labels: they were added after themes
/// existed, and a theme made before must still build. A missing one takes the text
/// below (the default theme's, which lists them all).
extension ThemeText {
    /// A label theme.json may leave out: its placeholders and its default text.
    struct OptionalLabel: Sendable {
        let placeholders: Set<String>
        let text: String
    }

    /// Every optional label: the Word reports', the CSV tables' (ThemeText+CSVFiles),
    /// the 简报's (+Briefs), the file names' and the calendars' words (+Files), and
    /// words pages gained after themes were first made (+PageLabels).
    static let optionalLabels: [String: OptionalLabel] = [wordLabels, csvLabels, briefLabels, fileLabels, pageLabels].reduce(into: [:]) { all, labels in all.merge(labels) { first, _ in first } }

    static let wordLabels: [String: OptionalLabel] = [
        // Shared by the reports.
        "word.none": .init([], "无。"),
        "word.heading": .init(["number", "title"], "{number}、{title}"),
        "word.numerals": .init([], "一 二 三 四 五 六 七 八 九 十"),
        "word.suggestions": .init([], "意见建议"),
        "word.suggestion": .init(["number", "text", "date", "route", "status"], "{number}. {text}（{date}；去向：{route}；{status}）"),
        "word.suggestion.feedback": .init(["number", "text", "date", "route", "status", "feedback"], "{number}. {text}（{date}；去向：{route}；{status}；反馈 {feedback}）"),
        "word.noRecords.year": .init([], "本年没有联系记录。"),
        // Table columns.
        "word.column.contactor": .init([], "联系人"),
        "word.column.contactee": .init([], "联系对象"),
        "word.column.contactees": .init([], "联系对象"),
        "word.column.kind": .init([], "类别"),
        "word.column.periodCount": .init([], "本期次数"),
        "word.column.yearCount": .init([], "年内次数"),
        "word.column.last": .init([], "最近联系"),
        "word.column.status": .init([], "状态"),
        "word.column.number": .init([], "编号"),
        "word.column.date": .init([], "日期"),
        "word.column.method": .init([], "方式"),
        "word.column.content": .init([], "内容"),
        "word.column.suggestions": .init([], "建议"),
        // A committee's half-year report.
        "word.committee.title": .init(["committee", "period"], "{committee}\n{period}党员委员联系党外委员情况"),
        "word.committee.summary": .init(["members", "pairs", "met", "records"], "本委委员 {members} 名，联系分工 {pairs} 对，本期有联系的 {met} 对，联系记录 {records} 份。"),
        "word.committee.pairs": .init([], "各对联系"),
        "word.committee.records": .init([], "联系情况（时间、方式、内容、建议）"),
        "word.committee.noRecords": .init([], "本期没有联系记录。"),
        // A 党组成员's yearly report; the title's two lines each fit the 版心.
        "word.leader.title": .init(["name", "year"], "{name}{year}年\n联系相关界别党员委员、党外委员情况"),
        "word.leader.summary": .init(["pairs", "done", "records"], "联系委员 {pairs} 名，年内达到要求的 {done} 名；联系记录 {records} 份。"),
        "word.leader.units": .init([], "联系的临时党支部（窗口）"),
        "word.leader.pairs": .init([], "联系的委员"),
        "word.leader.records": .init([], "联系情况"),
        // The yearly consolidated report.
        "word.year.title": .init(["organization", "year"], "{organization}\n{year}年党员委员联系党外委员工作情况汇总"),
        "word.year.summary": .init(["covered", "contacted", "done", "minimum", "behind", "records", "contacts", "suggestions", "answered"],
                                   "党外委员有联系人的 {covered} 名，年内已联系的 {contacted} 名；分工联系 {done} 对达到每年 {minimum} 次，滞后 {behind} 对。全年联系记录 {records} 份、联系 {contacts} 人次；形成意见建议 {suggestions} 条，已反馈 {answered} 条。"),
        "word.year.committees": .init([], "各专门委员会"),
        "word.year.committee": .init([], "专门委员会"),
        "word.year.members": .init([], "委员"),
        "word.year.pairs": .init([], "结对"),
        "word.year.met": .init([], "已联系的对"),
        "word.year.contacts": .init([], "联系人次"),
        "word.year.suggestionCount": .init([], "意见建议"),
        "word.year.leaders": .init([], "党组成员"),
        "word.year.leader": .init([], "党组成员"),
        "word.year.leaderPairs": .init([], "联系委员"),
        "word.year.leaderDone": .init([], "达到要求"),
        "word.year.leaderRecords": .init([], "联系记录"),
        "word.year.routes": .init([], "意见建议去向与办理"),
        "word.year.route": .init([], "去向"),
        "word.year.behind": .init([], "滞后的联系"),
        "word.year.behindPair": .init(["contactor", "contactee", "count", "minimum"], "{contactor} → {contactee}：{count}/{minimum} 次"),
        "word.year.records": .init([], "全年联系记录"),
        "word.year.suggestions": .init([], "意见建议清单"),
        // The 附件1 table's label above its title.
        "word.attachment.label": .init([], "附件1"),
        // The blank 记录单: the line to write the date and times on.
        "word.record.when": .init([], "　　　年　　月　　日　　时　　分 至 　　时　　分"),
    ]
}

extension ThemeText.OptionalLabel {
    init(_ placeholders: Set<String>, _ text: String) {
        self.init(placeholders: placeholders, text: text)
    }
}
