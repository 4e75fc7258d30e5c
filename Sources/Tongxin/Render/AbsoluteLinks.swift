/// A page's HTML with its relative links made absolute under `base_url`, for what is read
/// away from the site: the feed's full content and the 公众号 article, whose images the
/// editor fetches by their address.
enum AbsoluteLinks {
    /// Every `href="…"` and `src="…"` in `html` (written on the page at output path `page`)
    /// that is relative, as `base` plus the output path it points at.
    static func rewrite(_ html: String, page: String, base: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var rest = html[...]
        while let marker = nextMarker(in: rest) {
            out += rest[..<marker.upperBound]
            let value = rest[marker.upperBound...]
            guard let end = value.firstIndex(of: "\"") else { rest = value; break }
            let link = String(value[..<end])
            if let target = PublicLinkCheck.resolve(link.replacingOccurrences(of: "&amp;", with: "&"), from: page) {
                let fragment = link.firstIndex(of: "#").map { String(link[$0...]) } ?? ""
                out += XMLText.escape(base + (target.hasSuffix("index.html") ? String(target.dropLast("index.html".count)) : target)) + fragment
            } else {
                out += link
            }
            rest = value[end...]
        }
        return out + rest
    }

    private static func nextMarker(in text: Substring) -> Range<Substring.Index>? {
        let href = text.range(of: "href=\""), src = text.range(of: "src=\"")
        switch (href, src) {
        case (let a?, let b?): return a.lowerBound < b.lowerBound ? a : b
        case (let a?, nil): return a
        case (nil, let b?): return b
        case (nil, nil): return nil
        }
    }
}
