/// The column heads of the CSV tables beside the pages (`csv.*` labels), and the words
/// the breakdowns table writes in its cells. Optional in theme.json like the Word
/// reports' words (ThemeText+WordFiles): a missing one takes the text below.
extension ThemeText {
    static let csvLabels: [String: OptionalLabel] = [
        "csv.leader": .init([], "市政协党组成员"),
        "csv.leaderID": .init([], "党组成员编号"),
        "csv.contactor": .init([], "联系人"),
        "csv.contactorID": .init([], "联系人编号"),
        "csv.contactee": .init([], "联系对象"),
        "csv.contacteeID": .init([], "联系对象编号"),
        "csv.kind": .init([], "类别"),
        "csv.organizer": .init([], "组织单位"),
        "csv.yearCount": .init(["year"], "{year}年联系次数"),
        "csv.minimum": .init([], "要求次数"),
        "csv.last": .init([], "最近联系"),
        "csv.status": .init([], "状态"),
        "csv.period": .init([], "分工期限"),
        "csv.number": .init([], "编号"),
        "csv.date": .init([], "日期"),
        "csv.time": .init([], "起止时间"),
        "csv.place": .init([], "联系地点"),
        "csv.method": .init([], "联系方式"),
        "csv.topics": .init([], "联系内容要点"),
        "csv.suggestionCount": .init([], "意见建议条数"),
        "csv.recorder": .init([], "记录人"),
        "csv.recordNumber": .init([], "记录编号"),
        "csv.suggestion": .init([], "意见建议"),
        "csv.route": .init([], "去向"),
        "csv.feedback": .init([], "反馈日期"),
        "csv.pendingDays": .init([], "待办天数"),
        "csv.handling": .init([], "处理意见"),
        "csv.result": .init([], "处理情况"),
        "csv.filed": .init([], "备案日期"),
        "csv.name": .init([], "姓名"),
        "csv.gender": .init([], "性别"),
        "csv.party": .init([], "党派"),
        "csv.sector": .init([], "界别"),
        "csv.committee": .init([], "专委会"),
        "csv.window": .init([], "窗口"),
        "csv.roles": .init([], "身份"),
        "csv.unit": .init([], "工作单位"),
        "csv.position": .init([], "职务"),
        "csv.id": .init([], "编号"),
        // The breakdowns table: its dimension and item columns, a month, an item not given.
        "csv.dimension": .init([], "统计维度"),
        "csv.item": .init([], "项目"),
        "csv.month": .init([], "月份"),
        "csv.monthValue": .init(["month"], "{month}月"),
        "csv.unknown": .init([], "未注明"),
    ]

    /// Every optional label: the Word reports', the CSV tables', the 简报's, the file
    /// names' and the calendars' words.
    static let optionalLabels: [String: OptionalLabel] = [wordLabels, csvLabels, briefLabels, fileLabels].reduce(into: [:]) { all, labels in all.merge(labels) { first, _ in first } }
}
