import Foundation

/// What a build reads and where it writes.
public struct BuildOptions: Sendable {
    public var contentFolder: URL
    public var themeFolder: URL
    public var outputFolder: URL
    /// `false` for `tongxin check`: everything runs except writing.
    public var write: Bool
    /// The day dashboards are computed for when site.json sets no `as_of`.
    public var today: Day
    public var audience: Audience
    /// The command line indexes by default; the library leaves it to the caller.
    public var search: SearchIndexer.Mode = .off
    /// Commands to try for Pagefind; nil for the usual places (see SearchIndexer).
    public var searchCommands: [[String]]? = nil
    /// Kept between builds by long-running callers (the preview server).
    public var cache: BuildCache? = nil
    /// With `cache`: the content files (relative paths) a file watcher reported changed
    /// since the previous build with that cache; nil when not known. The load then reads
    /// the stamps of these files only (see BuildCache.beginLoad for when it is trusted).
    public var contentChanges: Set<String>? = nil
    /// Update the output folder file by file instead of swapping in a new one: for the
    /// preview server's private folder only (needs `cache`).
    public var updateInPlace = false
    /// For a command that exits right after the build: the site, the checked site and
    /// the pages are kept instead of freed one object at a time (0.5 s for a
    /// province-wide roster); the process's exit returns the memory at once.
    public var keepResultsUntilExit = false
    /// For `tongxin build`: pages whose inputs are the same as in the last build into
    /// `outputFolder` are hard-linked from it instead of drawn and written again, and
    /// the build leaves its own list for the next (OutputManifest). Internal builds that
    /// swap in a new folder only: a public build reads every page for its leak and link
    /// checks, and the preview has `cache`. Without it, a build removes the list.
    public var reuseLastBuild = false

    public init(contentFolder: URL, themeFolder: URL, outputFolder: URL, write: Bool = true, today: Day = .today(), audience: Audience = .internal) {
        self.contentFolder = contentFolder
        self.themeFolder = themeFolder
        self.outputFolder = outputFolder
        self.write = write
        self.today = today
        self.audience = audience
    }
}

public struct BuildReport: Sendable {
    public var diagnostics = Diagnostics()
    /// Each stage with its duration in seconds, in the order they ran.
    public var stages: [(name: String, seconds: Double)] = []
    public var pageCount = 0
    /// Pages linked from the last build (BuildOptions.reuseLastBuild) or kept by the preview.
    public var pagesReused = 0
    public var fileCount = 0
    public var wrote = false
    /// For a caller with a cache (the preview): work to run once the build has been
    /// reported, before the next one: the check for output files deleted behind its
    /// back, and freeing the last site and pages (hundreds of thousands of objects).
    /// Run right away on another thread, they would compete with the end of the build
    /// for the cores; on the build queue they delay only a build already waiting. If it
    /// is never run, dropping the report frees them.
    public var afterReport: (@Sendable () -> Void)?

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The build as a straight list of named, timed stages; each stage hands values to the
/// next and the first stage with errors ends the run.
public enum BuildPipeline {
    public static func run(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> BuildReport {
        var report = BuildReport()
        func stage<T>(_ name: String, _ body: (inout Diagnostics) -> T?) -> T? {
            progress(name)
            let start = DispatchTime.now()
            let value = body(&report.diagnostics)
            report.stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9))
            return report.diagnostics.hasErrors ? nil : value
        }

