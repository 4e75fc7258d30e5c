/// The checks of the 简报: the cases a brief carries exist, and each year's 期号 run
/// 1, 2, 3 … with none taken twice (a duplicate is an error naming both files; a gap a
/// warning, since an issue may have gone out on paper only).
enum BriefChecks {
    static func check(_ site: Site, diagnostics: inout Diagnostics) {
        guard !site.briefs.isEmpty else { return }
        let cases = Set(site.cases.map(\.slug))
        for brief in site.briefs {
            for reference in brief.cases where !cases.contains(reference.value) {
                let hint = Suggestions.didYouMean(reference.value, in: cases.sorted())
                diagnostics.error(reference.location, L("brief.unknownCase", reference.value, hint))
            }
        }
        // The numbering is checked on the office's build, which has every brief: the
        // public build leaves internal ones out, and their numbers would look missing.
        if site.audience == .internal { checkNumbers(site.briefs, diagnostics: &diagnostics) }
    }

    static func checkNumbers(_ briefs: [Brief], diagnostics: inout Diagnostics) {
        let byYear = Dictionary(grouping: briefs, by: { $0.date.value.year })
        for year in byYear.keys.sorted() {
            // In file order within a number, so that the first file keeps it.
            let sorted = byYear[year]!.sorted { ($0.issue.value, $0.file) < ($1.issue.value, $1.file) }
            var expected = 1
            var previous: Brief?
            for brief in sorted {
                let number = brief.issue.value
                if let previous, previous.issue.value == number {
                    let free = (sorted.last?.issue.value ?? number) + 1
                    diagnostics.error(brief.issue.location, L("brief.duplicateIssue", year, number, previous.file, free))
                    continue
                }
                if number > expected {
                    let missing = expected == number - 1 ? "\(expected)" : "\(expected)–\(number - 1)"
                    diagnostics.warning(brief.issue.location, L("brief.issueGap", year, missing, number))
                }
                expected = number + 1
                previous = brief
            }
        }
    }
}
