/// The 简报: a list of them, and each one as a printable A4 page in the 红头 style of a
/// government briefing (GB/T 9704 as far as it fits a briefing), with its .docx beside it.
/// Page and Word file share one set of values (BriefValues), made by whichever is drawn first.
enum BriefViews {
    static let wordFile = "brief.docx"

    static func sorted(_ briefs: [Brief]) -> [Brief] {
        briefs.sorted { a, b in
            if a.date.value != b.date.value { return a.date.value > b.date.value }
            if a.issue.value != b.issue.value { return a.issue.value > b.issue.value }
            return a.file < b.file
        }
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies, text: ThemeText) -> [PageSpec] {
        let briefs = sorted(site.site.briefs)
        guard !briefs.isEmpty else { return [] }
        let cases = Dictionary(site.cases.map { ($0.story.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let crumb = Crumb(title: text("briefs"), route: Routes.briefs)
        let index = PageSpec(route: Routes.briefs, template: "briefs-index", title: text("briefs"), section: "cases", breadcrumbs: [crumb],
                             inputs: PageInputs.key(briefs.map(\.body)), model: {
            BriefsIndexValues(briefs: briefs.map { brief in
                BriefsIndexValues.RowValues(issue: issueLabel(brief, text: text), date: brief.date.value.chinese, title: brief.title.value,
                                            href: Routes.brief(brief.slug), isInternal: brief.audience == .internal)
            })
        })
        return [index] + briefs.flatMap { brief -> [PageSpec] in
            let carried = brief.cases.compactMap { cases[$0.value] }
            let route = Routes.brief(brief.slug)
            let title = "\(masthead(brief, site: site, text: text)) \(issueLabel(brief, text: text))：\(brief.title.value)"
            let shared = Once { values(brief, carried: carried, route: route, site: site, bodies: bodies, text: text) }
            let page = PageSpec(route: route, template: "brief", title: title, section: "cases",
                                breadcrumbs: [crumb, Crumb(title: text("brief.crumb", ["issue": issueLabel(brief, text: text), "year": String(brief.date.value.year)]), route: route)], source: brief.file,
                                inputs: PageInputs.key([brief.body] + carried.map(\.story.body),
                                                       files: BodyImages.files(of: BodyImages.Document(file: brief.file, route: route), bodies: bodies, assets: site.site.assets)
                                                           + carried.flatMap { BodyImages.files(of: $0, bodies: bodies, assets: site.site.assets) }), model: {
                shared.get
            })
            // The Word file is the office's to edit and send: the public site has the page only.
            guard site.site.audience == .internal else { return [page] }
            return [page, WordViews.spec(beside: page, name: wordFile) { word(shared.get, title: title, words: text) }]
        }
    }

    static func issueLabel(_ brief: Brief, text: ThemeText) -> String { text("brief.issue", ["issue": String(brief.issue.value)]) }

    static func masthead(_ brief: Brief, site: CheckedSite, text: ThemeText) -> String {
        brief.masthead ?? text("brief.masthead", ["organization": site.settings.organization])
    }

    /// A 刊名 longer than this many characters is set smaller, so that it stays on one line.
    static let longMasthead = 12

    static func values(_ brief: Brief, carried: [ResolvedCase], route: String, site: CheckedSite, bodies: RenderedBodies, text: ThemeText) -> BriefValues {
        let masthead = masthead(brief, site: site, text: text)
        let issue = issueLabel(brief, text: text)
        let root = Routes.rootPrefix(for: route)
        return BriefValues(
            masthead: masthead,
            issue: issue,
            total: brief.total.map { text("brief.total", ["total": String($0)]) } ?? "",
            issuer: brief.issuer ?? site.settings.organization,
            date: brief.date.value.chinese,
            briefTitle: brief.title.value,
            isInternal: brief.audience == .internal,
            body: BodyValues(bodies[brief.file]),
            cases: carried.map { story in
                // The story's links were written for its own page: made relative to this one.
                let html = bodies[story.story.file]?.html ?? ""
                let rewritten = AbsoluteLinks.rewrite(html, page: Routes.file(for: Routes.caseStory(story.story.slug)), base: root)
                return BriefValues.CaseValues(title: story.story.title.value, href: Routes.caseStory(story.story.slug),
                                              byline: ShareCard.byline(story.story, text: text), html: rewritten)
            },
            to: brief.to.joined(separator: "，"),
            cc: brief.cc.joined(separator: "，"),
            copies: brief.copies.map { text("brief.copies", ["copies": String($0)]) } ?? "",
            hasDistribution: !brief.to.isEmpty || !brief.cc.isEmpty || brief.copies != nil,
            word: site.site.audience == .internal ? WordViews.link(wordFile, title: "\(masthead)\(issue)") : nil)
    }

    /// The same brief as a .docx: the 红头 (刊名 in red, 期号, 编印单位 and date over a red
    /// rule), the title, the text and the cases, then the 版记 at the foot of the last page.
    static func word(_ page: BriefValues, title: String, words: ThemeText) -> WordDocument {
        var document = WordDocument(title: title)
        if page.isInternal { document.add(.label, words("brief.internal")) }
        let masthead = page.masthead
        // 小初 when the 刊名 fits a line of the 版心 (442 pt), else as large as fits.
        let fitting = Int(Double(WordPage.portrait.textWidth) / 10 / max(WordLayout.ems(masthead), 1))
        var name = WordParagraph(style: .masthead, text: masthead)
        if fitting < WordStyles.mastheadSize { name.halfPoints = max(fitting, WordStyles.bodySize) }
        document.add(name)
        document.add(.centred, page.total.isEmpty ? page.issue : words("brief.issueAndTotal", ["issue": page.issue, "total": page.total]))
        document.add(WordParagraph(style: .dateLine, text: page.issuer + "\t" + page.date, below: .red))
        document.add(.title, page.briefTitle)
        document.blocks += WordProse.blocks(page.body.html)
        for story in page.cases {
            document.add(.heading, story.title)
            document.blocks += WordProse.blocks(story.html)
            if !story.byline.isEmpty { document.add(.right, words("brief.byline", ["byline": story.byline])) }
        }
        guard page.hasDistribution else { return document }
        // The 版记 at the foot of the last page: 报 and 送, a thin rule, the 印发 line.
        var sent: [WordParagraph] = []
        if !page.to.isEmpty { sent.append(WordParagraph(style: .distribution, text: words("brief.to", ["to": page.to]))) }
        if !page.cc.isEmpty { sent.append(WordParagraph(style: .distribution, text: words("brief.cc", ["cc": page.cc]))) }
        let printed = WordParagraph(style: .printed, text: words("brief.printed", ["issuer": page.issuer, "date": page.date, "copies": page.copies]))
        document.blocks.append(.foot(WordFoot(groups: (sent.isEmpty ? [] : [sent]) + [[printed]])))
        return document
    }
}
