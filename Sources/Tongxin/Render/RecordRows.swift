/// Each record as a row of a list (RecordViews.row), made once per build on all cores:
/// a record is listed on its month, on the pages of everyone it names and in the
/// assignment and suggestion tables, and making its row again for each was 3.5% of a
/// build at 10,000 pages. The preview, which draws only the pages a save changed, makes
/// the rows those pages show instead (`all: false`).
///
/// Unchecked Sendable: the rows are dictionaries of `Any` (what templates take), written
/// only in `init` and read by every rendering thread after.
final class RecordRows: @unchecked Sendable {
    private struct Row: @unchecked Sendable {
        let value: [String: Any]
    }

    private let site: CheckedSite
    private let labels: Labels
    /// Empty unless made for every record.
    private let rows: [Row]

    init(_ site: CheckedSite, all: Bool) {
        self.site = site
        let labels = Labels(site.organization)
        self.labels = labels
        rows = all ? parallelMap(site.records) { Row(value: RecordViews.row($0, site: site, labels: labels)) } : []
    }

    /// The row of `CheckedSite.records[index]`.
    subscript(index: Int) -> [String: Any] {
        rows.isEmpty ? RecordViews.row(site.records[index], site: site, labels: labels) : rows[index].value
    }
}
