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

    /// Stores the pages a build drew and drops those it no longer has.
    func keep(_ specs: [PageSpec], drawn: [BuildCache.StoredPage?]) {
        // By index: copying ten thousand specs (closures and strings) cost more than the rest.
        let keyed = specs.indices.filter { specs[$0].inputs != nil }
        let fresh = keyed.compactMap { index in drawn[index].map { (specs[index].route, $0) } }
        cache.keepPages(drawn: fresh, reused: keyed.count - fresh.count, routes: keyed.map { specs[$0].route })
    }
}
