import Foundation

/// The build as a straight list of named, timed steps; each step hands its value to the
/// next, and the first step that finds errors ends the run (the load excepted:
/// validation still looks at what loaded, so one run lists every problem).
///
///     load → validate → theme → analyse → render → scan (public) → write (+ index)
///
/// The mode (BuildOptions.mode) decides once what is written and how; the preview's
/// cache (Incremental/) is consulted by the steps that can reuse earlier work.
public enum BuildPipeline {
    public static func run(_ options: BuildOptions, progress: (String) -> Void = { _ in }) -> BuildReport {
        withoutActuallyEscaping(progress) { progress in
            var run = StepRun(progress: progress)
            return steps(options, &run)
        }
    }

    private static func steps(_ options: BuildOptions, _ run: inout StepRun) -> BuildReport {
        guard FileManager.default.fileExists(atPath: options.contentFolder.path) else {
            run.report.diagnostics.error(SourceLocation(file: options.contentFolder.path), L("build.noContentFolder"))
            return run.report
        }
        let side = SideLookups(options)
        defer { options.cache?.finishBuild() }
        guard let loaded = run.step("load", stopsOnErrors: false, { diagnostics -> Loaded? in
            let (site, problems, privateValues) = ContentLoader.loadForAudience(contentFolder: options.contentFolder, audience: options.audience,
                                                                                cache: options.cache, changed: options.contentChanges)
            diagnostics.append(contentsOf: problems)
            return Loaded(site: site, privateValues: privateValues)
        }) else { return run.report }
        let site = loaded.site
        // The theme needs only what loaded: read and checked while the site is validated
        // (each a few milliseconds of a preview save, one after the other before).
        let themeFolder = options.themeFolder, overrides = site.templateOverrides, freePages = site.pages
        let themeLoad = Background { () -> (Theme?, Diagnostics) in
            var found = Diagnostics()
            return (Theme.load(folder: themeFolder, overrides: overrides, pages: freePages, diagnostics: &found), found)
        }
        guard let checked = run.step("validate", { diagnostics -> CheckedSite? in
            let result = Validator.check(site, known: options.cache?.knownChecks())
            options.cache?.keepChecks(result.kept)
            diagnostics.append(contentsOf: result.diagnostics)
            return result.checked
        }) else { return run.report }
        guard let theme = run.step("theme", { diagnostics -> Theme? in
            let (theme, found) = themeLoad.value
            diagnostics.append(contentsOf: found)
            return theme
        }) else { return run.report }
        let asOf = site.settings.asOf ?? options.today
        // Only the internal audience has records to analyse (the public one never loads them).
        let analysis = run.step("analyse") { _ in
            options.audience == .internal ? PendingAnalysis(checked, asOf: asOf, cache: options.cache, full: options.writes) : nil
        } ?? nil
        var writer = WriteStep(options)
        guard writer.prepare(&run.report.diagnostics) else { return run.report }
        defer { writer.close() }
        guard let output = run.step("render", { diagnostics -> SiteRenderer.Output? in
            SiteRenderer.render(checked, theme: theme, asOf: asOf, history: side.history, analysis: analysis, pages: options.writes || options.audience == .public,
                                cache: options.cache, folder: writer.folder, diagnostics: &diagnostics)
        }) else { return run.report }
        let leakSources = LeakScan.Sources(byOutput: output.sources, all: site.cases.map(\.file) + site.rules.map(\.file) + site.pages.map(\.file) + site.briefs.map(\.file), root: URL(fileURLWithPath: site.root))
        if options.audience == .public {
            guard run.step("scan", { diagnostics -> Bool? in
                LeakScan.scan(output.files, privateValues: loaded.privateValues, sources: leakSources, diagnostics: &diagnostics)
                return true
            }) != nil else { return run.report }
        }
        run.report.pageCount = output.pageCount
        run.report.pagesReused = output.pagesReused
        run.report.stages += output.timings.map { ("  " + $0.name, $0.seconds) }
        run.report.fileCount = output.files.count + output.staged
        guard let indexer = side.indexer(&run.report.diagnostics) else { return run.report }
        if options.exitsAfterBuild { BuildResults.keepUntilExit([site, checked, output] + [analysis].compactMap { $0 }) }
        guard options.writes else { return run.report }
        var restore: (@Sendable () -> Void)?
        _ = run.step("write") { diagnostics -> Bool? in
            restore = writer.write(output, index: indexer, privateValues: loaded.privateValues, leakSources: leakSources, diagnostics: &diagnostics)
            return true
        }
        run.report.wrote = run.report.succeeded
        if options.cache != nil && !options.exitsAfterBuild {
            run.report.afterReport = BuildResults.release([consume site, consume checked, consume output], after: restore)
        }
        return run.report
    }
}

/// The load's value: the site, and what the public build's leak scan must not find.
private struct Loaded {
    var site: Site
    var privateValues: PrivateValues
}

/// What the build looks up beside the load, on other threads: the content's git history
/// (the pages' "last changed" lines) and, when a search index is wanted, Pagefind
/// (finding it starts Python: 0.4 s when it is not installed).
private struct SideLookups {
    let history: Background<GitHistory>
    let search: SearchIndexer.Mode
    let searchLookup: Background<SearchIndexer?>?

    init(_ options: BuildOptions) {
        let contentFolder = options.contentFolder, searchCommands = options.searchCommands, cache = options.cache
        // The preview reads only the commits made since its last build.
        history = Background { cache?.history(contentFolder: contentFolder) ?? GitHistory.load(contentFolder: contentFolder) }
        search = options.writes ? options.search : .off
        searchLookup = search == .off ? nil : Background { searchCommands.map(SearchIndexer.locate(among:)) ?? SearchIndexer.locate() }
    }

    /// The indexer (`.some(nil)`: no index to make), or nil when a required one is missing.
    func indexer(_ diagnostics: inout Diagnostics) -> SearchIndexer?? {
        guard let searchLookup else { return .some(nil) }
        if let found = searchLookup.value { return .some(found) }
        let missing = SourceLocation(file: "(search)")
        if search == .require {
            diagnostics.error(missing, "\(SearchError.missing)")
            return nil
        }
        diagnostics.warning(missing, L("search.notBuilt", "\(SearchError.missing)"))
        return .some(nil)
    }
}
