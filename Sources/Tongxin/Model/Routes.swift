/// Where each page lands in the output. Paths are folders holding index.html, so that
/// addresses stay short ("members/li-ming/").
public enum Routes {
    public static let home = ""
    public static let rules = "rules/"
    public static let members = "members/"
    public static let records = "records/"
    public static let cases = "cases/"
    public static let staticFolder = "static/"
    public static let assets = "assets/"

    /// First path segments the generator owns; free pages may not take them.
    public static let reserved: Set<String> = ["rules", "members", "records", "cases", "static", "assets", "search", "reports", "dashboard", "feed", "sitemap", "assignments", "suggestions", "units", "years", "term", "briefs"]

    public static let assignments = "assignments/"
    public static let pairs = "assignments/pairs/"
    public static let suggestions = "suggestions/"
    public static let triggers = "assignments/triggers/"
    public static let reports = "reports/"
    /// The term (届) page, when site.json names the term.
    public static let term = "term/"
    public static let blankRecord = "records/blank/"
    public static let search = "search/"
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    public static let attachmentCSV = "assignments/attachment1.csv"
    public static let pairsCSV = "assignments/pairs.csv"
    public static let recordsCSV = "records/records.csv"
    public static let suggestionsCSV = "suggestions/suggestions.csv"
    public static let membersCSV = "members/members.csv"
    public static let breakdownsCSV = "reports/breakdowns.csv"

    public static func unit(_ id: String) -> String { "units/\(id)/" }
    /// An earlier year's dashboard and pairs table (this year's are the home page and pairs).
    public static func year(_ year: Int) -> String { "years/\(year)/" }
    public static func yearPairs(_ year: Int) -> String { "years/\(year)/pairs/" }
    /// An earlier year's 附件1 and pairs by unit (made only when assignment rows have dates).
    public static func yearAssignments(_ year: Int) -> String { "years/\(year)/assignments/" }
    public static func yearAttachmentCSV(_ year: Int) -> String { "years/\(year)/assignments/attachment1.csv" }
    public static func yearPairsCSV(_ year: Int) -> String { "years/\(year)/pairs/pairs.csv" }
    public static func committeeReport(_ period: Period, _ id: String) -> String { "reports/\(period.slug)/committees/\(id)/" }
    /// The yearly consolidated report (年度汇总) of all committees and 党组成员.
    public static func yearSummary(_ year: Int) -> String { "reports/\(year)/summary/" }
    public static func partyGroupReport(_ year: Int, _ id: String) -> String { "reports/\(year)/party-group/\(id)/" }
    public static func rule(_ slug: String) -> String { "rules/\(slug)/" }
    public static func member(_ id: String) -> String { "members/\(id)/" }
    /// This year's pairs of one status (done, inProgress, behind).
    public static func pairsByStatus(_ status: String) -> String { "assignments/pairs/status/\(status)/" }
    /// This year's pairs narrowed to the contactee's party or sector.
    public static func pairGroup(_ dimension: String, _ id: String) -> String { "assignments/pairs/by/\(dimension)/\(id)/" }
    /// The member list narrowed to one party, sector, committee or window.
    public static func memberGroup(_ dimension: String, _ id: String) -> String { "members/by/\(dimension)/\(id)/" }
    /// The records list narrowed to the contactees of one party, sector, committee or window.
    public static func recordGroup(_ dimension: String, _ id: String) -> String { "records/by/\(dimension)/\(id)/" }
    /// 我的联系任务 of a contactor, and its calendar of due 五到位 days.
    public static func tasks(_ id: String) -> String { "members/\(id)/tasks/" }
    public static func tasksCalendar(_ id: String) -> String { "members/\(id)/tasks.ics" }
    public static func record(_ slug: String) -> String { "records/\(slug)/" }
    /// A month's list of records: "records/2026-03/", beside the year folders of the
    /// records themselves, which are four digits.
    public static func recordMonth(year: Int, month: Int) -> String { "records/\(monthSlug(year, month))/" }
    public static func suggestionMonth(year: Int, month: Int) -> String { "suggestions/\(monthSlug(year, month))/" }

    private static func monthSlug(_ year: Int, _ month: Int) -> String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    public static func caseStory(_ slug: String) -> String { "cases/\(slug)/" }
    /// The 简报: their list, and each one's printable page (with its .docx beside it).
    public static let briefs = "briefs/"
    public static func brief(_ slug: String) -> String { "briefs/\(slug)/" }
    public static func caseTag(_ slug: String) -> String { "cases/tags/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static func asset(_ relative: String) -> String { relative }

    /// The output file of a route.
    public static func file(for route: String) -> String {
        route.isEmpty || route.hasSuffix("/") ? route + "index.html" : route
    }

    /// "../" repeated so a page can link anywhere relatively; the portal may be served
    /// under any prefix on the intranet, or opened from a folder.
    public static func rootPrefix(for route: String) -> String {
        // Parts are runs of bytes between slashes (a split by Character cost 1% of a build).
        var parts = 0, inPart = false
        for byte in route.utf8 {
            if byte == UInt8(ascii: "/") { inPart = false } else if !inPart { inPart = true; parts += 1 }
        }
        let depth = parts - (route.utf8.last == UInt8(ascii: "/") || route.isEmpty ? 0 : 1)
        return String(repeating: "../", count: max(depth, 0))
    }
}
