/// What a page shows from the content folder (PageSpec.inputs), gathered one way for
/// every view and reduced to a number: the load versions of the content files it shows
/// (MarkdownSource.version), mixed and summed, plus the paths of other files (cover
/// images), which the preview stamps. A record counts with the files of everyone it
/// names, since pages show their names.
///
/// A sum needs no sorting or set of paths (both were a large part of a preview rebuild):
/// a file shown twice counts twice, the same way in every build.
struct PageInputs {
    struct Key: Sendable, Hashable {
        var versions = 0
        var files: [String] = []
    }

    private let site: CheckedSite
    private(set) var key = Key()

    init(_ site: CheckedSite) { self.site = site }

    /// A file that is not a content file (a cover image).
    mutating func add(file: String) { key.files.append(file) }

    mutating func add(_ source: MarkdownSource) {
        key.versions &+= Self.mixed(source.version)
    }

    /// The key of pages that show these files and no member's (rules, free pages, lists).
    static func key(_ sources: [MarkdownSource], files: [String] = []) -> Key {
        Key(versions: sources.reduce(0) { $0 &+ mixed($1.version) }, files: files)
    }

    /// splitmix64's finaliser: distinct versions give unrelated summands, so two changes
    /// cannot cancel out the way two small numbers could.
    private static func mixed(_ version: Int) -> Int {
        var z = UInt64(truncatingIfNeeded: version) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }

    mutating func add(members ids: [String]) {
        for id in ids { site.member(id).map { add($0.member.body) } }
    }

    /// Records by their index in `CheckedSite.records`.
    mutating func add(records indices: [Int]) {
        for index in indices { add(record: site.records[index]) }
    }

    mutating func add(record: ResolvedRecord) {
        add(record.record.body)
        add(members: [record.contactorID] + record.contacteeIDs)
    }
}
