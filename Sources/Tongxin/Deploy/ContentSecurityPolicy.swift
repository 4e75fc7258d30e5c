import Foundation

/// The Content-Security-Policy of each kind of response, written for what the default
/// theme's pages do and no more (the browser test loads them under it and fails on any
/// violation):
/// - pages load their stylesheet, script, images and fonts from the site itself; no
///   page has an inline script, an inline style or a style attribute, so neither
///   'unsafe-inline' nor a hash is needed;
/// - the search page and Pagefind's files add 'wasm-unsafe-eval': Pagefind runs its
///   index in WebAssembly (in the page and in its worker, which takes the policy of its
///   own response). It allows compiling WebAssembly only, not eval of JavaScript;
/// - the 公众号 version of a story (`cases/<slug>/wechat/`) carries its styles in style
///   attributes, the only styling the 公众号 editor keeps when the article is pasted:
///   those pages allow style attributes (`style-src-attr 'unsafe-inline'`), still no
///   `<style>` block and no inline script;
/// - the error pages are one file each (on the internal site even the stylesheet needs a
///   login): their inline `<style>` is allowed by its SHA-256 and nothing else is.
public struct ContentSecurityPolicy: Sendable {
    public let errorStyleHashes: [String]

    public init(errorStyleHashes: [String]) { self.errorStyleHashes = errorStyleHashes }

    static let common = "default-src 'none'; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    public var pages: String { Self.common + "; img-src 'self'; script-src 'self'; style-src 'self'" }

    public var wechat: String { Self.common + "; img-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'" }

    /// Pagefind's stylesheet draws its icons as data: SVG images.
    public var search: String { Self.common + "; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'" }

    public var errorPages: String {
        let styles = errorStyleHashes.isEmpty ? "'none'" : errorStyleHashes.map { "'\($0)'" }.joined(separator: " ")
        return "default-src 'none'; style-src \(styles); base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    /// The `sha256-…` source of every `<style>` block in the theme's error template (a
    /// site's own `templates/error.mustache` wins, as in a build), or nil when there is no
    /// such template (the build then writes no error pages). A block with a template tag
    /// would hash differently per page, so it is refused.
    public static func errorStyleHashes(theme: URL, content: URL?) throws -> [String]? {
        let override = content?.appendingPathComponent("templates/error.mustache")
        let file = override.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
            ?? theme.appendingPathComponent("templates/error.mustache")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return try styleBlocks(in: text).map { block in
            if block.contains("{{") { throw DeployError.templatedStyle(file.path) }
            return "sha256-" + Data(SHA256.digest(Array(block.utf8))).base64EncodedString()
        }
    }

    /// The text between each `<style…>` and its `</style>`, byte for byte, as the
    /// browser hashes it.
    static func styleBlocks(in html: String) -> [String] {
        var blocks: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<style"), let tagEnd = rest[open.upperBound...].firstIndex(of: ">") {
            let body = rest[rest.index(after: tagEnd)...]
            guard let close = body.range(of: "</style>") else { break }
            blocks.append(String(body[..<close.lowerBound]))
            rest = body[close.upperBound...]
        }
        return blocks
    }
}
