import Foundation

/// The public build publishes an allow-list of assets, not all of `assets/`: only the
/// files a public page links to, and of those only the kinds whose contents the leak
/// scan can read. An SVG that could run script is refused, never published.
enum PublicAssets {
    /// The assets the public pages link to (href or src), in the order of `assets`,
    /// each checked at the first place that links to it.
    static func published(by pages: [OutputFile], links pageLinks: [PublicLinkCheck.Links], sources: [String: String], among assets: [String], root: URL, diagnostics: inout Diagnostics) -> [String] {
        var linked: [String: (link: String, page: String)] = [:]
        for (page, links) in zip(pages, pageLinks) {
            for (link, target) in links {
                if let target, linked[target] == nil { linked[target] = (link, page.path) }
            }
        }
        let published = assets.filter { linked[Routes.asset($0)] != nil }
        for asset in published {
            let from = linked[Routes.asset(asset)]!
            let location = sources[from.page].map { PublicLinkCheck.locate(from.link, in: $0, root: root) } ?? SourceLocation(file: "(theme) " + from.page)
            check(asset, root: root, linkedFrom: location, diagnostics: &diagnostics)
        }
        return published
    }

    /// Problems of one asset a public page links to, at the place that links to it.
    static func check(_ asset: String, root: URL, linkedFrom location: SourceLocation, diagnostics: inout Diagnostics) {
        switch FileType(path: asset) {
        case .image, .text, .markup:
            return
        case .pdf:
            if !BinaryText.canReadPDF { diagnostics.error(location, L("assets.pdfUnreadable", asset)) }
        case .svg:
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(asset).path) else { return }
            if let active = activeContent(in: String(decoding: data, as: UTF8.self)) {
                diagnostics.error(location, L("assets.svgActive", asset, active))
            }
        case .other:
            diagnostics.error(location, L("assets.typeRefused", asset))
        }
    }

    /// What in an SVG could run or load something when it is opened: scripts, event
    /// handlers, embedded HTML, links and style imports out of the file.
    static func activeContent(in svg: String) -> String? {
        let lower = svg.lowercased()
        for marker in ["<script", "javascript:", "<foreignobject", "<iframe", "<embed", "<object", "@import", "data:text/html", "<!entity"] where lower.contains(marker) {
            return marker
        }
        if let handler = lower.firstMatch(of: /[\s"'\/]on[a-z]+\s*=/) { return String(lower[handler.range].drop { !$0.isLetter }) }
        if let external = lower.firstMatch(of: /href\s*=\s*["']\s*(https?:|\/\/)/) { return String(lower[external.range]) }
        return nil
    }
}
