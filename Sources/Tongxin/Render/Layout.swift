import Foundation

/// The parts every page shares: site name, navigation, breadcrumbs, footer, and the
/// prefix that makes links relative.
struct Layout: Sendable {
    let settings: SiteSettings
    let asOf: Day
    let audience: Audience
    let history: GitHistory
    /// What is the same on every page, worked out once per build.
    private let siteName: String
    private let siteValues: [String: String]
    private let demo: Bool
    private let searchBase: String

    init(settings: SiteSettings, asOf: Day, audience: Audience, history: GitHistory) {
        self.settings = settings
        self.asOf = asOf
        self.audience = audience
        self.history = history
        siteName = settings.name
        siteValues = ["name": settings.name, "organization": settings.organization, "asOf": asOf.chinese]
        demo = settings.demo
        // Pagefind gives results as paths from the server root: the path part of base_url.
        searchBase = settings.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
    }

    static let publicNavigation: [(section: String, title: String, route: String)] = [
        ("home", "首页", Routes.home),
        ("cases", "典型案例", Routes.cases),
        ("rules", "制度文件", Routes.rules),
        ("search", "搜索", Routes.search),
    ]

    static let navigation: [(section: String, title: String, route: String)] = [
        ("home", "首页", Routes.home),
        ("assignments", "联系分工", Routes.assignments),
        ("records", "联系记录", Routes.records),
        ("suggestions", "意见建议", Routes.suggestions),
        ("reports", "报告", Routes.reports),
        ("members", "委员名录", Routes.members),
        ("rules", "制度文件", Routes.rules),
        ("cases", "典型案例", Routes.cases),
        ("search", "搜索", Routes.search),
    ]

    func context(for spec: PageSpec) -> [String: Any] {
        let root = Routes.rootPrefix(for: spec.route)
        var context = spec.context()
        context["root"] = root
        context["title"] = spec.title
        context["pageTitle"] = spec.route.isEmpty ? siteName : "\(spec.title) - \(siteName)"
        var site: [String: Any] = siteValues
        site["demo"] = demo
        context["site"] = site
        context["nav"] = (audience == .public ? Self.publicNavigation : Self.navigation).map { item in
            ["title": item.title, "href": root + item.route, "current": item.section == spec.section] as [String: Any]
        }
        context["breadcrumbs"] = spec.breadcrumbs.isEmpty ? [] : ([Crumb(title: "首页", route: Routes.home)] + spec.breadcrumbs).map {
            ["title": $0.title, "href": root + $0.route] as [String: Any]
        }
        context["hasBreadcrumbs"] = !spec.breadcrumbs.isEmpty
        context["isInternal"] = audience == .internal
        context["searchBase"] = searchBase
        if let source = spec.source, let change = history.lastChange(of: source) {
            context["lastChange"] = ["date": change.date.chinese, "author": change.author] as [String: Any]
        }
        context["hasLinks"] = !settings.links.isEmpty
        context["links"] = settings.links.map { ["title": $0.title, "href": $0.url.contains(":") ? $0.url : root + $0.url] }
        return context
    }
}

/// Small helpers shared by the views.
enum View {
    static func date(_ day: Day?) -> String { day?.chinese ?? "" }

    static func markdown(_ rendered: RenderedMarkdown?) -> [String: Any] {
        guard let rendered else { return ["html": "", "toc": [], "hasToc": false] }
        let toc = rendered.headings.filter { $0.level <= 3 }.map { ["text": $0.text, "anchor": $0.anchor, "level": $0.level, "sub": $0.level > 2] as [String: Any] }
        return ["html": rendered.html, "toc": toc, "hasToc": toc.count >= 3, "summary": rendered.summary]
    }
}
