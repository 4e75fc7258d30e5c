/// What a case's page says about itself to search engines and to the share card a
/// phone shows when the page is sent in WeChat: `<meta name="description">`, Open Graph
/// (absolute address and cover only with `base_url`), and the story's byline.
struct ShareCard {
    let description: String
    let og: OpenGraphValues
    let byline: String

    init(_ story: ResolvedCase, site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) {
        let case_ = story.story
        description = case_.description ?? case_.summary ?? bodies[case_.file]?.summary ?? ""
        var url: String?, image: String?
        // base_url is the public site's address: the portal's pages are not there.
        if let base = site.settings.baseURL, site.site.audience == .public {
            url = base + Routes.caseStory(case_.slug)
            if let cover = case_.cover.map({ CoverImages.assetPath($0.value) }) {
                // The widest copy: share cards are shown large.
                image = base + (images[cover]?.variants.last?.path ?? cover)
            }
        }
        og = OpenGraphValues(title: case_.title.value, description: description, siteName: site.settings.name, url: url, image: image)
        byline = Self.byline(case_, text: text)
    }

    /// The story's author, source and reviewer on one line (the 公众号 article and a
    /// brief's cases end with it).
    static func byline(_ case_: CaseStory, text: ThemeText) -> String {
        [("story.author", case_.author), ("story.source", case_.source), ("story.reviewer", case_.reviewer)]
            .compactMap { key, value in value.map { text(key, ["name": $0]) } }.joined(separator: "　")
    }

    /// The Open Graph values (the layout's `og`); the address and the image only on a
    /// public site with a base_url.
    final class OpenGraphValues: TemplateObject {
        let title, description, siteName: String
        let url, image: String?

        init(title: String, description: String, siteName: String, url: String?, image: String?) {
            self.title = title
            self.description = description
            self.siteName = siteName
            self.url = url
            self.image = image
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "title": .text(title)
            case "description": .text(description)
            case "siteName": .text(siteName)
            case "url": .text(url)
            case "image": .text(image)
            default: nil
            }
        }
    }
}
