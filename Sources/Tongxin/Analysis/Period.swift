/// A year or a half-year: the periods contact work is counted and reported in.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 (January–June), 2 (July–December) or nil for the whole year.
    public let half: Int?

    public init(year: Int, half: Int? = nil) {
        precondition(half == nil || half == 1 || half == 2)
        self.year = year
        self.half = half
    }

    public var start: Day { Day(year: year, month: half == 2 ? 7 : 1, day: 1)! }
    public var end: Day { Day(year: year, month: half == 1 ? 6 : 12, day: half == 1 ? 30 : 31)! }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// 2026年, 2026年上半年, 2026年下半年.
    public var label: String {
        switch half {
        case 1: "\(year)年上半年"
        case 2: "\(year)年下半年"
        default: "\(year)年"
        }
    }

    /// For addresses: 2026, 2026-h1, 2026-h2.
    public var slug: String { half.map { "\(year)-h\($0)" } ?? "\(year)" }

    public var description: String { slug }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.half ?? 0) < (b.year, b.half ?? 0) }
}
