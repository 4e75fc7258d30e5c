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
    public let due: DueContacts
    /// Each earlier year with contacts, as it stood on its 31 December (empty unless
    /// asked for: only a site with records of several years pays for them).
    public let pastYears: [Int: ContactWork]

    /// `sideBySide`: half the reports on another thread. The preview's rebuild after a
    /// save waits for the analysis; a `check` of a province-wide roster does not make
    /// pages and runs them one after another, which keeps its peak memory 50–70 MB
    /// lower (close to its 2 GB budget).
    /// `pastYears`: also the analysis of every earlier year with contacts, for the
    /// per-year pages and the year-over-year figures.
    public init(_ site: CheckedSite, asOf: Day, sideBySide: Bool = false, pastYears: Bool = false) {
        self.asOf = asOf
        let year = Period(year: asOf.year)
        self.year = year
        let table = AssignmentTable(site, year: asOf.year), log = ContactLog(site, asOf: asOf)
        self.table = table
        self.log = log
        // The register of suggestions (a sort of every suggestion of the year) on the
        // other side too: with it, this side (also the frequency, outside contacts and
        // units) measured 25–31 ms of thread CPU per preview save, the longest part of
        // the analysis the save waits for.
        let split: @Sendable () -> ([Breakdown.Dimension: Breakdown], CoverageReport, TriggerReport, SuggestionRegister) = {
            (Breakdown.all(site: site, log: log, period: year), CoverageReport(site, table: table, asOf: asOf), TriggerReport(site, log: log, period: year),
             SuggestionRegister(site, log: log, period: year))
        }
        let other = sideBySide ? Background(split) : nil
        frequency = FrequencyReport(table: table, log: log, year: asOf.year, minimum: site.settings.policy.minContactsPerYear)
        outside = OutsideContacts(table: table, log: log, period: year)
        units = UnitActivity(site, table: table, log: log, year: year)
        (breakdowns, coverage, triggers, suggestions) = other?.value ?? split()
        due = DueContacts(frequency: frequency, coverage: coverage, log: log, year: year, limit: site.settings.policy.recentContactDays)
        let earlier = pastYears ? Set(log.contacts.lazy.map(\.date.year).filter { $0 < asOf.year }).sorted() : []
        self.pastYears = Dictionary(uniqueKeysWithValues: zip(earlier, parallelMap(earlier) { year in
            ContactWork(site, asOf: Period(year: year).end)
        }))
    }

    /// The assignment table of `year`: this year's, an earlier year's analysed one, or made anew.
    public func table(of year: Int, _ site: CheckedSite) -> AssignmentTable {
        year == asOf.year ? table : pastYears[year]?.table ?? AssignmentTable(site, year: year)
    }

    /// This year and every earlier year with contacts, newest first.
    public var years: [Int] { [asOf.year] + pastYears.keys.sorted(by: >) }

    /// Last year's analysis, when it had contacts.
    public var previousYear: ContactWork? { pastYears[asOf.year - 1] }

    /// Share of members who must be covered that were contacted this year, 0…1 (1 when nobody must be).
    public var contactedRate: Double {
        coverage.mustCover.isEmpty ? 1 : Double(due.contactedThisYear) / Double(coverage.mustCover.count)
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
