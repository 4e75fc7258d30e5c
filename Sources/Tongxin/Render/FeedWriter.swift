/// The Atom feed of the public case stories. Dates come from the stories, never from
/// the clock, so the same content gives the same feed.
enum FeedWriter {
    static let entryLimit = 20

    static func feed(_ site: CheckedSite, bodies: RenderedBodies) -> OutputFile {
        let settings = site.settings
        let base = settings.baseURL
        let stories = CaseViews.sorted(site.cases).prefix(entryLimit)
        let updated = stories.compactMap { $0.story.date?.value }.max() ?? settings.asOf ?? Day(year: 2000, month: 1, day: 1)!
        func address(_ route: String) -> String { (base ?? "") + route }
        func id(_ route: String) -> String { base.map { $0 + route } ?? "urn:tongxin:\(route)" }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
            <title>\(XMLText.escape(settings.name))：典型案例</title>
            <id>\(XMLText.escape(id(Routes.cases)))</id>
            <updated>\(updated.iso)T00:00:00Z</updated>
            <link rel="alternate" type="text/html" href="\(XMLText.escape(address(Routes.cases)))"/>
            <author><name>\(XMLText.escape(settings.organization))</name></author>

            """
        for story in stories {
            let route = Routes.caseStory(story.story.slug)
            let date = (story.story.date?.value ?? updated).iso
            let summary = story.story.summary ?? bodies[story.story.file]?.summary ?? ""
            xml += """
                <entry>
                <title>\(XMLText.escape(story.story.title.value))</title>
                <id>\(XMLText.escape(id(route)))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(address(route)))"/>
                <updated>\(date)T00:00:00Z</updated>
                <summary>\(XMLText.escape(summary))</summary>
                \(story.story.author.map { "<author><name>\(XMLText.escape($0))</name></author>" } ?? "")
                <content type="html">\(XMLText.escape(content(story, bodies: bodies, base: base)))</content>
                \(story.story.tags.map { "<category term=\"\(XMLText.escape($0))\"/>" }.joined())
                </entry>

                """
        }
        xml += "</feed>\n"
        return OutputFile(path: Routes.feed, contents: .bytes(Array(xml.utf8)))
    }

    /// The whole story, for readers that show it without opening the page: its links
    /// absolute with `base_url` (without it they stay relative to the page, which is
    /// what the public build's warning says).
    private static func content(_ story: ResolvedCase, bodies: RenderedBodies, base: String?) -> String {
        let html = bodies[story.story.file]?.html ?? ""
        guard let base else { return html }
        return AbsoluteLinks.rewrite(html, page: Routes.file(for: Routes.caseStory(story.story.slug)), base: base)
    }
}

/// sitemap.xml for the public site; absolute addresses need `base_url`.
enum SitemapWriter {
    static func sitemap(_ site: CheckedSite, routes: [String]) -> OutputFile? {
        guard let base = site.settings.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes.sorted() {
            xml += "<url><loc>\(XMLText.escape(base + route))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: Routes.sitemap, contents: .bytes(Array(xml.utf8)))
    }
}
