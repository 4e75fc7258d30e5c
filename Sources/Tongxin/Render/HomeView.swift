/// The portal's front page: headline counts, the latest records, rules and cases.
enum HomeView {
    static let recentCount = 8

    static func page(_ site: CheckedSite, asOf: Day, bodies: RenderedBodies) -> PageSpec {
        let overview = Overview(site, asOf: asOf)
        let recent = site.records.sorted(by: RecordOrder.newestFirst).prefix(recentCount)
        return PageSpec(route: Routes.home, template: "home", title: "首页", section: "home", breadcrumbs: []) {
            [
                "figures": [
                    ["label": "委员", "value": overview.memberCount, "href": Routes.members],
                    ["label": "党外委员", "value": overview.nonPartyCount, "href": Routes.members],
                    ["label": "\(asOf.year)年联系记录", "value": overview.recordsThisYear, "href": Routes.records],
                    ["label": "有联系人的党外委员", "value": "\(overview.coveredNonParty)/\(overview.nonPartyCount)", "href": Routes.members],
                ] as [[String: Any]],
                "recent": recent.map { RecordViews.row($0, site: site) },
                "rules": RuleViews.sorted(site.site.rules).map { RuleViews.summary($0, bodies: bodies) },
                "cases": CaseViews.sorted(site.cases).prefix(3).map { CaseViews.summary($0, bodies: bodies) },
                "hasCases": !site.cases.isEmpty,
                "hasPages": !site.site.pages.isEmpty,
                "pages": FreePageViews.sorted(site.site.pages).map { ["title": $0.title.value, "href": Routes.page($0.slug)] },
            ]
        }
    }
}
