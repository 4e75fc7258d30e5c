/// The Markdown of one build, kept by the preview (BuildCache.markdown): each source's
/// version (MarkdownSource.version: a hash of its file) and file in order, what
/// rendering gave, the bodies by file, and the limits they were rendered under.
struct MarkdownRun {
    typealias Result = Swift.Result<RenderedMarkdown, Diagnostic>

    var limits: Limits
    var versions: [Int]
    var files: [String]
    var results: [Result]
    var bodies: RenderedBodies
    /// The places of the results that failed or have findings, ascending: what a build
    /// reports (looking at every one of 12,000 results copied each at every save).
    var flagged: [Int]

    /// Every source rendered, on all cores; a source of the same version as one in
    /// `last` (rendered under the same limits) keeps that rendering.
    init(_ sources: [MarkdownSource], last: MarkdownRun?, limits: Limits, render: @escaping @Sendable (MarkdownSource) -> Result) {
        var byVersion: [Int: RenderedMarkdown] = [:]
        if let last, last.limits == limits {
            for (version, result) in zip(last.versions, last.results) { byVersion[version] = try? result.get() }
        }
        let known = sources.map { byVersion[$0.version] }
        let missing = sources.indices.filter { known[$0] == nil }
        let fresh = parallelMap(missing) { render(sources[$0]) }
        var results = known.map { $0.map { Result.success($0) } }
        for (index, result) in zip(missing, fresh) { results[index] = result }
        let done = results.map { $0! }
        var bodies: RenderedBodies = [:]
        bodies.reserveCapacity(sources.count)
        for (source, result) in zip(sources, done) { bodies[source.file] = try? result.get() }
        self.limits = limits
        versions = sources.map(\.version)
        files = sources.map(\.file)
        self.results = done
        self.bodies = bodies
        flagged = done.indices.filter { Self.isFlagged(done[$0]) }
    }

    /// The failures and findings, in file order.
    var reported: [Diagnostic] {
        flagged.flatMap { Self.found(in: results[$0]) }
    }

    /// What a build reports of one rendering: its safety findings, or its failure.
    static func found(in result: Result) -> [Diagnostic] {
        switch result {
        case .success(let rendered): rendered.findings
        case .failure(let diagnostic): [diagnostic]
        }
    }

    private static func isFlagged(_ result: Result) -> Bool {
        !found(in: result).isEmpty
    }

    /// The same files in the same order under the same limits (a saved file).
    func covers(_ sources: [MarkdownSource], limits: Limits) -> Bool {
        self.limits == limits && files.count == sources.count && zip(files, sources).allSatisfy { $0 == $1.file }
    }

    /// Renders again the sources changed since, and those that failed (the time budget may
    /// have run out on a busy machine): rebuilding the bodies of every file after each
    /// save was a third of the preview's Markdown stage.
    mutating func renderChanged(_ sources: [MarkdownSource], render: @Sendable (MarkdownSource) -> Result) {
        let stale = sources.indices.filter { index in
            if case .failure = results[index] { return true }
            return versions[index] != sources[index].version
        }
        guard !stale.isEmpty else { return }
        let fresh = parallelMap(stale) { render(sources[$0]) }
        var flags = Set(flagged)
        for (index, result) in zip(stale, fresh) {
            versions[index] = sources[index].version
            results[index] = result
            bodies[sources[index].file] = try? result.get()
            if Self.isFlagged(result) { flags.insert(index) } else { flags.remove(index) }
        }
        flagged = flags.sorted()
    }
}
