/// The term (届) year by year: for each year of the term up to the year of `as_of`, the
/// year's figures (as the year stood on 31 December, this year up to `as_of`), its
/// suggestions and how many were answered, and the members who changed window or
/// committee that year. Years without records have no figures.
public struct TermReport: Sendable {
    public struct Year: Sendable {
        public let year: Int
        /// nil: no records that year.
        public let headline: Headline?
        public let suggestions: Int
        /// Suggestions with status 已反馈.
        public let answered: Int
        /// Members whose membership ended in this year and continued elsewhere.
        public let moved: [String]
    }

    public let term: Term
    public let years: [Year]

    public init(_ site: CheckedSite, work: ContactWork, term: Term) {
        self.term = term
        let moves = Self.moves(site)
        let last = min(term.lastYear, work.asOf.year)
        years = term.firstYear > last ? [] : (term.firstYear...last).map { year in
            let yearWork = year == work.asOf.year ? work : work.pastYears[year]
            let entries = yearWork?.suggestions.entries ?? []
            return Year(year: year, headline: yearWork.map(Headline.init), suggestions: entries.count,
                        answered: entries.count(where: { $0.status == "已反馈" }), moved: moves[year] ?? [])
        }
    }

    /// Member ids by the year they moved: a history entry ends that year and the next
    /// membership has another window or committee.
    static func moves(_ site: CheckedSite) -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for member in site.members {
            let spans = member.memberships
            for (before, after) in zip(spans, spans.dropFirst()) {
                guard let end = before.until, before.windowID != after.windowID || before.committeeID != after.committeeID else { continue }
                result[end.year, default: []].append(member.id)
            }
        }
        return result
    }
}
