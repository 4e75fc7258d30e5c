/// The days an assignment row is in force (`from` … `until`, both inclusive; a missing
/// end is open). Rows without dates are in force always, as before dates existed.
public struct InForce: Sendable, Hashable {
    public let from: Day?
    public let until: Day?

    public static let always = InForce(from: nil, until: nil)

    public init(from: Day?, until: Day?) {
        self.from = from
        self.until = until
    }

    public var isAlways: Bool { from == nil && until == nil }

    public func contains(_ day: Day) -> Bool {
        (from.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true)
    }

    /// Whether both are in force on some day.
    public func overlaps(_ other: InForce) -> Bool {
        let starts = [from, other.from].compactMap { $0 }.max()
        let ends = [until, other.until].compactMap { $0 }.min()
        guard let starts, let ends else { return true }
        return starts <= ends
    }

    /// In force on some day of `period`.
    public func overlaps(_ period: Period) -> Bool {
        overlaps(InForce(from: period.start, until: period.end))
    }

    /// In force on every day of the year: it keeps the year's full minimum.
    public func coversYear(_ year: Int) -> Bool {
        (from.map { $0 <= Period(year: year).start } ?? true) && (until.map { $0 >= Period(year: year).end } ?? true)
    }

    /// In force since 1 January of `year` (or earlier): only such a pair is behind for
    /// having no contact by 1 July.
    public func startsBy(_ year: Int) -> Bool {
        from.map { $0 <= Period(year: year).start } ?? true
    }

    /// The months of `year` it is in force, counted whole: the month of `from` and the
    /// month of `until` count as months in force (0 when not in force that year).
    public func months(in year: Int) -> Int {
        guard overlaps(Period(year: year)) else { return 0 }
        let first = from.map { $0.year < year ? 1 : $0.month } ?? 1
        let last = until.map { $0.year > year ? 12 : $0.month } ?? 12
        return last - first + 1
    }

    /// The yearly minimum for the part of `year` the row is in force: the full minimum
    /// for a whole year, else scaled by the months in force, rounded up, at least 1.
    public func minimum(_ yearly: Int, in year: Int) -> Int {
        if coversYear(year) || yearly <= 0 { return yearly }
        return max(1, (yearly * months(in: year) + 11) / 12)
    }

    /// The dates to show beside a row in `year`'s lists: its start when it started in
    /// that year after 1 January, its end when it ended in that year before 31
    /// December; empty for a row in force all year.
    public func note(in year: Int) -> String {
        let period = Period(year: year)
        let started = from.flatMap { $0 > period.start && $0 <= period.end ? $0 : nil }
        let ended = until.flatMap { $0 < period.end && $0 >= period.start ? $0 : nil }
        switch (started, ended) {
        case let (start?, end?): return L("inForce.between", start.chinese, end.chinese)
        case let (start?, nil): return L("inForce.from", start.chinese)
        case let (nil, end?): return L("inForce.until", end.chinese)
        case (nil, nil): return ""
        }
    }
}
