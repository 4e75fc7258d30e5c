import Foundation

/// The parts every page shares: site name, navigation, breadcrumbs, footer, and the
/// prefix that makes links relative. A class: every page's drawing holds it, and a
/// struct (with the site's settings in it) was copied field by field for each.
final class Layout: Sendable {
    let settings: SiteSettings
    let asOf: Day
    let audience: Audience
    let history: GitHistory
    /// What is the same on every page, worked out once per build.
    private let siteName: String
    /// The site's path from the server root (base_url's path, or /).
    let searchBase: String
    private let shared: SharedParts

    /// The theme's words (theme.json): the navigation and the first breadcrumb.
    let text: ThemeText

    init(settings: SiteSettings, asOf: Day, audience: Audience, history: GitHistory, text: ThemeText) {
        self.text = text
        self.settings = settings
        self.asOf = asOf
        self.audience = audience
        self.history = history
        siteName = settings.name
        // Pagefind gives results as paths from the server root: the path part of base_url.
        searchBase = settings.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        shared = SharedParts(settings: settings, asOf: asOf, navigation: (audience == .public ? text.publicNavigation : text.navigation).map { ($0.section, $0.title, $0.route) })
    }

    /// The navigation, links and site values are the same on every page at one depth
    /// and in one section: built once per build, not once per page.
    private final class SharedParts: @unchecked Sendable {
        // Written only in init; read by every rendering thread afterwards.
        private var navigation: [String: SharedList] = [:]
        private var links: [String: SharedList] = [:]
        let site: SiteValues
        private let items: [(section: String, title: String, route: String)]
        private let settings: SiteSettings

        init(settings: SiteSettings, asOf: Day, navigation items: [(section: String, title: String, route: String)]) {
            site = SiteValues(name: settings.name, organization: settings.organization, asOf: asOf.chinese, demo: settings.demo)
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

    /// The layout's values of the page: every page's template has them besides its own.
    func values(for spec: PageSpec) -> LayoutValues {
        let root = Routes.rootPrefix(for: spec.route)
        return LayoutValues(
            root: root,
            title: spec.title,
            pageTitle: spec.route.isEmpty ? siteName : "\(spec.title) - \(siteName)",
            site: shared.site,
            nav: shared.navigation(root: root, section: spec.section),
            breadcrumbs: spec.breadcrumbs.isEmpty ? [] : ([Crumb(title: text("home"), route: Routes.home)] + spec.breadcrumbs).map {
                LinkValues(title: $0.title, href: root + $0.route)
            },
            isInternal: audience == .internal,
            searchBase: searchBase,
            lastChange: spec.source.flatMap { history.lastChange(of: $0) }.map { ChangeValues(date: $0.date.chinese, author: $0.author) },
            hasLinks: !settings.links.isEmpty,
            links: shared.links(root: root))
    }
}

/// The keys every page has (PageKinds.layout): a typed model, looked up after the
/// page's own keys (a page cannot hide them).
final class LayoutValues: TemplateObject {
    let root, title, pageTitle: String
    let site: SiteValues
    let nav: SharedList
    let breadcrumbs: [LinkValues]
    let isInternal: Bool
    let searchBase: String
    let lastChange: ChangeValues?
    let hasLinks: Bool
    let links: SharedList

    init(root: String, title: String, pageTitle: String, site: SiteValues, nav: SharedList, breadcrumbs: [LinkValues], isInternal: Bool,
         searchBase: String, lastChange: ChangeValues?, hasLinks: Bool, links: SharedList) {
        self.root = root
        self.title = title
        self.pageTitle = pageTitle
        self.site = site
        self.nav = nav
        self.breadcrumbs = breadcrumbs
        self.isInternal = isInternal
        self.searchBase = searchBase
        self.lastChange = lastChange
        self.hasLinks = hasLinks
        self.links = links
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "root": .text(root)
        case "title": .text(title)
        case "pageTitle": .text(pageTitle)
        case "site": .object(site)
        case "nav": .shared(nav)
        case "breadcrumbs": .list(breadcrumbs)
        case "hasBreadcrumbs": .flag(!breadcrumbs.isEmpty)
        case "isInternal": .flag(isInternal)
        case "searchBase": .text(searchBase)
        case "lastChange": .object(lastChange)
        case "hasLinks": .flag(hasLinks)
        case "links": .shared(links)
        default: nil
        }
    }
}

/// A link: a breadcrumb, a person's name.
final class LinkValues: TemplateObject {
    let title, href: String

    init(title: String, href: String) {
        self.title = title
        self.href = href
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "href": .text(href)
        default: nil
        }
    }
}

/// The last commit that changed a page's file.
final class ChangeValues: TemplateObject {
    let date, author: String

    init(date: String, author: String) {
        self.date = date
        self.author = author
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "date": .text(date)
        case "author": .text(author)
        default: nil
        }
    }
}

/// Small helpers shared by the views.
enum View {
    static func date(_ day: Day?) -> String { day?.chinese ?? "" }
}

/// The site's own values (`site` in the layout and the error pages): its name, the
/// organisation, and for the layout the day the figures count to and the demo flag.
final class SiteValues: TemplateObject, Sendable {
    let name, organization: String
    /// nil on the error pages, which show neither.
    let asOf: String?
    let demo: Bool?

    init(name: String, organization: String, asOf: String? = nil, demo: Bool? = nil) {
        self.name = name
        self.organization = organization
        self.asOf = asOf
        self.demo = demo
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "name": .text(name)
        case "organization": .text(organization)
        case "asOf": asOf.map(TemplateValue.text)
        case "demo": demo.map(TemplateValue.flag)
        default: nil
        }
    }
}
