import Foundation

/// How the mode's files reach the output folder: one of three ways, decided here once.
/// - An internal `build` stages a new folder before rendering (pages are written into it
///   as they are drawn, its lock held from choosing the live files to link until the
///   swap) and swaps it in.
/// - A public `build`, and a preview with search, keep their pages in memory (the public
///   build's leak and link checks read them) and write them into a new folder, swapped in.
/// - The preview without search updates its own folder file by file.
/// A search index is made in the staged folder before the swap.
struct WriteStep {
    let options: BuildOptions
    /// The staged folder of an internal build, once prepared.
    private(set) var folder: SiteRenderer.FolderBuild?

    init(_ options: BuildOptions) { self.options = options }

    private var stagesBeforeRendering: Bool {
        guard case .build = options.mode else { return false }
        return options.audience == .internal
    }

    private var reusesLastBuild: Bool {
        guard case .build(let reuse) = options.mode else { return false }
        return reuse && options.audience == .internal
    }

    private var updatesInPlace: Bool {
        guard case .preview = options.mode else { return false }
        return options.search == .off
    }

    /// Stages the new folder when this mode renders into one; false (with the error) when
    /// it cannot be made.
    mutating func prepare(_ diagnostics: inout Diagnostics) -> Bool {
        guard stagesBeforeRendering else { return true }
        do {
            let staged = try SiteWriter(target: options.outputFolder, audience: options.audience).stage()
            folder = SiteRenderer.FolderBuild(staged: staged, lastBuild: reusesLastBuild ? OutputManifest.read(of: options.outputFolder) : nil)
            return true
        } catch {
            diagnostics.error(SourceLocation(file: options.outputFolder.path), "\(error)")
            return false
        }
    }

    /// Removes a staged folder that was never swapped in (a build that failed after it).
    func close() { folder?.staged.close() }

    /// Writes the site; returns, for an in-place update, its check for files deleted from
    /// the folder meanwhile (run by the preview after reporting the build).
    func write(_ output: SiteRenderer.Output, index indexer: SearchIndexer?, privateValues: PrivateValues, leakSources: LeakScan.Sources, diagnostics: inout Diagnostics) -> (@Sendable () -> Void)? {
        do {
            if updatesInPlace, let cache = options.cache { return try updateInPlace(output.files, later: output.later, cache: cache) }
            let outputFolder = options.outputFolder, audience = options.audience
            let beforeSwap = { (staging: URL) throws in
                if let indexer {
                    try indexer.index(staging)
                    if audience == .public { try LeakScan.scanIndex(staging, privateValues: privateValues, sources: leakSources) }
                }
                // A last build's page list describes the folder being replaced: gone right
                // before the swap (a public build never keeps one).
                OutputManifest.remove(of: outputFolder)
            }
            guard let folder else {
                try SiteWriter(target: outputFolder, audience: audience).write(output.files, beforeSwap: beforeSwap)
                return nil
            }
            try folder.staged.finish(output.files, beforeSwap: beforeSwap)
            if folder.lastBuild != nil { keepManifest(output.keptPages, diagnostics: &diagnostics) }
        } catch let problems as LeakScan.Found {
            diagnostics.append(contentsOf: problems.diagnostics)
        } catch {
            diagnostics.error(SourceLocation(file: options.outputFolder.path), "\(error)")
        }
        return nil
    }

    /// The first build swaps in a whole folder, so nothing stale survives from an earlier
    /// run; later ones update it file by file. After the build is reported: files deleted
    /// from the folder meanwhile are put back, and the changed Word files are drawn and
    /// written (`later`, listed with their last bytes until then).
    private func updateInPlace(_ files: [OutputFile], later: [PageReuse.LaterFile], cache: BuildCache) throws -> (@Sendable () -> Void)? {
        let writer = SiteWriter(target: options.outputFolder, audience: options.audience)
        var updated = false
        let write = try cache.output.write { previous in
            guard let previous else {
                try writer.write(files)
                return SiteWriter.written(files)
            }
            updated = true
            return try writer.update(files, previous: previous)
        }
        // Before the build is reported: no download gets a Word file's last bytes.
        cache.expectLater(later)
        guard updated || !later.isEmpty else { return nil }
        let restores = updated
        return { @Sendable in
            if restores { cache.output.restore(after: write) { _ = try writer.restoreMissing(files) } }
            cache.drawLater(later) { drawn in _ = try cache.output.write { try writer.replace(drawn, in: $0 ?? SiteWriter.written(files)) } }
        }
    }

    /// The manifest is a cache: without it the next build draws every page, so failing
    /// to write it is worth a warning, not a failed build.
    private func keepManifest(_ pages: [OutputManifest.Page], diagnostics: inout Diagnostics) {
        do { try OutputManifest.write(pages, in: options.outputFolder) } catch {
            diagnostics.warning(SourceLocation(file: OutputManifest.location(of: options.outputFolder).path), L("build.manifestNotKept", "\(error)"))
        }
    }
}
