/// What a page shows from the content folder (PageSpec.inputs), gathered one way for
/// every view and reduced to a number: the versions of the content files it shows
/// (MarkdownSource.version, a hash of each file), mixed and summed, plus the paths of other files (cover
/// images), which the preview stamps. A record counts with the files of everyone it
/// names, since pages show their names; a record in a list counts by its front matter
/// only (Record.fieldsDigest), so a saved text redraws the pages that show the text.
///
/// A sum needs no sorting or set of paths (both were a large part of a preview rebuild):
/// a file shown twice counts twice, the same way in every build.
struct PageInputs {
    struct Key: Sendable, Hashable {
        var versions = 0
        var files: [String] = []
        /// Keyed by the page's template values themselves (ContextDigest), for a page
        /// that shows a small part of the analysis; `versions` then says what the values
        /// are made from (the analysis' version), so that the preview builds them again
        /// only when that changed (PageReuse).
        var byContext = false
        #if DEBUG
        /// The content files named (debug builds; nil when the key covers every member and
        /// record, by the analysis' version): PageSpec.draw checks that the page shows no
        /// member or record outside them (ShownSources).
        var declared: Set<String>? = nil
        #endif

        /// Adds the analysis' version, which covers every member's file and every record's
        /// front matter (a page that also shows the analysis).
        mutating func add(analysis version: Int) {
            versions &+= version
            #if DEBUG
            declared = nil
            #endif
        }
    }

    private let versions: InputVersions
    private(set) var key = Key()

    #if DEBUG
    /// Pages that showed a member or record their key does not name, by route (debug builds).
    static let undeclared = TemplateKeys.ConformanceLog()
    #endif

    init(_ versions: InputVersions) {
        self.versions = versions
        #if DEBUG
        key.declared = []
        #endif
    }

    #if DEBUG
    private mutating func declare(_ files: [String]) { key.declared?.formUnion(files) }
    /// A record's file and the files of everyone it names (what its row shows).
    private mutating func declare(record index: Int) {
        let record = versions.site.records[index]
        declare([record.record.file] + ([record.contactorID] + record.contacteeIDs).compactMap { versions.site.member($0)?.member.file })
    }
    #endif

    /// A file that is not a content file (a cover image).
    mutating func add(file: String) { key.files.append(file) }

    mutating func add(_ source: MarkdownSource) {
        key.versions &+= InputVersions.mixed(source.version)
        #if DEBUG
        declare([source.file])
        #endif
    }

    /// The key of pages that show these files and no member's (rules, free pages, lists).
    static func key(_ sources: [MarkdownSource], files: [String] = []) -> Key {
        var key = Key(versions: sources.reduce(0) { $0 &+ InputVersions.mixed($1.version) }, files: files)
        #if DEBUG
        key.declared = Set(sources.map(\.file))
        #endif
        return key
    }

    mutating func add(members ids: [String]) {
        for id in ids { key.versions &+= versions.member(id) }
        #if DEBUG
        declare(ids.compactMap { versions.site.member($0)?.member.file })
        #endif
    }

    /// Records by their index in `CheckedSite.records`, as rows of a list or table.
    mutating func add(records indices: [Int]) {
        for index in indices { key.versions &+= versions.records[index] }
        #if DEBUG
        for index in indices { declare(record: index) }
        #endif
    }

    /// The key of a record's own page: the record with its text and everyone it names.
    static func record(_ index: Int, _ versions: InputVersions) -> Key {
        var inputs = PageInputs(versions)
        inputs.add(recordsWithText: [index])
        return inputs.key
    }

    /// Records with their text (a report quotes each one's opening).
    mutating func add(recordsWithText indices: [Int]) {
        for index in indices { key.versions &+= versions.recordWithText(index) }
        #if DEBUG
        for index in indices { declare(record: index) }
        #endif
    }
}

/// Each record's part of a page key, computed once per build: a record is shown on its
/// own page, its month, the pages of everyone it names, their units and the reports,
/// and looking up its members' files again for each of those was most of the page list
/// of a preview rebuild.
struct InputVersions: Sendable {
    let site: CheckedSite
    /// By index in `CheckedSite.records`: the record's front matter and the files of
    /// everyone it names (what its row in a list shows).
    let records: [Int]

    init(_ site: CheckedSite) {
        self.site = site
        // Summed in place: a list of the record's members made per record was a third of
        // this (made again at each save of the preview).
        records = parallelMap(site.records) { record in
            record.contacteeIDs.reduce(Self.mixed(record.record.fieldsDigest) &+ Self.member(record.contactorID, in: site)) { $0 &+ Self.member($1, in: site) }
        }
    }

    /// A record's row and its text.
    func recordWithText(_ index: Int) -> Int {
        records[index] &+ Self.mixed(site.records[index].record.body.version)
    }

    /// A member's file, or 0 for an id the site does not have.
    func member(_ id: String) -> Int { Self.member(id, in: site) }

    private static func member(_ id: String, in site: CheckedSite) -> Int {
        site.member(id).map { mixed($0.member.body.version) } ?? 0
    }

    /// splitmix64's finaliser: distinct versions give unrelated summands, so two changes
    /// cannot cancel out the way two small numbers could.
    static func mixed(_ version: Int) -> Int {
        var z = UInt64(truncatingIfNeeded: version) &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: z ^ (z >> 31))
    }
}
