/// The names Word files are saved under ("下载 Word"), the reminders in the contactors'
/// .ics calendars, and the links of a rule's attachments (`file.*`, `ics.*`, `rule.*`
/// labels). Optional in theme.json like the Word reports' words (ThemeText+WordFiles).
extension ThemeText {
    static let fileLabels: [String: OptionalLabel] = [
        "file.yearSummary": .init(["organization", "year"], "{organization}{year}年联系工作汇总"),
        "file.committeeReport": .init(["name", "period"], "{name}{period}联系工作情况"),
        "file.leaderReport": .init(["name", "year"], "{name} {year}年联系工作情况"),
        "file.pastAttachment": .init(["year", "title"], "{year}年{title}"),
        "file.record": .init(["title", "number"], "{title}（{number}）"),
        "ics.calendar": .init(["name"], "{name} 联系任务"),
        "ics.summary": .init(["member", "kind"], "五到位：联系{member}（{kind}）"),
        "ics.note": .init(["note"], "，{note}"),
        "ics.description": .init(["date", "kind", "note", "due"], "{date}{kind}{note}；应于{due}前联系。"),
        "rule.liveTable": .init([], "联系分工（实时名单）"),
        "rule.blankForm": .init([], "空白记录单（可打印）"),
    ]
}
