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
    /// The site's path from the server root (base_url's path, or /).
    let searchBase: String
    private let shared: SharedParts

    init(settings: SiteSettings, asOf: Day, audience: Audience, history: GitHistory) {
        self.settings = settings
        self.asOf = asOf
        self.audience = audience
        self.history = history
        siteName = settings.name
        // Pagefind gives results as paths from the server root: the path part of base_url.
        searchBase = settings.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        shared = SharedParts(settings: settings, asOf: asOf, navigation: audience == .public ? Self.publicNavigation : Self.navigation)
    }

    /// The navigation, links and site values are the same on every page at one depth
    /// and in one section: built once per build, not once per page.
    private final class SharedParts: @unchecked Sendable {
        // Written only in init; read by every rendering thread afterwards.
        private var navigation: [String: SharedList] = [:]
        private var links: [String: SharedList] = [:]
        let site: [String: Any]
        private let items: [(section: String, title: String, route: String)]
        private let settings: SiteSettings

        init(settings: SiteSettings, asOf: Day, navigation items: [(section: String, title: String, route: String)]) {
            site = ["name": settings.name, "organization": settings.organization, "asOf": asOf.chinese, "demo": settings.demo]
            self.items = items
            self.settings = settings
            for depth in 0...Self.depths {
                let root = String(repeating: "../", count: depth)
                links[root] = Self.links(settings, root: root)
                for section in items.map(\.section) + [""] {
                    navigation[root + "|" + section] = Self.navigation(items, root: root, section: section)
                }
            }
        }

        /// Routes are at most this deep (records/<year>/<slug>/ is 3); deeper ones are
        /// built when asked.
        private static let depths = 8

        func navigation(root: String, section: String) -> SharedList {
            navigation[root + "|" + section] ?? Self.navigation(items, root: root, section: section)
        }

        func links(root: String) -> SharedList {
            links[root] ?? Self.links(settings, root: root)
        }

        private static func navigation(_ items: [(section: String, title: String, route: String)], root: String, section: String) -> SharedList {
            SharedList(items.map { item in ["title": item.title, "href": root + item.route, "current": item.section == section] as [String: Any] })
        }

        private static func links(_ settings: SiteSettings, root: String) -> SharedList {
            SharedList(settings.links.map { ["title": $0.title, "href": $0.url.contains(":") ? $0.url : root + $0.url] as [String: Any] })
        }
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

    func context(for spec: PageSpec, values: [String: Any]? = nil) -> [String: Any] {
        let root = Routes.rootPrefix(for: spec.route)
        var context = values ?? spec.context()
        context["root"] = root
        context["title"] = spec.title
        context["pageTitle"] = spec.route.isEmpty ? siteName : "\(spec.title) - \(siteName)"
        context["site"] = shared.site
        context["nav"] = shared.navigation(root: root, section: spec.section)
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
        context["links"] = shared.links(root: root)
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
