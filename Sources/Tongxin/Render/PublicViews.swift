/// The public front page: the newest case stories, the rules and the public pages.
enum PublicHomeView {
    static func page(_ site: CheckedSite, bodies: RenderedBodies, images: ImageSizes) -> PageSpec {
        PageSpec(route: Routes.home, template: "public-home", title: "首页", section: "home", breadcrumbs: []) {
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
    static func page() -> PageSpec {
        PageSpec(route: Routes.search, template: "search", title: "搜索", section: "search", breadcrumbs: [Crumb(title: "搜索", route: Routes.search)]) { [:] }
    }
}
