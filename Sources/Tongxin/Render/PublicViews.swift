/// The public front page: the newest case stories, the rules and the public pages.
enum PublicHomeView {
    static func page(_ site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) -> PageSpec {
        PageSpec(route: Routes.home, template: "public-home", title: text("home"), section: "home", breadcrumbs: [], model: {
            PublicHomeValues(
                cases: CaseViews.sorted(site.cases).prefix(6).map { CaseViews.summaryValues($0, bodies: bodies, images: images, tags: CaseViews.tagSlugs(site.cases)) },
                rules: RuleViews.sorted(site.site.rules).map { RuleViews.summaryValues($0, bodies: bodies) },
                pages: FreePageViews.sorted(site.site.pages).map { LinkValues(title: $0.title.value, href: Routes.page($0.slug)) })
        })
    }
}

/// The search page: Pagefind's index is built after the site (see SearchIndexer).
enum SearchView {
    static func page(text: ThemeText) -> PageSpec {
        PageSpec(route: Routes.search, template: "search", title: text("search"), section: "search", breadcrumbs: [Crumb(title: text("search"), route: Routes.search)], model: { SearchValues() })
    }
}

/// The public front page's values (template `public-home`, keys in PageKinds.publicHome).
final class PublicHomeValues: TemplateObject {
    let cases: [CaseSummaryValues]
    let rules: [RuleSummaryValues]
    /// The free pages' links.
    let pages: [LinkValues]

    init(cases: [CaseSummaryValues], rules: [RuleSummaryValues], pages: [LinkValues]) {
        self.cases = cases
        self.rules = rules
        self.pages = pages
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "cases": .list(cases)
        case "rules": .list(rules)
        case "pages": .list(pages)
        case "hasPages": .flag(!pages.isEmpty)
        default: nil
        }
    }
}

/// The search page has no values of its own (Pagefind's script does the work).
final class SearchValues: TemplateObject {
    func value(_ key: String) -> TemplateValue? { nil }
}
