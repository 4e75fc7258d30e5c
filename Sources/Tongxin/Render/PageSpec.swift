/// One page to write: where it goes, which template draws it, and how to build the
/// template's values. The values are built on the rendering thread, when the page is
/// drawn, so that a page the preview keeps costs nothing but its key.
///
/// A class: a build lists 12,000 of them, and each copy of a struct of a dozen
/// references (joining the views' lists, handing them to the drawing threads) retained
/// and released every one.
final class PageSpec: Sendable {
    let route: String
    let template: String
    /// The page kind whose keys the context has (PageKinds), when the page chose
    /// another template (a free page's `template:`).
    let kind: String?
    let title: String
    /// The navigation section this page belongs to, for highlighting.
    let section: String
    let breadcrumbs: [Crumb]
    /// The content file the page shows, if one: named in link errors, and the source of
    /// the page's "last changed" line.
    let source: String?
    /// Every content file the page shows, besides site.json, data/ and the theme: when
    /// none of them changed, the preview server reuses the page's last bytes. Pages drawn
    /// from the analysis are keyed by their template values (`.byContext`,
    /// RenderContext.analysisInputs). nil means the page is always rendered (small lists
    /// such as the reports index).
    let inputs: PageInputs.Key?
    /// What else decides the page besides its input files and the shared inputs (the
    /// number of pages of a paginated list): part of the reuse key.
    let variant: String
    /// The page's values: its kind's typed view model (TemplateObject).
    let values: @Sendable () -> any TemplateObject
    /// A file made without a template (the Word file beside a report, WordViews): its
    /// bytes. It is listed, keyed and reused like a page, so that a reused report keeps
    /// its .docx too; `template` then only names the kind of file in the key.
    let file: (@Sendable () -> [UInt8])?

    init(route: String, template: String, kind: String? = nil, title: String, section: String, breadcrumbs: [Crumb], source: String? = nil,
         inputs: PageInputs.Key? = nil, variant: String = "", file: (@Sendable () -> [UInt8])? = nil, model: @escaping @Sendable () -> any TemplateObject) {
        self.route = route
        self.template = template
        self.kind = kind
        self.title = title
        self.section = section
        self.breadcrumbs = breadcrumbs
        self.source = source
        self.inputs = inputs
        self.variant = variant
        self.file = file
        values = model
    }

    /// The template values a page keyed by them needs for its key, with their digest
    /// (ContextDigest, nil when they hold a kind of value it does not know); nil for other
    /// pages. Built once, then drawn with (`draw(_:_:values:)`).
    func valuesForKey() -> (values: any TemplateObject, digest: Int?)? {
        guard inputs?.byContext == true, file == nil else { return nil }
        let made = values()
        return (made, PageKinds.kind(kind ?? template).flatMap { ContextDigest.of(made, keys: $0.keys) })
    }

    /// The bytes of the page, or of the file; `values` when they were built for its key.
    func draw(_ theme: Theme, _ layout: Layout, values made: (any TemplateObject)? = nil) -> [UInt8] {
        if let file { return file() }
        let page = made ?? values()
        #if DEBUG
        checkInputs(page)
        #endif
        return theme.render(template, page: page, layout: layout.values(for: self), kind: kind)
    }

    #if DEBUG
    /// Pages keyed by the files they name must show no member or record outside them
    /// (TemplateKeysTests builds the example sites and expects none).
    private func checkInputs(_ page: any TemplateObject) {
        guard let inputs, !inputs.byContext, let declared = inputs.declared, let own = PageKinds.kind(kind ?? template) else { return }
        PageInputs.undeclared.record(route, ShownSources.undeclared(in: page, keys: own.keys, declared: declared))
    }
    #endif
}

struct Crumb: Sendable {
    var title: String
    var route: String
}
