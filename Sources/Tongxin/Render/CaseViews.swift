import Foundation

/// 典型案例 for the publicity team: a paginated index, one page per tag, and one page
/// per story with its cover (sized, so the page does not jump while it loads) and the
/// members it names, by their public fields only.
enum CaseViews {
    static let pageSize = 10

    /// Every tag with its address, and the address by tag, made once per build (a
    /// dictionary per story shown was stories × tags).
    struct CaseTags {
        let all: [(tag: String, slug: String)]
        let slugs: [String: String]

        init(all: [(tag: String, slug: String)]) {
            self.all = all
            slugs = Dictionary(all.map { ($0.tag, $0.slug) }, uniquingKeysWith: { first, _ in first })
        }
    }

    static func sorted(_ cases: [ResolvedCase]) -> [ResolvedCase] {
        cases.sorted(by: precedes)
    }

    /// The first `count` stories of `sorted`, without sorting them all: the dashboard
    /// shows three of the office's stories, drawn again at every save of the preview.
    static func newest(_ cases: [ResolvedCase], count: Int) -> [ResolvedCase] {
        var picked: [Int] = []
        for index in cases.indices {
            let place = picked.firstIndex { precedes(cases[index], cases[$0]) } ?? picked.count
            guard place < count else { continue }
            picked.insert(index, at: place)
            if picked.count > count { picked.removeLast() }
        }
        return picked.map { cases[$0] }
    }

    /// Newest first (a story without a date last), then by address (unique).
    private static func precedes(_ a: ResolvedCase, _ b: ResolvedCase) -> Bool {
        let da = a.story.date?.value, db = b.story.date?.value
        if da != db { return (da ?? Day(ordinal: 0)) > (db ?? Day(ordinal: 0)) }
        return a.story.slug < b.story.slug
    }

    static func pages(_ site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) -> [PageSpec] {
        let cases = sorted(site.cases)
        let tags = tagSlugs(cases)
        let labels = Labels(site.organization, text: text)
        let crumb = Crumb(title: text("cases"), route: Routes.cases)
        var specs = paginated(cases, base: Routes.cases, title: text("cases"), crumbs: [crumb], tags: tags, bodies: bodies, images: images, hasBriefs: !site.site.briefs.isEmpty, text: text)
        // Each tag's stories in one pass over the stories (a filter per tag was
        // stories × tags).
        var tagged: [String: [ResolvedCase]] = [:]
        for story in cases { for tag in Set(story.story.tags) { tagged[tag, default: []].append(story) } }
        for (tag, slug) in tags.all {
            let tagged = tagged[tag] ?? []
            let route = Routes.caseTag(slug)
            specs += paginated(tagged, base: route, title: text("stories.tag", ["tag": tag]), crumbs: [crumb, Crumb(title: tag, route: route)], tags: tags, bodies: bodies, images: images, hasBriefs: !site.site.briefs.isEmpty, text: text)
        }
        specs += cases.flatMap { story in
            let page = PageSpec(route: Routes.caseStory(story.story.slug), template: "case", title: story.story.title.value, section: "cases",
                     breadcrumbs: [crumb, Crumb(title: story.story.title.value, route: Routes.caseStory(story.story.slug))], source: story.story.file,
                     inputs: storyInputs(story, site: site, bodies: bodies), model: {
                CaseValues(summary: summaryValues(story, bodies: bodies, images: images, tags: tags), body: BodyValues(bodies[story.story.file]),
                           card: ShareCard(story, site: site, bodies: bodies, images: images, text: text),
                           members: story.memberIDs.compactMap { site.member($0) }.map { publicFields($0, labels: labels) },
                           wechat: story.story.audience == .public)
            })
            return story.story.audience == .public ? [page, wechatPage(story, beside: page, site: site, bodies: bodies, text: text)] : [page]
        }
        return specs
    }

    /// The 公众号 version of a public story (WechatArticle), beside its page.
    private static func wechatPage(_ story: ResolvedCase, beside page: PageSpec, site: CheckedSite, bodies: RenderedBodies, text: ThemeText) -> PageSpec {
        let route = Routes.caseStory(story.story.slug) + "wechat/"
        return PageSpec(route: route, template: "case-wechat", title: text("story.wechat.title", ["title": story.story.title.value]), section: "cases",
                        breadcrumbs: page.breadcrumbs + [Crumb(title: text("story.wechat"), route: route)], inputs: page.inputs, model: {
            let base = site.settings.baseURL
            return CaseWechatValues(
                storyTitle: story.story.title.value,
                storyHref: Routes.caseStory(story.story.slug),
                absolute: base != nil,
                article: WechatArticle.html(body: bodies[story.story.file]?.html ?? "", byline: ShareCard.byline(story.story, text: text),
                                            addresses: .init(story: Routes.file(for: page.route), base: base, root: Routes.rootPrefix(for: route))))
        })
    }

