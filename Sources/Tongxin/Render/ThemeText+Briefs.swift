/// The words of a 简报 the code writes (`brief.*` labels): its 期号, 刊名 and 印数 on the
/// page and in brief.docx, and the .docx's 版记 lines, which the page's template writes
/// itself. Optional in theme.json like the Word reports' words (ThemeText+WordFiles).
extension ThemeText {
    static let briefLabels: [String: OptionalLabel] = [
        "brief.issue": .init(["issue"], "第{issue}期"),
        "brief.crumb": .init(["issue", "year"], "{issue}（{year}年）"),
        "brief.masthead": .init(["organization"], "{organization}简报"),
        "brief.total": .init(["total"], "总第{total}期"),
        "brief.issueAndTotal": .init(["issue", "total"], "{issue}（{total}）"),
        "brief.copies": .init(["copies"], "（共印{copies}份）"),
        "brief.internal": .init([], "内部资料　注意保存"),
        "brief.byline": .init(["byline"], "（{byline}）"),
        "brief.to": .init(["to"], "报：{to}"),
        "brief.cc": .init(["cc"], "送：{cc}"),
        "brief.printed": .init(["issuer", "date", "copies"], "{issuer}\t{date}印发{copies}"),
    ]
}
