import Foundation

/// Rendered Markdown bodies, by the file they came from.
typealias RenderedBodies = [String: RenderedMarkdown]

/// Turns a checked site and a theme into the files of the portal, for its audience.
public enum SiteRenderer {
    public struct Output: Sendable {
        public var files: [OutputFile]
        public var pageCount: Int
        /// Content file of each page that shows one, by output path (public builds only).
        public var sources: [String: String]
        /// Time spent in the parts of rendering, for --verbose and profiling.
        public var timings: [(name: String, seconds: Double)] = []
        /// With a last build's manifest: each page that has a key, as written, for the
        /// next build's manifest.
        var keptPages: [OutputManifest.Page] = []
        /// Pages taken from the last build (its manifest or the preview's cache).
        public var pagesReused = 0
        /// Files already written into the staging folder (not in `files`).
        var staged = 0
        /// The preview's changed Word files, in `files` with their last bytes for now and
        /// drawn after the build is reported (BuildCache.drawLater).
        var later: [PageReuse.LaterFile] = []
        /// The page list, only to be freed with the rest of the output, after the build
        /// is reported (or never, by a command that exits): freeing 12,000 specs and their
        /// closures took 13 ms of each preview save on one core.
        var specs: [PageSpec] = []
        /// A check's rendered bodies, likewise only to be freed with the output (or never:
        /// freeing a roster's 260,000 one by one took half a second after its report).
        var bodies: RenderedBodies = [:]
    }

    /// Where `tongxin build` puts pages: written into the staging folder as they are
    /// drawn, and linked from the live folder when the last build's manifest says they
    /// are unchanged (the preview, which updates its folder in place, keeps its pages in
    /// `cache` instead).
    struct FolderBuild {
        var staged: StagedSite
        var lastBuild: OutputManifest?
    }

