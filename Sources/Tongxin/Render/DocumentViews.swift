/// Rules, case stories and free pages: documents whose body is the point.
enum RuleViews {
    static func sorted(_ rules: [Rule]) -> [Rule] {
        rules.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies, text: ThemeText) -> [PageSpec] {
        let rules = sorted(site.site.rules)
        let index = PageSpec(route: Routes.rules, template: "rules-index", title: text("rules"), section: "rules",
                             breadcrumbs: [Crumb(title: text("rules"), route: Routes.rules)]) {
            ["rules": rules.map { summary($0, bodies: bodies) }]
        }
        return [index] + rules.map { rule in
            PageSpec(route: Routes.rule(rule.slug), template: "rule", title: rule.title.value, section: "rules",
                     breadcrumbs: [Crumb(title: text("rules"), route: Routes.rules), Crumb(title: rule.title.value, route: Routes.rule(rule.slug))], source: rule.file,
                     inputs: PageInputs.key([rule.body])) {
                var context = summary(rule, bodies: bodies)
                context["body"] = View.markdown(bodies[rule.file])
                return context
            }
        }
    }

    static func summary(_ rule: Rule, bodies: RenderedBodies) -> [String: Any] {
        [
            "title": rule.title.value,
            "href": Routes.rule(rule.slug),
            "number": rule.number ?? "",
            "issuer": rule.issuer ?? "",
            "issued": View.date(rule.issued?.value),
            "summary": bodies[rule.file]?.summary ?? "",
        ]
    }
}

enum FreePageViews {
    static func sorted(_ pages: [FreePage]) -> [FreePage] {
        pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies, text: ThemeText) -> [PageSpec] {
        sorted(site.site.pages).map { page in
            PageSpec(route: Routes.page(page.slug), template: page.template?.value ?? PageKinds.freePage, kind: PageKinds.freePage, title: page.title.value, section: page.slug,
                     breadcrumbs: [Crumb(title: page.title.value, route: Routes.page(page.slug))], source: page.file,
                     inputs: PageInputs.key([page.body])) {
                ["body": View.markdown(bodies[page.file])]
            }
        }
    }
}
