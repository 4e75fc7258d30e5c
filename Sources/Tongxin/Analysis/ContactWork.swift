/// Everything the dashboards show for the year of `as_of`, computed once per build.
/// Reports for other periods call the same pure functions with their own period.
public struct ContactWork: Sendable {
    public let asOf: Day
    public let year: Period
    public let table: AssignmentTable
    public let log: ContactLog
    public let coverage: CoverageReport
    public let frequency: FrequencyReport
    public let outside: OutsideContacts
    public let triggers: TriggerReport
    public let suggestions: SuggestionRegister
    public let breakdowns: [Breakdown.Dimension: Breakdown]
    public let units: UnitActivity

    public init(_ site: CheckedSite, asOf: Day) {
        self.asOf = asOf
        year = Period(year: asOf.year)
        table = AssignmentTable(site)
        log = ContactLog(site, asOf: asOf)
        // One after another: run side by side they saved a few milliseconds at 10,000
        // pages but raised the province-wide roster's peak memory by 50–70 MB, close to
        // its 2 GB budget.
        coverage = CoverageReport(site, table: table)
        frequency = FrequencyReport(table: table, log: log, year: asOf.year, minimum: site.settings.policy.minContactsPerYear)
        outside = OutsideContacts(table: table, log: log, period: year)
        triggers = TriggerReport(site, log: log, period: year)
        suggestions = SuggestionRegister(site, log: log, period: year)
        breakdowns = Breakdown.all(site: site, log: log, period: year)
        units = UnitActivity(site, table: table, log: log, year: year)
    }

    /// Share of members who must be covered that have a contactor, 0…1 (1 when nobody must be).
    public var coverageRate: Double {
        coverage.mustCover.isEmpty ? 1 : Double(coverage.covered) / Double(coverage.mustCover.count)
    }

    /// Share of assigned pairs that met the minimum this year, 0…1.
    public var frequencyRate: Double {
        frequency.pairs.isEmpty ? 1 : Double(frequency.done) / Double(frequency.pairs.count)
    }

    /// Periods that have records up to `as_of`, newest first: what reports are made for.
    public func reportPeriods() -> [Period] {
        let years = Set(log.contacts.map(\.date.year)).union([asOf.year])
        return years.sorted(by: >).flatMap { year -> [Period] in
            let halves = year < asOf.year || asOf.month >= 7 ? [2, 1] : [1]
            return [Period(year: year)] + halves.map { Period(year: year, half: $0) }
        }
    }
}
