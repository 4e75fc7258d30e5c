/// Rules, case stories and free pages: documents whose body is the point.
enum RuleViews {
    static func sorted(_ rules: [Rule]) -> [Rule] {
        rules.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    /// `context`: the internal build's, whose rule pages draw 附件1 from the assignments
    /// and link the attachments to their live pages; nil in the public build, which has
    /// neither.
    static func pages(_ site: CheckedSite, bodies: RenderedBodies, text: ThemeText, context: RenderContext? = nil) -> [PageSpec] {
        let rules = sorted(site.site.rules)
        let index = PageSpec(route: Routes.rules, template: "rules-index", title: text("rules"), section: "rules",
                             breadcrumbs: [Crumb(title: text("rules"), route: Routes.rules)], model: {
            RulesIndexValues(rules: rules.map { summaryValues($0, bodies: bodies) })
        })
        return [index] + rules.map { rule in
            PageSpec(route: Routes.rule(rule.slug), template: "rule", title: rule.title.value, section: "rules",
                     breadcrumbs: [Crumb(title: text("rules"), route: Routes.rules), Crumb(title: rule.title.value, route: Routes.rule(rule.slug))], source: rule.file,
                     inputs: inputs(rule, site: site, bodies: bodies, context), model: {
                RuleValues(summary: summaryValues(rule, bodies: bodies), body: BodyValues(bodies[rule.file]),
                           attachments: RuleAttachmentViews.values(rule, html: bodies[rule.file], policy: site.settings.policy, context: context))
            })
        }
    }

    /// A rule that draws 附件1 shows the assignments too; its photos are files of the page.
    private static func inputs(_ rule: Rule, site: CheckedSite, bodies: RenderedBodies, _ context: RenderContext?) -> PageInputs.Key {
        let photos = BodyImages.files(of: BodyImages.Document(file: rule.file, route: Routes.rule(rule.slug)), bodies: bodies, assets: site.site.assets)
        var key = PageInputs.key([rule.body], files: photos)
        if let context, rule.attachments.contains(where: { $0.source == .assignments }) {
            key.add(analysis: context.analysisInputs.versions)
        }
        return key
    }

    static func summaryValues(_ rule: Rule, bodies: RenderedBodies) -> RuleSummaryValues {
        RuleSummaryValues(title: rule.title.value, href: Routes.rule(rule.slug), number: rule.number ?? "", issuer: rule.issuer ?? "",
                          issued: View.date(rule.issued?.value), summary: bodies[rule.file]?.summary ?? "")
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
                     inputs: PageInputs.key([page.body], files: BodyImages.files(of: BodyImages.Document(file: page.file, route: Routes.page(page.slug)),
                                                                                 bodies: bodies, assets: site.site.assets)), model: {
                FreePageValues(body: BodyValues(bodies[page.file]))
            })
        }
    }
}
