/// Rules, case stories and free pages: documents whose body is the point.
enum RuleViews {
    static func sorted(_ rules: [Rule]) -> [Rule] {
        rules.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies) -> [PageSpec] {
        let rules = sorted(site.site.rules)
        let index = PageSpec(route: Routes.rules, template: "rules-index", title: "制度文件", section: "rules",
                             breadcrumbs: [Crumb(title: "制度文件", route: Routes.rules)]) {
            ["rules": rules.map { summary($0, bodies: bodies) }]
        }
        return [index] + rules.map { rule in
            PageSpec(route: Routes.rule(rule.slug), template: "rule", title: rule.title.value, section: "rules",
                     breadcrumbs: [Crumb(title: "制度文件", route: Routes.rules), Crumb(title: rule.title.value, route: Routes.rule(rule.slug))]) {
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

enum CaseViews {
    static func sorted(_ cases: [ResolvedCase]) -> [ResolvedCase] {
        cases.sorted { a, b in
            let da = a.story.date?.value, db = b.story.date?.value
            if da != db { return (da ?? Day(ordinal: 0)) > (db ?? Day(ordinal: 0)) }
            return a.story.slug < b.story.slug
        }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies) -> [PageSpec] {
        let cases = sorted(site.cases)
        let index = PageSpec(route: Routes.cases, template: "cases-index", title: "典型案例", section: "cases",
                             breadcrumbs: [Crumb(title: "典型案例", route: Routes.cases)]) {
            ["cases": cases.map { summary($0, bodies: bodies) }]
        }
        return [index] + cases.map { story in
            PageSpec(route: Routes.caseStory(story.story.slug), template: "case", title: story.story.title.value, section: "cases",
                     breadcrumbs: [Crumb(title: "典型案例", route: Routes.cases), Crumb(title: story.story.title.value, route: Routes.caseStory(story.story.slug))]) {
                var context = summary(story, bodies: bodies)
                context["body"] = View.markdown(bodies[story.story.file])
                context["hasMembers"] = !story.memberIDs.isEmpty
                context["members"] = story.memberIDs.compactMap { site.member($0) }.map { ["name": $0.name, "href": Routes.member($0.id)] }
                return context
            }
        }
    }

    static func summary(_ story: ResolvedCase, bodies: RenderedBodies) -> [String: Any] {
        let cover = story.story.cover.map { $0.value.hasPrefix("assets/") ? $0.value : "assets/" + $0.value }
        return [
            "title": story.story.title.value,
            "href": Routes.caseStory(story.story.slug),
            "date": View.date(story.story.date?.value),
            "summary": story.story.summary ?? bodies[story.story.file]?.summary ?? "",
            "tags": story.story.tags,
            "hasTags": !story.story.tags.isEmpty,
            "cover": cover ?? "",
            "internal": story.story.audience == .internal,
        ]
    }
}

enum FreePageViews {
    static func sorted(_ pages: [FreePage]) -> [FreePage] {
        pages.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies) -> [PageSpec] {
        sorted(site.site.pages).map { page in
            PageSpec(route: Routes.page(page.slug), template: "page", title: page.title.value, section: page.slug,
                     breadcrumbs: [Crumb(title: page.title.value, route: Routes.page(page.slug))]) {
                ["body": View.markdown(bodies[page.file])]
            }
        }
    }
}
