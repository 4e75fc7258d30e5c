import Synchronization

/// Decides, for the preview server, whether a page can keep the bytes it had in the
/// last build (by its PageKeys key).
struct PageReuse: Sendable {
    let cache: BuildCache
    let keys: PageKeys
    let stored: [String: BuildCache.StoredPage]
    let digests: [String: (made: Int, digest: Int)]

    init(cache: BuildCache, keys: PageKeys) {
        self.cache = cache
        self.keys = keys
        stored = cache.storedPages()
        digests = cache.storedDigests()
    }

    /// The page's bytes and their hash: the last ones when its key is unchanged, else
    /// rendered, with what to store (`drawn`). Pages that draw on the whole site (no
    /// inputs) are always rendered and not stored. A changed Word file that the preview
    /// had before keeps its last bytes for now and comes back as `later`: it is drawn
    /// once the pages are written and shown (the year's summary lists every record, and
    /// drawing the reports' Word files was a quarter of a save).
    func page(for spec: PageSpec, render: ((any TemplateObject)?) -> [UInt8]) -> (bytes: [UInt8], hash: Int?, drawn: BuildCache.StoredPage?, later: LaterFile?) {
        var values: (any TemplateObject)?, shown: Int?
        if spec.inputs?.byContext == true {
            let made = keys.digestMade(for: spec)
            if let known = digests[spec.route], known.made == made {
                shown = known.digest
            } else {
                let forKey = spec.valuesForKey()
                values = forKey?.values
                shown = forKey?.digest
                if let shown { cache.keepDigest(shown, of: spec.route, made: made) }
            }
        }
        guard let key = keys.key(of: spec, shown: shown) else { return (render(values), nil, nil, nil) }
        if let last = stored[spec.route] {
            if last.key == key { return (last.bytes, last.hash, nil, nil) }
            if let file = spec.file { return (last.bytes, last.hash, nil, LaterFile(route: spec.route, key: key, draw: file)) }
        }
        let bytes = render(values)
        let hash = SiteWriter.hash(of: bytes)
        return (bytes, hash, (key, bytes, hash), nil)
    }

    /// The order to look at the pages in: those keyed by what they show first. Their
    /// values are made to be digested, a few of them (the year's summary, the pairs
    /// table) for tens of milliseconds each; in the site's order they came last and
    /// one core finished them while the other waited.
    static func order(_ specs: [PageSpec]) -> [Int] {
        let byContext = specs.indices.filter { specs[$0].inputs?.byContext == true }
        return byContext + specs.indices.filter { specs[$0].inputs?.byContext != true }
    }

    /// A Word file of the preview drawn after its build was reported (BuildCache.drawLater).
    struct LaterFile: Sendable {
        let route: String
        let key: Int
        let draw: @Sendable () -> [UInt8]
    }

    /// The preview's pages, on all cores: each page's file (the last bytes where its key
    /// is unchanged), the Word files to draw after the build is reported, and how many
    /// pages kept their bytes. The pages drawn afresh are stored for the next build.
    static func draw(_ specs: [PageSpec], cache: BuildCache, keys: PageKeys, render: @escaping @Sendable (PageSpec, (any TemplateObject)?) -> [UInt8])
        -> (files: [OutputFile], later: [LaterFile], reused: Int) {
        let looked = look(specs, cache: cache, keys: keys, render: render)
        // Stored once the look-up's copy of the last pages is gone: while it was held,
        // storing into the cache's copied all twelve thousand entries.
        let keyed = specs.indices.filter { specs[$0].inputs != nil }
        let before = cache.pagesReused
        cache.keepPages(drawn: looked.drawn.map { (specs[$0.index].route, $0.page) }, reused: keyed.count - looked.drawn.count, routes: keyed.map { specs[$0].route })
        return (looked.files, looked.later, cache.pagesReused - before - looked.later.count)
    }

    /// Each page's file, with the few pages drawn afresh and the Word files put off, in
    /// the order of `specs`. They are noted aside as they come rather than returned with
    /// every file: splitting twelve thousand results into three lists afterwards, and
    /// freeing them, took 9 ms of each save on one core.
    private static func look(_ specs: [PageSpec], cache: BuildCache, keys: PageKeys, render: @escaping @Sendable (PageSpec, (any TemplateObject)?) -> [UInt8])
        -> (files: [OutputFile], drawn: [(index: Int, page: BuildCache.StoredPage)], later: [LaterFile]) {
        let reuse = PageReuse(cache: cache, keys: keys)
        let aside = Mutex<(drawn: [(index: Int, page: BuildCache.StoredPage)], later: [(index: Int, file: LaterFile)])>(([], []))
        let files: [OutputFile] = parallelMap(Array(specs.indices), order: order(specs)) { index in
            let spec = specs[index]
            let page = reuse.page(for: spec) { render(spec, $0) }
            if page.drawn != nil || page.later != nil {
                aside.withLock { found in
                    if let drawn = page.drawn { found.drawn.append((index, drawn)) }
                    if let later = page.later { found.later.append((index, later)) }
                }
            }
            return OutputFile(path: Routes.file(for: spec.route), contents: .bytes(page.bytes), knownHash: page.hash)
        }
        let found = aside.withLock { $0 }
        return (files, found.drawn.sorted { $0.index < $1.index }, found.later.sorted { $0.index < $1.index }.map(\.file))
    }
}
