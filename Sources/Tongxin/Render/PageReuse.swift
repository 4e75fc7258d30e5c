import Foundation

/// Decides, for the preview server, whether a page can keep its last bytes: the page
/// names its input files, and everything every page shares (site.json, data/, the
/// templates, the day, the audience, the case tags) goes into one build-wide key.
struct PageReuse: Sendable {
    let cache: BuildCache
    let root: String
    let history: GitHistory
    let shared: Int
    /// The stamp of each file a page names besides content files (cover images), once
    /// per build.
    let stamps: [String: FileStamp]

    init(cache: BuildCache, site: CheckedSite, theme: Theme, asOf: Day, history: GitHistory, specs: [PageSpec]) {
        self.cache = cache
        self.history = history
        root = site.site.root
        let root = root
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

    func bytes(for spec: PageSpec, render: () -> [UInt8]) -> (bytes: [UInt8], hash: Int?) {
        guard let inputs = spec.inputs else { return (render(), nil) }
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
        let page = cache.page(spec.route, key: hasher.finalize(), render: render)
        return (page.bytes, page.hash)
    }
}
