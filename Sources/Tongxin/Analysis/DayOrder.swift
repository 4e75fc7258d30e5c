/// The order the analysis lists records in: oldest day first, the same day by place in
/// the site (CheckedSite.records is newest first).
enum DayOrder {
    /// The `records` that `include`, in that order, as (day, index) pairs: sorting these
    /// rather than copies of the contacts or suggestions each record holds (those copies
    /// retained every field, at every save of the preview).
    static func records(_ site: CheckedSite, _ records: some Sequence<Int>, where include: (ResolvedRecord) -> Bool) -> [(date: Day, record: Int)] {
        var dated: [(date: Day, record: Int)] = []
        for index in records where include(site.records[index]) {
            dated.append((site.records[index].record.date.value, index))
        }
        dated.sort { ($0.date, $0.record) < ($1.date, $1.record) }
        return dated
    }
}
