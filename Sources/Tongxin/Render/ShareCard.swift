/// What a case's page says about itself to search engines and to the share card a
/// phone shows when the page is sent in WeChat: `<meta name="description">`, Open Graph
/// (absolute address and cover only with `base_url`), and the story's byline.
enum ShareCard {
    static func context(_ story: ResolvedCase, site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) -> [String: Any] {
        let case_ = story.story
        let description = case_.description ?? case_.summary ?? bodies[case_.file]?.summary ?? ""
        var card: [String: Any] = ["title": case_.title.value, "description": description, "siteName": site.settings.name]
        // base_url is the public site's address: the portal's pages are not there.
        if let base = site.settings.baseURL, site.site.audience == .public {
            card["url"] = base + Routes.caseStory(case_.slug)
            if let cover = case_.cover.map({ CoverImages.assetPath($0.value) }) {
                // The widest copy: share cards are shown large.
                card["image"] = base + (images[cover]?.variants.last?.path ?? cover)
            }
        }
        let byline = [("story.author", case_.author), ("story.source", case_.source), ("story.reviewer", case_.reviewer)]
            .compactMap { key, value in value.map { text(key, ["name": $0]) } }.joined(separator: "　")
        return ["description": description, "og": card, "byline": byline]
    }
}