    /// `history`: read beside the load and waited for only where the pages are laid out
    /// (the preview's save waited 18–26 ms for git before its first page otherwise).
    /// `analysis`: started by the pipeline's analyse step (internal sites). With
    /// `pages: false` (an internal `check`) everything that can find a problem runs —
    /// Markdown, images, the analysis — but no page is laid out: nothing in a page
    /// template can be wrong about the content.
    static func render(_ site: CheckedSite, theme: Theme, asOf: Day, history pendingHistory: Background<GitHistory>, analysis: PendingAnalysis?, pages makePages: Bool, cache: BuildCache?, folder: FolderBuild?, diagnostics: inout Diagnostics) -> Output? {
        var clock = StageClock()
        // A check that lays out no page (an internal one) never reads its bodies' HTML.
        var bodies = renderBodies(site, cache: cache, keepsHTML: makePages, diagnostics: &diagnostics)
        clock.lap("markdown")
        if diagnostics.hasErrors { return nil }
        var images = coverSizes(site, diagnostics: &diagnostics)
        let photos = BodyImages.find(site, bodies: bodies, diagnostics: &diagnostics)
        // A photo libvips shrinks must have a size; an SVG or GIF in a story is shown
        // as it is and may leave its size to the page (an SVG often has none).
        let shrunk = photos.uses.filter { CoverImages.formats[CoverImages.pathExtension($0.path)] != nil }
        readSizes(shrunk, root: site.site.root, into: &images, diagnostics: &diagnostics)
        for (path, _) in photos.uses where images[path] == nil {
            images[path] = ImageSize.read(URL(fileURLWithPath: site.site.root).appendingPathComponent(path))
        }
        // Shrunk covers and photos only when pages are made (not for `check`).
        let covers = makePages ? CoverImages.make(site, photos: photos.uses, originals: photos.originals, sizes: &images, diagnostics: &diagnostics) : CoverImages.Made()
        if diagnostics.hasErrors { return nil }
        // A document's photos point at their shrunk copies (its HTML is written for its page).
        for (file, found) in photos.byFile {
            guard let html = bodies[file]?.html else { continue }
            bodies[file]?.html = BodyImages.rewrite(html, images: found.images, sizes: images, root: Routes.rootPrefix(for: found.route))
        }
        let audience = site.site.audience
        let specs: [PageSpec]
        var extraFiles: [OutputFile] = []
        switch audience {
        case .internal:
            guard let analysis else { preconditionFailure("an internal site is rendered with its analysis") }
            guard makePages else {
                _ = analysis.value
                clock.lap("analysis")
                return Output(files: [], pageCount: 0, sources: [:], timings: clock.laps, bodies: bodies)
            }
            // The pages that do not show the analysis are listed while it runs (the lap
            // covers both).
            let labels = Labels(site.organization, text: theme.text), versions = InputVersions(site), rows = RecordRows(site, labels: labels, all: cache == nil)
            let plain = plainPages(site, labels: labels, bodies: bodies, images: images, versions: versions, rows: rows, kept: cache.map { ($0, documentsKey(theme: theme, asOf: asOf)) })
            let analysed = analysis.value
            let context = RenderContext(site: site, labels: labels, work: analysed.work, analysisVersion: analysed.version, bodies: bodies, images: images, contacts: ContactIndex(site), versions: versions, rows: rows)
            clock.lap("analysis")
            let tasks = TaskViews.tasks(context)
            // The CSV tables and calendars are listed with the pages (AnalysisFile).
            specs = internalPages(context, plain: plain, tasks: tasks, files: CSVExports.specs(context, cache: cache) + TaskViews.calendars(tasks, context))
        case .public:
            if site.settings.baseURL == nil {
                diagnostics.warning(SourceLocation(file: "site.json"), L("office.baseURL.missing"))
            }
            specs = publicPages(site, bodies: bodies, images: images, text: theme.text)
            extraFiles = [FeedWriter.feed(site, bodies: bodies)] + [SitemapWriter.sitemap(site, routes: specs.map(\.route))].compactMap { $0 }
        }
        let history = pendingHistory.value
        let layout = Layout(settings: site.settings, asOf: asOf, audience: audience, history: history, text: theme.text)
        extraFiles += ErrorPages.files(theme: theme, settings: site.settings, home: layout.searchBase)
        clock.lap("page list")
        let keys = cache == nil && folder?.lastBuild == nil ? nil : PageKeys(site: site, theme: theme, asOf: asOf, history: history, specs: specs)
        let (pages, kept, reused, later) = draw(specs, theme: theme, layout: layout, keys: keys, cache: cache, folder: folder)
        clock.lap("templates")
        let staticFiles = theme.staticFiles.map {
            OutputFile(path: Routes.staticFolder + $0, contents: .copy(from: theme.folder.appendingPathComponent("static").appendingPathComponent($0).path))
        }
        // Only the public build's link and leak checks name a page's source.
        let sources = audience != .public ? [:] : Dictionary(zip(specs, pages).compactMap { spec, page in spec.source.map { (page.path, $0) } }, uniquingKeysWith: { first, _ in first })
        let root = URL(fileURLWithPath: site.site.root)
        // A cover is published as its shrunk copies, never as the original with its EXIF.
        var assetPaths = site.site.assets.filter { !covers.originals.contains($0) }
        if audience == .public {
            let links = PublicLinkCheck.links(of: pages)
            assetPaths = PublicAssets.published(by: pages, links: links, sources: sources, among: assetPaths, root: root, diagnostics: &diagnostics)
            // The covers' variants are published files too (copies: they hold no links).
            PublicLinkCheck.check(pages + covers.files, links: links + covers.files.map { _ in [] }, sources: sources, assets: assetPaths, site: site, diagnostics: &diagnostics)
        }
        let assets = assetPaths.map { OutputFile(path: Routes.asset($0), contents: .copy(from: root.appendingPathComponent($0).path)) }
        clock.lap("checks")
        // Word files, CSV tables and calendars are listed with the pages but are not pages.
        let pageCount = specs.reduce(0) { $0 + ($1.file == nil ? 1 : 0) }
        let staged = specs.count - pages.count
        // The pages' list is extended, not copied: `pages + …` retained and released every
        // one of 12,000 files again (7 ms of a preview save).
        var files = consume pages
        files.reserveCapacity(files.count + extraFiles.count + staticFiles.count + assets.count + covers.files.count)
        for more in [extraFiles, staticFiles, assets, covers.files] { files.append(contentsOf: more) }
        return Output(files: files, pageCount: pageCount, sources: sources, timings: clock.laps, keptPages: kept, pagesReused: reused, staged: staged, later: later, specs: specs)
    }

