/// The public front page: the newest case stories, the rules and the public pages.
enum PublicHomeView {
    static func page(_ site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) -> PageSpec {
        PageSpec(route: Routes.home, template: "public-home", title: text("home"), section: "home", breadcrumbs: []) {
            [
                "cases": CaseViews.sorted(site.cases).prefix(6).map { CaseViews.summary($0, bodies: bodies, images: images, tags: CaseViews.tagSlugs(site.cases)) },
                "rules": RuleViews.sorted(site.site.rules).map { RuleViews.summary($0, bodies: bodies) },
                "pages": FreePageViews.sorted(site.site.pages).map { ["title": $0.title.value, "href": Routes.page($0.slug)] },
                "hasPages": !site.site.pages.isEmpty,
            ]
        }
    }
}

/// The search page: Pagefind's index is built after the site (see SearchIndexer).
enum SearchView {
    static func page(text: ThemeText) -> PageSpec {
        PageSpec(route: Routes.search, template: "search", title: text("search"), section: "search", breadcrumbs: [Crumb(title: text("search"), route: Routes.search)]) { [:] }
    }
}
