import Foundation

/// A public page must never point into the internal portal: a link to a record, a
/// member page or an internal story would leak that it exists (and 404 for readers).
enum PublicLinkCheck {
    /// A page's links (href and src) with the output file each points at (nil for
    /// external links and anchors).
    typealias Links = [(link: String, target: String?)]

    /// Every page's links, found and resolved once for both public checks, on all cores.
    static func links(of pages: [OutputFile]) -> [Links] {
        parallelMap(pages) { page in
            guard case .bytes(let bytes) = page.contents else { return [] }
            let base = folders(of: page.path)
            return links(in: String(decoding: bytes, as: UTF8.self)).map { ($0, resolve($0, base: base)) }
        }
    }

    static func check(_ pages: [OutputFile], links pageLinks: [Links], sources: [String: String], assets: [String], site: CheckedSite, diagnostics: inout Diagnostics) {
        var published = Set(pages.map(\.path))
        published.formUnion(assets.map(Routes.asset))
        let root = URL(fileURLWithPath: site.site.root)
        var lines = SourceLines(root: root)
        // site.json's footer links are on every page, written relative to each one.
        let settingsLinks = site.settings.links.compactMap { link in lines.find(link.url, in: "site.json").map { (url: link.url, location: $0) } }
        for (page, links) in zip(pages, pageLinks) {
            for (link, target) in links {
                guard let target, !published.contains(target), !target.hasPrefix(Routes.staticFolder),
                      target != Routes.feed, target != Routes.sitemap, !target.hasPrefix("pagefind/") else { continue }
                // The page's own file, else site.json, else the theme's templates wrote it.
                let location = sources[page.path].flatMap { lines.find(link, in: $0) }
                    ?? settingsLinks.first { resolve($0.url, from: page.path) == target }?.location
                    ?? sources[page.path].map { SourceLocation(file: $0) } ?? SourceLocation(file: "(theme) " + page.path)
                let message = contentFile(for: target, root: root).map { L("links.toInternal", $0) } ?? L("links.notPublic", target)
                diagnostics.error(location, message)
            }
        }
    }

    /// href and src values of a page; cmark and the templates always quote them with ".
    /// One pass over the bytes: searching the rest of the page again after every link
    /// made a page of thousands of links quadratic.
    static func links(in html: String) -> [String] {
        var found: [String] = []
        var html = html
        html.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                var valueStart = -1
                if bytes[index] == UInt8(ascii: "h"), index + 6 <= count, matches(bytes, at: index, "href=\"") { valueStart = index + 6 }
                if bytes[index] == UInt8(ascii: "s"), index + 5 <= count, matches(bytes, at: index, "src=\"") { valueStart = index + 5 }
                guard valueStart >= 0 else { index += 1; continue }
                var end = valueStart
                while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                guard end < count else { break }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
                found.append(value.contains("&amp;") ? value.replacingOccurrences(of: "&amp;", with: "&") : value)
                index = end + 1
            }
        }
        return found
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ marker: StaticString) -> Bool {
        let count = marker.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != marker.utf8Start[offset] { return false }
        return true
    }

    /// The output file a relative link points at, or nil for external links and anchors.
    static func resolve(_ link: String, from page: String) -> String? {
        resolve(link, base: folders(of: page))
    }

    private static func folders(of page: String) -> [String] {
        page.split(separator: "/").dropLast().map(String.init)
    }

    /// `base`: the folders of the page the link is on.
    private static func resolve(_ link: String, base: [String]) -> String? {
        guard !link.isEmpty, !link.hasPrefix("#"), URLPolicy.scheme(of: link) == nil, !link.hasPrefix("//") else { return nil }
        var path = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        path = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        // Foundation's decoding, bridged on Linux, was most of this check's time.
        let decoded = path.contains("%") ? (String(path).removingPercentEncoding ?? String(path)) : String(path)
        var parts = decoded.hasPrefix("/") ? [] : base
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(String(part)) }
        }
        let joined = parts.joined(separator: "/")
        return decoded.hasSuffix("/") || decoded.isEmpty || joined.isEmpty ? Routes.file(for: joined.isEmpty ? "" : joined + "/") : joined
    }

    /// The content file an unpublished route would come from, if it exists.
    static func contentFile(for target: String, root: URL) -> String? {
        let parts = target.split(separator: "/").map(String.init)
        guard parts.last == "index.html" else { return nil }
        let folders = parts.dropLast()
        let candidates: [String]
        switch (folders.first, folders.count) {
        case ("members"?, 2), ("cases"?, 2), ("rules"?, 2): candidates = ["\(folders[0])/\(folders[1]).md"]
        case ("records"?, 3): candidates = ["records/\(folders[1])/\(folders[2]).md"]
        case (_?, 1): candidates = ["pages/\(folders[0]).md"]
        case (let section?, _) where ["assignments", "units", "reports", "suggestions"].contains(section):
            return L("links.internalSection", section)
        default: candidates = []
        }
        return candidates.first { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    /// Where in the source the link is written, for the error message.
    static func locate(_ link: String, in file: String, root: URL) -> SourceLocation {
        var lines = SourceLines(root: root)
        return lines.find(link, in: file) ?? SourceLocation(file: file)
    }
}
