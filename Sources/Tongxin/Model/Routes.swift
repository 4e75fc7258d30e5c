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
    public static let reserved: Set<String> = ["rules", "members", "records", "cases", "static", "assets", "search", "reports", "dashboard", "feed", "sitemap"]

    public static func rule(_ slug: String) -> String { "rules/\(slug)/" }
    public static func member(_ id: String) -> String { "members/\(id)/" }
    public static func record(_ slug: String) -> String { "records/\(slug)/" }
    public static func caseStory(_ slug: String) -> String { "cases/\(slug)/" }
    public static func page(_ slug: String) -> String { "\(slug)/" }
    public static func asset(_ relative: String) -> String { relative }

    /// The output file of a route.
    public static func file(for route: String) -> String {
        route.isEmpty || route.hasSuffix("/") ? route + "index.html" : route
    }

    /// "../" repeated so a page can link anywhere relatively; the portal may be served
    /// under any prefix on the intranet, or opened from a folder.
    public static func rootPrefix(for route: String) -> String {
        let depth = route.split(separator: "/", omittingEmptySubsequences: true).count - (route.hasSuffix("/") || route.isEmpty ? 0 : 1)
        return String(repeating: "../", count: max(depth, 0))
    }
}