    /// Every page laid out by its template, on all cores, unless its key says the last
    /// build's is still right: the preview then keeps its bytes (`cache`), a build links
    /// its file from the live folder (`folder`'s last build). With `folder`, pages go
    /// into its staging folder as they come and are not returned.
    private static func draw(_ specs: [PageSpec], theme: Theme, layout: Layout, keys: PageKeys?, cache: BuildCache?, folder: FolderBuild?) -> (pages: [OutputFile], kept: [OutputManifest.Page], reused: Int, later: [PageReuse.LaterFile]) {
        if let cache, let keys {
            let drawn = PageReuse.draw(specs, cache: cache, keys: keys) { spec, values in spec.draw(theme, layout, values: values) }
            return (drawn.files, [], drawn.reused, drawn.later)
        }
        let paths = specs.map { Routes.file(for: $0.route) }
        folder?.staged.makeFolders(for: paths)
        let drawn: [(file: OutputFile?, kept: OutputManifest.Page?, linked: Bool)] = parallelMap(Array(specs.indices)) { index in
            let spec = specs[index], path = paths[index]
            let made = keys == nil ? nil : spec.valuesForKey()
            let values = made?.values
            let key = keys?.key(of: spec, shown: made?.digest)
            let linked = key.flatMap { key in folder?.lastBuild?.reusable(path, key: key) }
            let file = OutputFile(path: path, contents: linked ?? .bytes(spec.draw(theme, layout, values: values)))
            guard let folder else { return (file, nil, linked != nil) }
            let identity = folder.staged.put(file)
            let kept = key.flatMap { key in identity.map { OutputManifest.Page(path: path, key: key, identity: $0) } }
            return (nil, kept, linked != nil)
        }
        return (drawn.compactMap(\.file), drawn.compactMap(\.kept), drawn.reduce(0) { $0 + ($1.linked ? 1 : 0) }, [])
    }

    /// The internal pages that do not show the analysis, by view.
    private struct PlainPages {
        var records, cases, free: [PageSpec]
    }

    /// `kept`: the preview's cache, which keeps the cases', briefs' and free pages' specs
    /// while only records change (BuildCache.documentPages), with what else they are made from.
    private static func plainPages(_ site: CheckedSite, labels: Labels, bodies: RenderedBodies, images: ImageSizes, versions: InputVersions, rows: RecordRows, kept: (cache: BuildCache, key: Int)?) -> PlainPages {
        let documents: @Sendable () -> [[PageSpec]] = {
            [CaseViews.pages(site, bodies: bodies, images: images, text: labels.text) + BriefViews.pages(site, bodies: bodies, text: labels.text),
             FreePageViews.pages(site, bodies: bodies, text: labels.text) + [SearchView.page(text: labels.text)]]
        }
        let views: [@Sendable () -> [[PageSpec]]] = [
            { [RecordViews.pages(site, labels: labels, bodies: bodies, versions: versions, rows: rows)] },
            { kept.map { $0.cache.documentPages(key: $0.key, make: documents) } ?? documents() },
        ]
        let made = parallelMap(views) { $0() }
        return PlainPages(records: made[0][0], cases: made[1][0], free: made[1][1])
    }

    /// What the documents' pages are made from besides content files: the theme (its
    /// words and templates) and the day.
    private static func documentsKey(theme: Theme, asOf: Day) -> Int {
        var hasher = StableHasher()
        hasher.combine(theme.fingerprint)
        hasher.combine(asOf)
        return hasher.finalize()
    }

    /// The views are independent of each other: each makes its pages' specs on its own
    /// core. The pages come in the fixed order of the site, after the CSV tables and
    /// calendars (`files`): the records table is the longest item to draw, better
    /// started first than left to one core at the end.
    private static func internalPages(_ context: RenderContext, plain: PlainPages, tasks: [ContactorTasks], files: [PageSpec]) -> [PageSpec] {
        let views: [@Sendable () -> [PageSpec]] = [
            { [DashboardView.page(context)] },
            { AssignmentViews.pages(context) },
            { UnitViews.pages(context) },
            { SuggestionViews.pages(context) },
            { ReportViews.pages(context) },
            { MemberViews.pages(context) },
            { TaskViews.pages(tasks, context) },
            { YearViews.pages(context) },
            { TermView.pages(context) + YearSummaryView.pages(context) },
            // Rules need the analysis' context only to draw 附件1 where a rule names it.
            { RuleViews.pages(context.site, bodies: context.bodies, text: context.text, context: context) },
        ]
        let made = parallelMap(views) { $0() }
        let parts = [files, made[0], made[1], made[2], plain.records, made[3], made[4], made[5], made[6], made[7], made[8], made[9], plain.cases, plain.free]
        var specs: [PageSpec] = []
        specs.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { specs.append(contentsOf: part) }
        return specs
    }