        guard FileManager.default.fileExists(atPath: options.contentFolder.path) else {
            report.diagnostics.error(SourceLocation(file: options.contentFolder.path), L("build.noContentFolder"))
            return report
        }
        let contentFolder = options.contentFolder
        let gitHistory = Background { GitHistory.load(contentFolder: contentFolder) }
        // Finding Pagefind starts Python (0.4 s when it is not installed): look while the
        // content loads.
        let searchCommands = options.searchCommands
        let searchLookup = options.search == .off ? nil : Background { searchCommands.map(SearchIndexer.locate(among:)) ?? SearchIndexer.locate() }
        // Validation runs even when some files failed to load, so that one run lists
        // every problem.
        progress("load")
        let loadStart = DispatchTime.now()
        let (site, loadProblems, privateValues) = ContentLoader.loadForAudience(contentFolder: options.contentFolder, audience: options.audience, cache: options.cache, changed: options.contentChanges)
        defer { options.cache?.finishBuild() }
        report.diagnostics.append(contentsOf: loadProblems)
        report.stages.append(("load", Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9))
        guard let checked = stage("validate", { diagnostics in
            let result = Validator.check(site, known: options.cache?.knownChecks())
            options.cache?.keepChecks(result.kept)
            diagnostics.append(contentsOf: result.diagnostics)
            return result.checked
        }) else { return report }
        guard let theme = stage("theme", { Theme.load(folder: options.themeFolder, overrides: site.templateOverrides, diagnostics: &$0) }) else { return report }
        let asOf = site.settings.asOf ?? options.today
        let history = gitHistory.value
        let makePages = options.write || options.audience == .public
        // An internal build writes each page into a staging folder as soon as it is drawn;
        // the folder's lock is held from then on (and so from choosing the live files to
        // link) until the new folder is in place. The public build keeps its pages for
        // the leak and link checks, the preview for its in-place update.
        var folder: SiteRenderer.FolderBuild?
        defer { folder?.staged.close() }
        if options.write && options.cache == nil && options.audience == .internal {
            do {
                let staged = try SiteWriter(target: options.outputFolder, audience: options.audience).stage()
                folder = SiteRenderer.FolderBuild(staged: staged, lastBuild: options.reuseLastBuild ? OutputManifest.read(of: options.outputFolder) : nil)
            } catch {
                report.diagnostics.error(SourceLocation(file: options.outputFolder.path), "\(error)")
                return report
            }
        }
        guard let output = stage("render", { SiteRenderer.render(checked, theme: theme, asOf: asOf, history: history, pages: makePages, cache: options.cache, folder: folder, diagnostics: &$0) }) else { return report }
        let leakSources = LeakScan.Sources(byOutput: output.sources, all: site.cases.map(\.file) + site.rules.map(\.file) + site.pages.map(\.file) + site.briefs.map(\.file), root: URL(fileURLWithPath: site.root))
        if options.audience == .public {
            guard stage("scan", { diagnostics -> Bool? in
                LeakScan.scan(output.files, privateValues: privateValues, sources: leakSources, diagnostics: &diagnostics)
                return true
            }) != nil else { return report }
        }
        report.pageCount = output.pageCount
        report.pagesReused = output.pagesReused
        report.stages += output.timings.map { ("  " + $0.name, $0.seconds) }
        report.fileCount = output.files.count + output.staged
        let indexer = searchLookup?.value ?? nil
        if indexer == nil && options.search != .off {
            let missing = SourceLocation(file: "(search)")
            if options.search == .require {
                report.diagnostics.error(missing, "\(SearchError.missing)")
                return report
            }
            report.diagnostics.warning(missing, L("search.notBuilt", "\(SearchError.missing)"))
        }
        if options.keepResultsUntilExit { BuildResults.keepUntilExit([site, checked, output]) }
        guard options.write else { return report }
        // Set by an in-place update: its check for files deleted from the folder.
        var restore: (@Sendable () -> Void)?
        _ = stage("write") { diagnostics -> Bool? in
            do {
                if options.updateInPlace, let cache = options.cache {
                    let writer = SiteWriter(target: options.outputFolder, audience: options.audience), files = output.files
                    var updated = false
                    let write = try cache.output.write { previous in
                        // The first build swaps in a whole folder, so nothing stale
                        // survives from an earlier run; later ones update it file by file.
                        guard let previous else {
                            try writer.write(files)
                            return SiteWriter.written(files)
                        }
                        updated = true
                        return try writer.update(files, previous: previous)
                    }
                    if updated { restore = { cache.output.restore(after: write) { _ = try writer.restoreMissing(files) } } }
                    return true
                }
                let index = { (staging: URL) throws in
                    if let indexer {
                        try indexer.index(staging)
                        if options.audience == .public {
                            try LeakScan.scanIndex(staging, privateValues: privateValues, sources: leakSources)
                        }
                    }
                    // A last build's page list describes the folder being replaced: gone
                    // right before the swap (a public build never keeps one).
                    OutputManifest.remove(of: options.outputFolder)
                }
                guard let folder else {
                    try SiteWriter(target: options.outputFolder, audience: options.audience).write(output.files, beforeSwap: index)
                    return true
                }
                try folder.staged.finish(output.files, beforeSwap: index)
                if folder.lastBuild != nil { keepManifest(output.keptPages, of: options.outputFolder, diagnostics: &diagnostics) }
                return true
            } catch let problems as LeakScan.Found {
                diagnostics.append(contentsOf: problems.diagnostics)
                return nil
            } catch {
                diagnostics.error(SourceLocation(file: options.outputFolder.path), "\(error)")
                return nil
            }
        }
        report.wrote = report.succeeded
        if options.cache != nil && !options.keepResultsUntilExit {
            report.afterReport = BuildResults.release([consume site, consume checked, consume output], after: restore)
        }
        return report
    }
}

extension BuildPipeline {
    /// The manifest is a cache: without it the next build draws every page, so failing
    /// to write it is worth a warning, not a failed build.
    private static func keepManifest(_ pages: [OutputManifest.Page], of folder: URL, diagnostics: inout Diagnostics) {
        do { try OutputManifest.write(pages, in: folder) } catch {
            diagnostics.warning(SourceLocation(file: OutputManifest.location(of: folder).path), L("build.manifestNotKept", "\(error)"))
        }
    }
}

extension Day {
    /// Today in the machine's time zone (the office's own).
    public static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
