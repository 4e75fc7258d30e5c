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
        var out: [UInt8] = []
        var body = body
        // On the UTF-8 bytes: < and > are ASCII, and finding them by Characters (grapheme
        // breaking over every Chinese character), or even through a Substring's UTF8View,
        // was most of the time of the 公众号 pages.
        body.withUTF8 { bytes in
            out.reserveCapacity(bytes.count * 2)
            var rest = 0
            while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "<")) {
                guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: ">")) else { break }
                out.append(contentsOf: bytes[rest..<open])
                out.append(contentsOf: element(String(decoding: bytes[(open + 1)..<close], as: UTF8.self), addresses: addresses).utf8)
                rest = close + 1
            }
            out.append(contentsOf: bytes[rest...])
        }
        if !byline.isEmpty { out.append(contentsOf: #"<p style="\#(styles["p"]!) color: #888888; font-size: 14px;">\#(XMLText.escape(byline))</p>"#.utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One tag rewritten: known elements with their style only (images also keep src and
    /// alt), anything else dropped (its text stays).
    private static func element(_ inside: String, addresses: Addresses) -> String {
        let closing = inside.hasPrefix("/")
        let name = tagName(inside, closing: closing)
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

    /// The element's name, lower-cased: its leading letters and digits. cmark writes
    /// them in ASCII, read as bytes; a name that goes on past ASCII (raw HTML in a
    /// story) is read by Characters, as a name of letters in any script.
    private static func tagName(_ inside: String, closing: Bool) -> String {
        let bytes = inside.utf8.dropFirst(closing ? 1 : 0)
        let end = bytes.firstIndex { !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        if let end, bytes[end] >= 0x80 {
            return inside.dropFirst(closing ? 1 : 0).prefix { $0.isLetter || $0.isNumber }.lowercased()
        }
        return String(decoding: bytes[..<(end ?? bytes.endIndex)].map { $0 | (UInt8(ascii: "A")...UInt8(ascii: "Z") ~= $0 ? 0x20 : 0) }, as: UTF8.self)
    }

    /// An attribute's value as cmark wrote it (escaped, in double quotes).
    private static func attribute(_ name: String, in tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return "" }
        let value = tag[start.upperBound...]
        return String(value[..<(value.firstIndex(of: "\"") ?? value.endIndex)])
    }
}
