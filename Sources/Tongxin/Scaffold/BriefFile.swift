import Foundation

/// `tongxin new brief`: the next issue of the year as `briefs/<year>-<NN>.md`, its 期号
/// one more than the highest of that year's briefs (a number taken twice is an error, a
/// gap a warning: BriefChecks), every field with a Chinese comment.
extension Scaffold {
    public static func newBrief(date: Day, title: String?, contentFolder: URL) throws(ScaffoldError) -> ScaffoldResult {
        let issue = nextIssue(year: date.year, contentFolder: contentFolder)
        let path = "briefs/\(date.year)-\(issue < 10 ? "0" : "")\(issue).md"
        if exists(path, in: contentFolder) { throw ScaffoldError(L("scaffold.briefExists", path)) }
        try create(briefText(issue: issue, date: date, title: title), at: path, in: contentFolder)
        return ScaffoldResult(path: path)
    }

    /// One more than the highest 期号 of `year` among the briefs that load (1 for the first).
    static func nextIssue(year: Int, contentFolder: URL) -> Int {
        let root = contentFolder.standardizedFileURL
        let files = ContentFiles.scan(root: root).briefs
        let numbers = files.compactMap { path -> Int? in
            var diagnostics = Diagnostics()
            guard var file = MarkdownFile.load(path, root: root, limits: .defaults, schema: Schemas.brief, diagnostics: &diagnostics),
                  let brief = BriefLoader.load(&file), brief.date.value.year == year else { return nil }
            return brief.issue.value
        }
        return (numbers.max() ?? 0) + 1
    }

    static func briefText(issue: Int, date: Day, title: String?) -> String {
        var yaml = CommentedYAML()
        yaml.field("issue", "\(issue)", "期号：这一年的第几期（已填为下一期；同一年不能重复）")
        yaml.field("date", date.iso, "日期：YYYY-MM-DD，期号按这一年计")
        yaml.field("title", title.map(YAMLText.scalar) ?? "", "标题（必填）")
        yaml.field("masthead", "", "刊名：红头上的红色名称；不写则为 site.json 的单位名称加“简报”")
        yaml.field("issuer", "", "编印单位：不写则为 site.json 的单位名称")
        yaml.field("cases", "[]", "案例：本期刊发的案例文件名（不带 .md），如 [village-doctors]")
        yaml.field("to", "[]", "报送：如 [市委, 市政府]")
        yaml.field("cc", "[]", "抄送：如 [各专门委员会]")
        yaml.field("copies", "", "印数：共印多少份，如 60")
        return yaml.file(body: "正文（如编者按）：在此用 Markdown 书写；案例排在正文之后。\n")
    }
}
