/// The analysis of a checked site (ContactWork) and its version, worked out on a core of
/// its own from the moment the site is checked: it is one long pass on one core, and the
/// render step lists the pages that do not show it meanwhile, waiting only when it needs
/// it (the render's "analysis" lap is that wait).
struct PendingAnalysis: Sendable {
    private let result: Background<Analysed>

    struct Analysed: Sendable {
        var work: ContactWork
        /// A stable hash of what the analysis reads from members and records (the rest
        /// is site.json and data/, in every page's key): the version of the pages that
        /// show it (RenderContext.analysisInputs). The preview keeps the last analysis
        /// while only records' texts changed.
        var version: Int
    }

    /// `full`: with the comparison of periods and past years the pages show; `check`
    /// needs only what can find a problem.
    init(_ site: CheckedSite, asOf: Day, cache: BuildCache?, full: Bool) {
        result = Background {
            let version = Self.version(of: site, asOf: asOf)
            let make = { full ? ContactWork(site, asOf: asOf, sideBySide: true, pastYears: true) : ContactWork(site, asOf: asOf) }
            guard let cache, full else { return Analysed(work: make(), version: version) }
            return Analysed(work: cache.analysis(key: version, make: make), version: version)
        }
    }

    var value: Analysed { result.value }

    private static func version(of site: CheckedSite, asOf: Day) -> Int {
        var hasher = StableHasher()
        hasher.combine(asOf)
        hasher.combine(site.records.count)
        for index in site.records.indices { hasher.combine(site.records[index].record.fieldsDigest) }
        hasher.combine(site.members.count)
        for member in site.members { hasher.combine(member.member.body.version) }
        return hasher.finalize()
    }
}
