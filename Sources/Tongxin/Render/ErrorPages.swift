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
        let site = SiteValues(name: settings.name, organization: settings.organization)
        return codes.map { code in
            OutputFile(path: path(code), contents: .bytes(theme.render("error", values: ErrorPageValues(site: site, home: home, code: code))))
        }
    }
}

/// The values of an error page (template `error`, keys in PageKinds.error).
final class ErrorPageValues: TemplateObject {
    let site: SiteValues
    let home: String
    let code: Int

    init(site: SiteValues, home: String, code: Int) {
        self.site = site
        self.home = home
        self.code = code
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "site": .object(site)
        case "home": .text(home)
        case "is401": .flag(code == 401)
        case "is403": .flag(code == 403)
        case "is404": .flag(code == 404)
        default: nil
        }
    }
}
