/// Each record as a row of a list (RecordViews.row), made once per build on all cores:
/// a record is listed on its month, on the pages of everyone it names and in the
/// assignment and suggestion tables, and making its row again for each was 3.5% of a
/// build at 10,000 pages. The preview, which draws only the pages a save changed, makes
/// the rows those pages show instead (`all: false`).
final class RecordRows: Sendable {
    private let site: CheckedSite
    private let labels: Labels
    /// Empty unless made for every record.
    private let rows: [RecordRowValues]

    init(_ site: CheckedSite, labels: Labels, all: Bool) {
        self.site = site
        self.labels = labels
        rows = all ? parallelMap(site.records) { RecordViews.row($0, site: site, labels: labels) } : []
    }

    /// The row of `CheckedSite.records[index]`.
    subscript(index: Int) -> RecordRowValues {
        rows.isEmpty ? RecordViews.row(site.records[index], site: site, labels: labels) : rows[index]
    }
}
