import Foundation

/// Decides, for the preview server, whether a page can keep its last bytes: the page
/// names its input files, and everything every page shares (site.json, data/, the
/// templates, the day, the audience, the case tags) goes into one build-wide key.
struct PageReuse: Sendable {
    let cache: BuildCache
    let root: String
    let history: GitHistory
    let shared: Int
    /// Each input file's stamp, once per build: pages share inputs (a member's file is an
    /// input of every record naming them). Content files keep the stamp their load saw;
    /// other inputs (cover images) are read here.
    let stamps: [String: FileStamp]

    init(cache: BuildCache, site: CheckedSite, theme: Theme, asOf: Day, history: GitHistory, specs: [PageSpec]) {
        self.cache = cache
        self.history = history
        root = site.site.root
        let root = root
        let inputs = Array(Set(specs.flatMap { $0.inputs ?? [] }))
        let loaded = cache.loadedStamps(inputs)
        stamps = Dictionary(uniqueKeysWithValues: zip(inputs, loaded).compactMap { path, stamp in (stamp ?? FileStamp(path: root + "/" + path)).map { (path, $0) } })
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

    func bytes(for spec: PageSpec, render: () -> [UInt8]) -> (bytes: [UInt8], hash: Int?) {
        guard let inputs = spec.inputs else { return (render(), nil) }
        var hasher = Hasher()
        hasher.combine(shared)
        hasher.combine(spec.template)
        hasher.combine(spec.title)
        hasher.combine(spec.variant)
        for input in inputs {
            hasher.combine(input)
            hasher.combine(stamps[input])
        }
        if let source = spec.source, let change = history.lastChange(of: source) {
            hasher.combine(change.date)
            hasher.combine(change.author)
        }
        let page = cache.page(spec.route, key: hasher.finalize(), render: render)
        return (page.bytes, page.hash)
    }
}
