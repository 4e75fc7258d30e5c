import Foundation

/// Rendered Markdown bodies, by the file they came from.
typealias RenderedBodies = [String: RenderedMarkdown]

/// Turns a checked site and a theme into the files of the portal.
public enum SiteRenderer {
    public struct Output: Sendable {
        public var files: [OutputFile]
        public var pageCount: Int
    }

    public static func render(_ site: CheckedSite, theme: Theme, asOf: Day, diagnostics: inout Diagnostics) -> Output? {
        let bodies = renderBodies(site, diagnostics: &diagnostics)
        if diagnostics.hasErrors { return nil }
        let labels = Labels(site.organization)
        let context = RenderContext(site: site, labels: labels, work: ContactWork(site, asOf: asOf), bodies: bodies)
        let specs = [DashboardView.page(context)]
            + AssignmentViews.pages(context)
            + UnitViews.pages(context)
            + RecordViews.pages(site, labels: labels, bodies: bodies)
            + [SuggestionViews.page(context)]
            + ReportViews.pages(context)
            + MemberViews.pages(context)
            + RuleViews.pages(site, bodies: bodies)
            + CaseViews.pages(site, bodies: bodies)
            + FreePageViews.pages(site, bodies: bodies)
        let layout = Layout(settings: site.settings, asOf: asOf)
        let pages: [OutputFile] = parallelMap(specs) { spec in
            let html = theme.render(spec.template, layout.context(for: spec))
            return OutputFile(path: Routes.file(for: spec.route), contents: .bytes(Array(html.utf8)))
        }
        let staticFiles = theme.staticFiles.map {
            OutputFile(path: Routes.staticFolder + $0, contents: .copy(from: theme.folder.appendingPathComponent("static").appendingPathComponent($0).path))
        }
        let assets = site.site.assets.map {
            OutputFile(path: Routes.asset($0), contents: .copy(from: URL(fileURLWithPath: site.site.root).appendingPathComponent($0).path))
        }
        return Output(files: pages + CSVExports.files(context) + staticFiles + assets, pageCount: pages.count)
    }

    /// Every Markdown body, rendered on all cores; errors and safety findings are collected.
    static func renderBodies(_ site: CheckedSite, diagnostics: inout Diagnostics) -> RenderedBodies {
        let renderer = MarkdownRenderer(limits: site.settings.limits)
        let sources = site.members.map(\.member.body) + site.records.map(\.record.body) + site.cases.map(\.story.body)
            + site.site.rules.map(\.body) + site.site.pages.map(\.body)
        let results = parallelMap(sources) { source in (source.file, renderer.render(source)) }
        var bodies: RenderedBodies = [:]
        for (file, result) in results {
            switch result {
            case .success(let rendered):
                bodies[file] = rendered
                diagnostics.append(contentsOf: rendered.findings)
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        return bodies
    }
}
