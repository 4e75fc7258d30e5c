/// The content files a page names as its inputs (PageSpec.inputs), gathered one way for
/// every view: a record counts with the files of everyone it names, since pages show
/// their names.
struct PageInputs {
    private let site: CheckedSite
    private var files: Set<String> = []

    init(_ site: CheckedSite) { self.site = site }

    mutating func add(file: String) { files.insert(file) }

    mutating func add(members ids: [String]) {
        for id in ids { site.memberFile(id).map { _ = files.insert($0) } }
    }

    /// Records by their index in `CheckedSite.records`.
    mutating func add(records indices: [Int]) {
        for index in indices { add(record: site.records[index]) }
    }

    mutating func add(record: ResolvedRecord) {
        files.insert(record.record.file)
        add(members: [record.contactorID] + record.contacteeIDs)
    }

    /// Sorted, so that the same inputs always give the same reuse key.
    var sorted: [String] { files.sorted() }
}
