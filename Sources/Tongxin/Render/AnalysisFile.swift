/// A file made from the analysis without a template (a CSV table, a contactor's
/// calendar), listed like a page (PageSpec.file) and keyed by the analysis' version:
/// that covers everything such a file shows besides site.json, data/ and the theme
/// (every record's front matter, every member's file), which are in every page's key.
/// A build then links an unchanged file from the last one, and the preview draws a
/// changed one after the save is reported, as it does the Word files: made beside the
/// pages, the tables were 15 ms of each save's CPU before its pages were shown.
enum AnalysisFile {
    static func spec(_ path: String, _ context: RenderContext, bytes: @escaping @Sendable () -> [UInt8]) -> PageSpec {
        PageSpec(route: path, template: "file", title: path, section: "", breadcrumbs: [],
                 inputs: PageInputs.Key(versions: InputVersions.mixed(context.analysisVersion)), file: bytes, model: { NoValues() })
    }
}