    /// Index pages of `pageSize` stories: base/, base/page/2/, …
    private static func paginated(_ cases: [ResolvedCase], base: String, title: String, crumbs: [Crumb], tags: CaseTags, bodies: RenderedBodies, images: ImageSizes, hasBriefs: Bool, text: ThemeText) -> [PageSpec] {
        let tagLinks = tags.all.map { NameLinkValues(name: $0.tag, href: Routes.caseTag($0.slug)) }
        let chunks = stride(from: 0, to: max(cases.count, 1), by: pageSize).map { Array(cases[$0..<min($0 + pageSize, cases.count)]) }
        return chunks.enumerated().map { index, chunk in
            let route = index == 0 ? base : base + "page/\(index + 1)/"
            // A list page shows its stories (and their covers' sizes); the page count
            // decides its pager. Tags are in the shared key.
            return PageSpec(route: route, template: "cases-index", title: index == 0 ? title : text("stories.page", ["title": title, "page": String(index + 1)]), section: "cases", breadcrumbs: crumbs,
                            inputs: PageInputs.key(chunk.map(\.story.body), files: chunk.flatMap(coverInputs)), variant: "\(chunks.count)\(hasBriefs ? " briefs" : "")", model: {
                CasesIndexValues(heading: title, cases: chunk.map { summaryValues($0, bodies: bodies, images: images, tags: tags) }, tags: tagLinks,
                                 previous: index == 0 ? "" : (index == 1 ? base : base + "page/\(index)/"),
                                 next: index + 1 < chunks.count ? base + "page/\(index + 2)/" : "",
                                 pageNumber: index + 1, pageCount: chunks.count, hasBriefs: hasBriefs)
            })
        }
    }

    private static func storyInputs(_ story: ResolvedCase, site: CheckedSite, bodies: RenderedBodies) -> PageInputs.Key {
        PageInputs.key([story.story.body] + story.memberIDs.compactMap { site.member($0)?.member.body },
                       files: coverInputs(story) + BodyImages.files(of: story, bodies: bodies, assets: site.site.assets))
    }

    static func coverInputs(_ story: ResolvedCase) -> [String] {
        story.story.cover.map { [$0.value.hasPrefix("assets/") ? $0.value : "assets/" + $0.value] } ?? []
    }

    /// Tags with an address each: the tag itself where it is a valid address, else a
    /// cleaned form; numbered when two tags clean to the same form.
    static func tagSlugs(_ cases: [ResolvedCase]) -> CaseTags {
        var used = Set<String>()
        return CaseTags(all: Set(cases.flatMap(\.story.tags)).sorted().map { tag in
            var slug = String(tag.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" }).lowercased()
            if slug.isEmpty || slug.allSatisfy({ $0 == "-" }) { slug = "tag" }
            var candidate = slug
            var counter = 2
            while !used.insert(candidate).inserted { candidate = "\(slug)-\(counter)"; counter += 1 }
            return (tag, candidate)
        })
    }

    static func summaryValues(_ story: ResolvedCase, bodies: RenderedBodies, images: ImageSizes, tags: CaseTags) -> CaseSummaryValues {
        let slugs = tags.slugs
        let cover = story.story.cover.map { $0.value.hasPrefix("assets/") ? $0.value : "assets/" + $0.value }
        return CaseSummaryValues(
            title: story.story.title.value,
            href: Routes.caseStory(story.story.slug),
            date: View.date(story.story.date?.value),
            summary: story.story.summary ?? bodies[story.story.file]?.summary ?? "",
            tags: story.story.tags.map { tag in NameLinkValues(name: tag, href: Routes.caseTag(slugs[tag] ?? tag)) },
            isInternal: story.story.audience == .internal,
            cover: cover.map { CoverValues($0, size: images[$0]) })
    }

    /// Only what may be published about a member.
    static func publicFields(_ member: ResolvedMember, labels: Labels) -> CaseValues.MemberFieldValues {
        let details = (labels.partyAndSector(member) + [member.member.position ?? ""]).filter { !$0.isEmpty }
        return CaseValues.MemberFieldValues(name: member.name, details: details.joined(separator: "，"))
    }
}
