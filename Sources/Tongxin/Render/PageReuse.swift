import Foundation

/// Decides, for the preview server, whether a page can keep its last bytes: the page
/// names its input files, and everything every page shares (site.json, data/, the
/// templates, the day, the audience, the case tags) goes into one build-wide key.
struct PageReuse: Sendable {
    let cache: BuildCache
    let history: GitHistory
    let shared: Int
    /// The stamp of each file a page names besides content files (cover images), once
    /// per build.
    let stamps: [String: FileStamp]
    let stored: [String: BuildCache.StoredPage]

    init(cache: BuildCache, site: CheckedSite, theme: Theme, asOf: Day, history: GitHistory, specs: [PageSpec]) {
        self.cache = cache
        self.history = history
        stored = cache.storedPages()
        let root = site.site.root
        let files = Set(specs.flatMap { $0.inputs?.files ?? [] })
        stamps = Dictionary(uniqueKeysWithValues: files.compactMap { path in FileStamp(path: root + "/" + path).map { (path, $0) } })
        var hasher = Hasher()
        hasher.combine(theme.fingerprint)
        hasher.combine(asOf)
        hasher.combine(site.site.audience.rawValue)
        hasher.combine(history.availability == .available)
        for file in ContentFiles.dataFiles { hasher.combine(FileStamp(path: root + "/" + file)) }
        // Every case page lists the tags (not how often each is used).
        hasher.combine(Set(site.cases.flatMap(\.story.tags)).sorted())
        shared = hasher.finalize()
    }

    /// The page's bytes and their hash: the last ones when its key is unchanged, else
    /// rendered, with what to store (`drawn`). Pages that draw on the whole site (no
    /// inputs) are always rendered and not stored.
    func page(for spec: PageSpec, render: () -> [UInt8]) -> (bytes: [UInt8], hash: Int?, drawn: BuildCache.StoredPage?) {
        guard let key = key(of: spec) else { return (render(), nil, nil) }
        if let last = stored[spec.route], last.key == key { return (last.bytes, last.hash, nil) }
        let bytes = render()
        let hash = SiteWriter.hash(of: bytes)
        return (bytes, hash, (key, bytes, hash))
    }

    /// Stores the pages a build drew and drops those it no longer has.
    func keep(_ specs: [PageSpec], drawn: [BuildCache.StoredPage?]) {
        // By index: copying ten thousand specs (closures and strings) cost more than the rest.
        let keyed = specs.indices.filter { specs[$0].inputs != nil }
        let fresh = keyed.compactMap { index in drawn[index].map { (specs[index].route, $0) } }
        cache.keepPages(drawn: fresh, reused: keyed.count - fresh.count, routes: keyed.map { specs[$0].route })
    }

    private func key(of spec: PageSpec) -> Int? {
        guard let inputs = spec.inputs else { return nil }
        var hasher = Hasher()
        hasher.combine(shared)
        hasher.combine(spec.template)
        hasher.combine(spec.title)
        hasher.combine(spec.variant)
        hasher.combine(inputs.versions)
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
}
