/// One page to write: where it goes, which template draws it, and how to build the
/// template's context. Contexts are built on the rendering thread because template
/// contexts are plain dictionaries of `Any`.
struct PageSpec: Sendable {
    var route: String
    var template: String
    var title: String
    /// The navigation section this page belongs to, for highlighting.
    var section: String
    var breadcrumbs: [Crumb]
    /// The content file the page shows, if one: named in link errors, and the source of
    /// the page's "last changed" line.
    var source: String? = nil
    /// Every content file the page shows, besides site.json, data/ and the theme: when
    /// none of them changed, the preview server reuses the page's last bytes. Pages that
    /// show the analysis take its version (RenderContext.analysisInputs), or, when they show
    /// a small part of it, `.byContext` (keyed by their template values). nil means the
    /// page is always rendered (small lists such as the reports index).
    var inputs: PageInputs.Key? = nil
    /// What else decides the page besides its input files and the shared inputs (the
    /// number of pages of a paginated list): part of the reuse key.
    var variant = ""
    var context: @Sendable () -> [String: Any]
    /// A file made without a template (the Word file beside a report, WordViews): its
    /// bytes. It is listed, keyed and reused like a page, so that a reused report keeps
    /// its .docx too; `template` then only names the kind of file in the key.
    var file: (@Sendable () -> [UInt8])? = nil

    /// The template values a page keyed by them needs for its key (nil for other pages):
    /// built once, then drawn with (`draw(_:_:values:)`).
    func valuesForKey() -> [String: Any]? {
        inputs?.byContext == true && file == nil ? context() : nil
    }

    /// The bytes of the page, or of the file; `values` when they were built for its key.
    func draw(_ theme: Theme, _ layout: Layout, values: [String: Any]? = nil) -> [UInt8] {
        if let file { return file() }
        return theme.render(template, layout.context(for: self, values: values))
    }
}

struct Crumb: Sendable {
    var title: String
    var route: String
}
