import Foundation

/// The templates and static files of a theme, with a site's own templates replacing
/// the theme's of the same name. Templates are parsed once per build. A class: every
/// page's drawing holds it.
public final class Theme: Sendable {
    public let folder: URL
    let renderer: TemplateRenderer
    /// Files under the theme's static/ folder, relative to it, sorted.
    let staticFiles: [String]
    /// A stable hash of the templates' names and texts: pages kept by the preview or by
    /// the last build (OutputManifest) are only reused under the same templates.
    let fingerprint: Int
    /// The theme's words and chart colours (theme.json).
    let text: ThemeText

    init(folder: URL, renderer: TemplateRenderer, staticFiles: [String], fingerprint: Int, text: ThemeText) {
        self.folder = folder
        self.renderer = renderer
        self.staticFiles = staticFiles
        self.fingerprint = fingerprint
        self.text = text
    }

    static let requiredTemplates = [
        "base", "home", "rules-index", "rule", "members-index", "member", "records-index", "records-month", "record", "record-blank",
        "cases-index", "case", "page", "assignments", "pairs", "triggers", "unit", "suggestions", "suggestions-month", "reports",
        "report-committee", "report-leader", "public-home", "search",
    ]

    /// `pages` are checked for the templates they choose (`template:`).
    public static func load(folder: URL, overrides: [String: String], pages: [FreePage] = [], diagnostics: inout Diagnostics) -> Theme? {
        let templatesFolder = folder.appendingPathComponent("templates")
        var sources: [String: (text: String, file: String)] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: templatesFolder.path)) ?? []
        if names.isEmpty {
            diagnostics.error(SourceLocation(file: templatesFolder.path), L("theme.noTemplates"))
            return nil
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = templatesFolder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path.path) else { continue }
            switch SourceText.decode(data, file: path.path) {
            case .success(let text): sources[String(name.dropLast(9))] = (text, path.path)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        for (name, text) in overrides { sources[name] = (text, "templates/\(name).mustache") }
        var templates: [String: [TemplateNode]] = [:]
        for name in sources.keys.sorted() {
            let source = sources[name]!
            do {
                templates[name] = try TemplateParser.parse(source.text)
            } catch let error as TemplateError {
                diagnostics.error(SourceLocation(file: source.file, line: error.line, column: error.column), L("theme.templateError", error.message))
            } catch {
                diagnostics.error(SourceLocation(file: source.file), L("theme.templateError", "\(error)"))
            }
        }
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            for missing in TemplateParser.references(nodes).subtracting(templates.keys).sorted() {
                diagnostics.error(SourceLocation(file: sources[name]!.file), L("theme.missingPartial", name, missing))
            }
        }
        checkKeys(templates, files: sources.mapValues(\.file), diagnostics: &diagnostics)
        checkChosen(pages, templates: templates, diagnostics: &diagnostics)
        for name in requiredTemplates where sources[name] == nil {
            diagnostics.error(SourceLocation(file: templatesFolder.path), L("theme.missingTemplate", name))
        }
        let staticFolder = folder.appendingPathComponent("static")
        let staticFiles = (FileManager.default.subpaths(atPath: staticFolder.path) ?? []).filter { path in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: staticFolder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && !(path as NSString).lastPathComponent.hasPrefix(".")
        }.sorted()
        let text = ThemeText.load(folder: folder, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors, let text else { return nil }
        var hasher = StableHasher()
        for name in sources.keys.sorted() { hasher.combine(name); hasher.combine(sources[name]!.text) }
        hasher.combine(FileManager.default.contents(atPath: folder.appendingPathComponent(ThemeText.file).path).map { String(decoding: $0, as: UTF8.self) } ?? "")
        return Theme(folder: folder, renderer: TemplateRenderer(templates: templates), staticFiles: staticFiles, fingerprint: hasher.finalize(), text: text)
    }

    /// Every template held to the keys its pages are given (PageKinds): a page kind's
    /// template to that kind's, any other template that no template includes to a free
    /// page's (pages may choose it with `template:`). Partials and layouts are checked
    /// inside the templates that use them.
    private static func checkKeys(_ templates: [String: [TemplateNode]], files: [String: String], diagnostics: inout Diagnostics) {
        let included = templates.values.reduce(into: Set<String>()) { $0.formUnion(TemplateParser.references($1)) }
        let check = TemplateCheck(templates: templates)
        for name in templates.keys.sorted() {
            guard let keys = PageKinds.keys(of: name) ?? (included.contains(name) ? nil : PageKinds.keys(of: PageKinds.freePage)) else { continue }
            for problem in check.check(name, keys: keys) {
                let file = files[problem.template] ?? "templates/\(problem.template).mustache"
                diagnostics.error(SourceLocation(file: file, line: problem.at.line, column: problem.at.column), problem.message)
            }
        }
    }

    /// Templates a free page may choose: `page`, and any template that is neither a page
    /// kind's nor included by another (those are held to a free page's keys).
    static func pageTemplates(_ templates: [String: [TemplateNode]]) -> [String] {
        let included = templates.values.reduce(into: Set<String>()) { $0.formUnion(TemplateParser.references($1)) }
        return templates.keys.filter { $0 == PageKinds.freePage || (PageKinds.kind($0) == nil && !included.contains($0)) }.sorted()
    }

    private static func checkChosen(_ pages: [FreePage], templates: [String: [TemplateNode]], diagnostics: inout Diagnostics) {
        let allowed = pageTemplates(templates)
        for page in pages {
            guard let chosen = page.template, !allowed.contains(chosen.value) else { continue }
            let message = templates[chosen.value] == nil ? "theme.pageTemplate.unknown" : "theme.pageTemplate.notForPages"
            diagnostics.error(chosen.location, L(message, chosen.value, allowed.joined(separator: ", "), Suggestions.didYouMean(chosen.value, in: allowed)))
        }
    }

    func has(_ template: String) -> Bool { renderer.templates[template] != nil }

    /// A page without the layout (the web server's error pages).
    func render(_ template: String, values: any TemplateObject) -> [UInt8] {
        #if DEBUG
        if let keys = PageKinds.keys(of: template) { TemplateKeys.conformance.record(template, keys.violations(of: values)) }
        #endif
        return renderer.render(template, values: values)
    }

    /// A page: its values and the layout's. `kind` is the template whose keys the values
    /// have (PageKinds), when the page chose another template.
    func render(_ template: String, page: any TemplateObject, layout: LayoutValues, kind: String? = nil) -> [UInt8] {
        #if DEBUG
        if let own = PageKinds.kind(kind ?? template) {
            TemplateKeys.conformance.record(kind ?? template, own.keys.violations(of: page) + PageKinds.layout.violations(of: layout))
        }
        #endif
        return renderer.render(template, page: page, layout: layout)
    }
}
