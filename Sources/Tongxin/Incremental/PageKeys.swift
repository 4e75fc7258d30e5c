import Foundation

/// Each page's reuse key: the page names its input files (PageSpec.inputs), and
/// everything every page shares (site.json, data/, the templates, the day, the audience,
/// the case tags, the generator itself) goes into one build-wide part. Stable across
/// processes (StableHasher), so the last build's keys can be kept on disk
/// (OutputManifest) as well as by the preview.
struct PageKeys: Sendable {
    let shared: Int
    /// The stamp of each file a page names besides content files (cover images), once
    /// per build.
    let stamps: [String: FileStamp]
    let history: GitHistory

    init(site: CheckedSite, theme: Theme, asOf: Day, history: GitHistory, specs: [PageSpec]) {
        self.history = history
        let root = site.site.root
        let files = Set(specs.flatMap { $0.inputs?.files ?? [] })
        stamps = Dictionary(uniqueKeysWithValues: files.compactMap { path in FileStamp(path: root + "/" + path).map { (path, $0) } })
        var hasher = StableHasher()
        hasher.combine(Self.generator)
        hasher.combine(theme.fingerprint)
        hasher.combine(asOf)
        hasher.combine(site.site.audience.rawValue)
        hasher.combine(history.availability == .available)
        for file in ContentFiles.dataFiles { hasher.combine(FileStamp(path: root + "/" + file)) }
        // Every case page lists the tags (not how often each is used).
        for tag in Set(site.cases.flatMap(\.story.tags)).sorted() { hasher.combine(tag) }
        shared = hasher.finalize()
    }

    /// nil for pages that draw on the whole site (no inputs): always drawn. `shown`: the
    /// digest of the values of a page keyed by them (PageSpec.valuesForKey, ContextDigest);
    /// such a page's `versions` say only when its digest must be made again
    /// (`digestMade`), so they are not part of its key.
    func key(of spec: PageSpec, shown: Int? = nil) -> Int? {
        guard let inputs = spec.inputs else { return nil }
        if inputs.byContext && shown == nil { return nil }
        var hasher = StableHasher(seed: UInt64(truncatingIfNeeded: shared))
        hasher.combine(spec.template)
        hasher.combine(spec.title)
        hasher.combine(spec.variant)
        if !inputs.byContext { hasher.combine(inputs.versions) }
        if let shown {
            hasher.combine(shown)
            // The layout shows these besides the values (names in the breadcrumbs).
            hasher.combine(spec.section)
            for crumb in spec.breadcrumbs {
                hasher.combine(crumb.title)
                hasher.combine(crumb.route)
            }
        }
        for file in inputs.files {
            hasher.combine(file)
            hasher.combine(stamps[file])
        }
        if let source = spec.source, let change = history.lastChange(of: source) {
            hasher.combine(change.date)
            hasher.combine(change.author)
        }
        return hasher.finalize()
    }

    /// What the digest of a page keyed by its values was made from: while it is the same,
    /// the digest stands (BuildCache.storedDigests).
    func digestMade(for spec: PageSpec) -> Int {
        var hasher = StableHasher(seed: UInt64(truncatingIfNeeded: shared))
        hasher.combine(spec.inputs?.versions ?? 0)
        return hasher.finalize()
    }

    /// The size, time and inode of the running program, the cmark-gfm libraries it
    /// renders with and the stroke table it sorts names by: a page drawn by another
    /// version of any of them is drawn again. Where one cannot be found, a number of
    /// this process alone, so that no page is taken from another run.
    static let generator: Int = {
        var hasher = StableHasher()
        for path in ["/proc/self/exe", StrokeOrder.dataPath] + MarkdownRenderer.libraryPaths {
            var info = stat()
            guard let path, stat(path, &info) == 0 else { return Int.random(in: .min ... .max) }
            hasher.combine(Int(info.st_size))
            hasher.combine(Int(info.st_mtim.tv_sec))
            hasher.combine(Int(info.st_mtim.tv_nsec))
            hasher.combine(Int(truncatingIfNeeded: info.st_ino))
        }
        return hasher.finalize()
    }()
}
