import Foundation

/// Photos in the Markdown bodies of case stories, rules, pages and 简报 (`![说明](…)`),
/// treated like covers: found where the office wrote them — relative to the file
/// (`../assets/photos/x.jpg`), to the content folder (`assets/photos/x.jpg`), or to the
/// document's page (`../../assets/photos/x.jpg`, as the docs showed before) — an image that
/// is none of these is an error at its line; JPEG, PNG and WebP are published as shrunk
/// copies without metadata (CoverImages), and the `<img>` gets their `srcset`, `sizes`,
/// width and height. Only the documents of the build's audience are loaded, so a photo
/// that only internal documents show is never part of a public build.
enum BodyImages {
    /// A document whose body may show photos: its file, and the route of its page (the
    /// body's HTML is written for that page).
    struct Document: Sendable {
        let file: String
        let route: String
    }

    /// Each document's images: the address as written (percent-decoded) → the file
    /// under the content folder ("assets/…").
    struct Found: Sendable {
        var byFile: [String: (route: String, images: [String: String])] = [:]
        /// Every image used, once, with the first place that uses it.
        var uses: [(path: String, location: SourceLocation)] = []
        /// Images whose original some document asks to publish (`#original`).
        var originals: Set<String> = []
    }

    /// What asks for a photo's original, after `#` in its address: `![说明](x.jpg#原图)`.
    static let originalMarks: Set<String> = ["original", "原图"]

    /// Whether the address (as written, or percent-encoded as cmark writes it in HTML)
    /// asks for the original.
    static func asksForOriginal(_ url: String) -> Bool {
        guard let hash = url.firstIndex(of: "#") else { return false }
        let fragment = String(url[url.index(after: hash)...])
        return originalMarks.contains(fragment.removingPercentEncoding ?? fragment)
    }

    /// The documents with a Markdown body and a page of their own, in the site's order.
    static func documents(_ site: CheckedSite) -> [Document] {
        site.cases.map { Document(file: $0.story.file, route: Routes.caseStory($0.story.slug)) }
            + site.site.rules.map { Document(file: $0.file, route: Routes.rule($0.slug)) }
            + site.site.pages.map { Document(file: $0.file, route: Routes.page($0.slug)) }
            + site.site.briefs.map { Document(file: $0.file, route: Routes.brief($0.slug)) }
    }

    static func find(_ site: CheckedSite, bodies: RenderedBodies, diagnostics: inout Diagnostics) -> Found {
        var found = Found()
        var seen = Set<String>()
        for document in documents(site) {
            guard let images = bodies[document.file]?.images, !images.isEmpty else { continue }
            var map: [String: String] = [:]
            for image in images {
                let written = decoded(image.url)
                guard let path = resolve(written, file: document.file, page: document.route, assets: site.site.assets) else {
                    diagnostics.error(image.location, L("office.image.bodyMissing", image.url))
                    continue
                }
                map[written] = path
                if seen.insert(path).inserted { found.uses.append((path, image.location)) }
                if asksForOriginal(image.url) { found.originals.insert(path) }
            }
            found.byFile[document.file] = (document.route, map)
        }
        return found
    }

    /// The files a story's photos are made from: inputs of the pages that show the story
    /// (a replaced photo redraws them with its new size).
    static func files(of story: ResolvedCase, bodies: RenderedBodies, assets: [String]) -> [String] {
        files(of: Document(file: story.story.file, route: Routes.caseStory(story.story.slug)), bodies: bodies, assets: assets)
    }

    /// The files a document's photos are made from, for the key of its page.
    static func files(of document: Document, bodies: RenderedBodies, assets: [String]) -> [String] {
        (bodies[document.file]?.images ?? []).compactMap { resolve(decoded($0.url), file: document.file, page: document.route, assets: assets) }
    }

    /// The address without its query or fragment, percent-decoded as a file name.
    static func decoded(_ url: String) -> String {
        let path = url.prefix { $0 != "?" && $0 != "#" }
        return String(path).removingPercentEncoding ?? String(path)
    }

    /// The first of: relative to the file's folder, to the content folder, to the
    /// document's page (e.g. cases/<slug>/) that is a file under assets/.
    static func resolve(_ path: String, file: String, page: String, assets: [String]) -> String? {
        let folder = String(PathParts.folder(file))
        let bases = [folder, "", page]
        for base in bases {
            if let candidate = normalise(base.isEmpty ? path : base + (base.hasSuffix("/") ? "" : "/") + path),
               candidate.hasPrefix("assets/"), assets.sortedIndex(of: candidate) != nil {
                return candidate
            }
        }
        return nil
    }

    /// "a/b/../c" → "a/c"; nil when the path leaves the content folder.
    static func normalise(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The document's HTML with each of its images pointing at the published file: the
    /// shrunk copy nearest the story column with all copies in `srcset`, else the file
    /// itself; width and height when known; in a `<picture>` after a WebP `<source>` when
    /// there are smaller WebP copies. `root`: from the document's page to the top.
    static func rewrite(_ html: String, images: [String: String], sizes: ImageSizes, root: String) -> String {
        guard !images.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 512)
        var rest = Substring(html)
        let marker = "<img src=\""
        func srcset(_ variants: [ImageVariant]) -> String {
            variants.map { XMLText.escape(root + $0.path) + " \($0.width)w" }.joined(separator: ", ")
        }
        while let start = rest.range(of: marker) {
            out += rest[..<start.lowerBound]
            let value = rest[start.upperBound...]
            guard let end = value.firstIndex(of: "\"") else { out += marker; rest = value; break }
            let address = String(value[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            guard let path = images[decoded(address)] else {
                out += marker + value[..<end]
                rest = value[end...]
                continue
            }
            let size = sizes[path]
            let webp = size?.webp ?? []
            // Asked for and made, and not already inside a link the author wrote.
            let original = asksForOriginal(address) && !insideLink(out) ? size?.original : nil
            if let original { out += #"<a class="photo-original" href="\#(XMLText.escape(root + original.path))">"# }
            if !webp.isEmpty { out += "<picture><source type=\"image/webp\" srcset=\"\(srcset(webp))\" sizes=\"\(sizesAttribute)\">" }
            let shown = CoverImages.shown(path, size: size)
            out += marker + XMLText.escape(root + shown.src) + "\""
            if let variants = size?.variants, !variants.isEmpty {
                out += " srcset=\"\(srcset(variants))\" sizes=\"\(sizesAttribute)\""
            }
            if shown.width > 0, shown.height > 0 {
                out += " width=\"\(shown.width)\" height=\"\(shown.height)\""
            }
            rest = value[value.index(after: end)...]
            // The rest of the tag as cmark wrote it (alt, title; `>` is escaped inside them).
            if !webp.isEmpty || original != nil, let close = rest.firstIndex(of: ">") {
                out += rest[...close] + (webp.isEmpty ? "" : "</picture>") + (original == nil ? "" : "</a>")
                rest = rest[rest.index(after: close)...]
            }
        }
        return out + rest
    }

    /// Whether the HTML so far has an `<a` not yet closed: a linked image keeps its link.
    private static func insideLink(_ html: String) -> Bool {
        guard let open = html.range(of: "<a ", options: .backwards) else { return false }
        guard let close = html.range(of: "</a>", options: .backwards) else { return true }
        return open.lowerBound > close.lowerBound
    }

    /// As the cover's: the full width on a phone, the story column (46rem) beyond.
    static let sizesAttribute = "(max-width: 48rem) 100vw, 46rem"
}
