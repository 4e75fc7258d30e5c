/// The headline figures of one year, and how they moved against another year: what the
/// home page sets beside last year's.
public struct Headline: Sendable {
    public let coverage: Double
    public let contacted: Double
    public let compliance: Double
    public let behind: Int
    public let quiet: Int
    public let pendingSuggestions: Int
    public let overdueTriggers: Int
    public let contacts: Int

    public init(_ work: ContactWork) {
        coverage = work.coverageRate
        contacted = work.contactedRate
        compliance = work.frequencyRate
        behind = work.frequency.behind.count
        quiet = work.due.quiet.count
        pendingSuggestions = work.suggestions.pending.count
        overdueTriggers = work.triggers.overdue.count
        contacts = work.log.contacts(in: work.year).count
    }

    /// A share's change in whole percentage points (rounded the way the figures are shown).
    public static func points(_ now: Double, _ before: Double) -> Int {
        Int((now * 100).rounded()) - Int((before * 100).rounded())
    }
}
