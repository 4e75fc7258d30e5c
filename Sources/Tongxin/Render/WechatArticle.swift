/// A story's body as the 微信公众号 editor keeps it when pasted: every element styled
/// inline (the editor drops <style>, <link>, <script> and class names), only elements it
/// keeps (semantic wrappers such as <article> are unwrapped and lose their style; links
/// to other sites are not allowed in an article, so a link becomes its text), images
/// with absolute addresses when `base_url` is set (the editor fetches them). The rules
/// and their sources: docs/wechat.md.
enum WechatArticle {
    /// Inline styles by element: 16 px text at 1.75 line height, red 党政 headings.
    static let styles: [String: String] = [
        "p": "margin: 0 0 1em; font-size: 16px; line-height: 1.75; color: #333333; text-align: justify;",
        "h1": "margin: 1.5em 0 0.75em; font-size: 20px; font-weight: bold; line-height: 1.5; color: #b4282d;",
        "h2": "margin: 1.5em 0 0.75em; font-size: 18px; font-weight: bold; line-height: 1.5; color: #b4282d;",
        "h3": "margin: 1.2em 0 0.6em; font-size: 17px; font-weight: bold; line-height: 1.5; color: #333333;",
        "h4": "margin: 1em 0 0.5em; font-size: 16px; font-weight: bold; line-height: 1.5; color: #333333;",
        "ul": "margin: 0 0 1em; padding-left: 2em; font-size: 16px; line-height: 1.75; color: #333333;",
        "ol": "margin: 0 0 1em; padding-left: 2em; font-size: 16px; line-height: 1.75; color: #333333;",
        "li": "margin: 0.25em 0;",
        "blockquote": "margin: 1em 0; padding: 0.5em 1em; border-left: 3px solid #d9a7a9; background-color: #f8f4f0; color: #555555;",
        "img": "display: block; max-width: 100%; height: auto; margin: 1em auto;",
        "table": "border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 14px;",
        "th": "border: 1px solid #cccccc; padding: 4px 8px; background-color: #f5f0ea; font-weight: bold;",
        "td": "border: 1px solid #cccccc; padding: 4px 8px;",
        "strong": "font-weight: bold;",
        "em": "font-style: italic;",
        "del": "text-decoration: line-through;",
        "code": "font-family: monospace; background-color: #f5f5f5; padding: 0 2px;",
        "pre": "white-space: pre-wrap; background-color: #f5f5f5; padding: 8px; font-size: 14px; line-height: 1.6;",
        "hr": "border: 0; border-top: 1px solid #dddddd; margin: 1.5em 0;",
    ]

    /// Kept without a style of their own.
    static let plain: Set<String> = ["br", "thead", "tbody", "tr", "sup", "sub"]

    /// Where the article's images point: `base` + the file, or the file from the
    /// article's own page (`root`: "../" up to the site's top).
    struct Addresses {
        /// The output path of the page the body was written for (its links are relative to it).
        let story: String
        let base: String?
        let root: String
    }

    /// The article: the body's elements restyled, then the byline.
    static func html(body: String, byline: String, addresses: Addresses) -> String {
        var out = ""
        out.reserveCapacity(body.utf8.count * 2)
        var rest = Substring(body)
        // By UTF-8 bytes: < and > are ASCII, and finding them by Characters (grapheme
        // breaking over every Chinese character) was most of the time of a public build's
        // 公众号 pages.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "<")) {
            out += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            out += element(String(rest[rest.utf8.index(after: open)..<close]), addresses: addresses)
            rest = rest[rest.utf8.index(after: close)...]
        }
        out += rest
        if !byline.isEmpty { out += #"<p style="\#(styles["p"]!) color: #888888; font-size: 14px;">\#(XMLText.escape(byline))</p>"# }
        return out
    }

    /// One tag rewritten: known elements with their style only (images also keep src and
    /// alt), anything else dropped (its text stays).
    private static func element(_ inside: String, addresses: Addresses) -> String {
        let closing = inside.hasPrefix("/")
        let name = inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard styles[name] != nil || plain.contains(name) else { return "" }
        if closing { return "</\(name)>" }
        let style = styles[name].map { #" style="\#($0)""# } ?? ""
        guard name == "img" else { return "<\(name)\(style)>" }
        var src = attribute("src", in: inside)
        if let target = PublicLinkCheck.resolve(src.replacingOccurrences(of: "&amp;", with: "&"), from: addresses.story) {
            src = XMLText.escape((addresses.base ?? addresses.root) + target)
        }
        return #"<img src="\#(src)" alt="\#(attribute("alt", in: inside))"\#(style)>"#
    }

    /// An attribute's value as cmark wrote it (escaped, in double quotes).
    private static func attribute(_ name: String, in tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return "" }
        let value = tag[start.upperBound...]
        return String(value[..<(value.firstIndex(of: "\"") ?? value.endIndex)])
    }
}
