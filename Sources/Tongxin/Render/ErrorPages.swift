/// The pages the web server shows instead of a page it will not or cannot serve
/// (`tongxin deploy nginx` points `error_page` at them): 401.html, 403.html and
/// 404.html at the root of both sites, from the theme's `error` template, whose words
/// are the theme's. A theme without that template gets none (nginx's own pages stay).
enum ErrorPages {
    static let codes = [401, 403, 404]

    static func path(_ code: Int) -> String { "\(code).html" }

    /// `home` is the site's address from the server root: error pages are served at
    /// any address, so their links cannot be relative.
    static func files(theme: Theme, settings: SiteSettings, home: String) -> [OutputFile] {
        guard theme.has("error") else { return [] }
        let site: [String: Any] = ["name": settings.name, "organization": settings.organization]
        return codes.map { code in
            let context: [String: Any] = ["site": site, "home": home, "is401": code == 401, "is403": code == 403, "is404": code == 404]
            return OutputFile(path: path(code), contents: .bytes(theme.render("error", context)))
        }
    }
}