    /// What the public may see: no records, dashboards, assignments or member pages.
    private static func publicPages(_ site: CheckedSite, bodies: RenderedBodies, images: ImageSizes, text: ThemeText) -> [PageSpec] {
        [PublicHomeView.page(site, bodies: bodies, images: images, text: text)]
            + RuleViews.pages(site, bodies: bodies, text: text)
            + CaseViews.pages(site, bodies: bodies, images: images, text: text)
            + BriefViews.pages(site, bodies: bodies, text: text)
            + FreePageViews.pages(site, bodies: bodies, text: text)
            + [SearchView.page(text: text)]
    }

    /// Every Markdown body, rendered on all cores; errors and safety findings are collected.
    static func renderBodies(_ site: CheckedSite, cache: BuildCache? = nil, keepsHTML: Bool = true, diagnostics: inout Diagnostics) -> RenderedBodies {
        let renderer = MarkdownRenderer(limits: site.settings.limits, keepsHTML: keepsHTML)
        // One list filled in place: mapping each section and joining the lists copied
        // every one of 12,000 sources twice.
        var sources: [MarkdownSource] = []
        let members = site.site.audience == .internal ? site.members.count : 0
        sources.reserveCapacity(members + site.records.count + site.cases.count + site.site.rules.count + site.site.pages.count + site.site.briefs.count)
        // By index: a loop over the elements would copy each whole record to take its body.
        for index in 0..<members { sources.append(site.members[index].member.body) }
        for index in site.records.indices { sources.append(site.records[index].record.body) }
        for index in site.cases.indices { sources.append(site.cases[index].story.body) }
        for index in site.site.rules.indices { sources.append(site.site.rules[index].body) }
        for index in site.site.pages.indices { sources.append(site.site.pages[index].body) }
        for index in site.site.briefs.indices { sources.append(site.site.briefs[index].body) }
        let limits = site.settings.limits
        if let cache {
            let (reported, bodies) = cache.markdown(sources, limits: limits, render: renderer.render)
            diagnostics.append(contentsOf: reported)
            return bodies
        }
        let results = parallelMap(sources, renderer.render)
        report(results, diagnostics: &diagnostics)
        var bodies: RenderedBodies = [:]
        bodies.reserveCapacity(sources.count)
        for (file, result) in zip(sources.lazy.map(\.file), results) { bodies[file] = try? result.get() }
        return bodies
    }

    /// Safety findings and failures, in file order.
    private static func report(_ results: [MarkdownRun.Result], diagnostics: inout Diagnostics) {
        for result in results { diagnostics.append(contentsOf: MarkdownRun.found(in: result)) }
    }

    /// Sizes of the cover images the cases use. A cover whose size cannot be read is an
    /// error at its line: the page could not lay it out, nor libvips shrink it.
    private static func coverSizes(_ site: CheckedSite, diagnostics: inout Diagnostics) -> ImageSizes {
        var sizes: ImageSizes = [:]
        let covers = site.cases.compactMap { story in story.story.cover.map { (CoverImages.assetPath($0.value), $0.location) } }
        readSizes(covers, root: site.site.root, into: &sizes, diagnostics: &diagnostics)
        return sizes
    }

    /// The sizes of `images` not yet in `sizes`, each read once; unreadable is an error at its place.
    private static func readSizes(_ images: [(path: String, location: SourceLocation)], root: String, into sizes: inout ImageSizes, diagnostics: inout Diagnostics) {
        let folder = URL(fileURLWithPath: root)
        var failed = Set<String>()
        for (path, location) in images where sizes[path] == nil {
            if !failed.contains(path), let size = ImageSize.read(folder.appendingPathComponent(path)) {
                sizes[path] = size
            } else {
                failed.insert(path)
                diagnostics.error(location, L("office.image.unreadableSize", path))
            }
        }
    }
}
