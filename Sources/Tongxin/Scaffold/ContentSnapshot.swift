import Foundation

/// What `new` and `import` need to know about a content folder: the policy (for the
/// lists in comments), the organisation (to check references) and the members (to
/// resolve names and avoid taken ids). Read leniently: a broken file elsewhere must not
/// stop the office from adding a record, so problems here only leave parts empty.
struct ContentSnapshot {
    var settings: SiteSettings?
    var organization: Organization?
    var members: [Member] = []
    /// Ids of every file in members/, including files that could not be read.
    var memberFileIDs: Set<String> = []
    var membersByID: [String: Member] = [:]
    var directory = Directory()
    /// Members by (normalised) name; a name may belong to several.
    var idsByName: [String: [String]] = [:]

    static func read(_ contentFolder: URL) -> ContentSnapshot {
        let root = contentFolder.standardizedFileURL
        var snapshot = ContentSnapshot()
        if let node = readJSON("site.json", root: root) {
            var diagnostics = Diagnostics()
            let settings = SettingsLoader.load(node, diagnostics: &diagnostics)
            if !diagnostics.hasErrors { snapshot.settings = settings }
        }
        if let node = readJSON("data/organization.json", root: root) {
            var diagnostics = Diagnostics()
            let organization = OrganizationLoader.load(node, diagnostics: &diagnostics)
            if !diagnostics.hasErrors { snapshot.organization = organization }
        }
        let paths = memberPaths(root: root)
        snapshot.memberFileIDs = Set(paths.map { String(($0 as NSString).lastPathComponent.dropLast(3)) })
        let limits = snapshot.settings?.limits ?? .defaults
        snapshot.members = parallelMap(paths) { path -> Member? in
            var local = Diagnostics()
            guard var file = MarkdownFile.load(path, root: root, limits: limits, schema: Schemas.member, diagnostics: &local) else { return nil }
            return MemberLoader.load(&file)
        }.compactMap { $0 }
        snapshot.buildDirectory()
        return snapshot
    }

    private mutating func buildDirectory() {
        if let organization {
            for unit in organization.parties { _ = directory.parties.add(id: unit.id, names: [unit.name, unit.short]) }
            for unit in organization.sectors { _ = directory.sectors.add(id: unit.id, names: [unit.name, unit.short]) }
            for unit in organization.committees { _ = directory.committees.add(id: unit.id, names: [unit.name, unit.short]) }
            for unit in organization.windows { _ = directory.windows.add(id: unit.id, names: [unit.name, unit.short]) }
        }
        for member in members {
            membersByID[member.id] = member
            _ = directory.members.add(id: member.id, names: [member.name.value])
            idsByName[member.name.value, default: []].append(member.id)
        }
    }

    func member(id: String) -> Member? { membersByID[id] }

    /// The ids of the members with this name (spaces between Chinese characters ignored).
    func ids(named name: String) -> [String] {
        idsByName[MemberNames.normalise(name)] ?? []
    }

    /// The member id a reference (id or unique name) stands for.
    func memberID(_ reference: String) -> String? {
        if case .found(let id) = directory.members.match(reference) { return id }
        return nil
    }

    private static func memberPaths(root: URL) -> [String] {
        let folder = root.appendingPathComponent("members")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { "members/" + $0 }
    }

    private static func readJSON(_ relative: String, root: URL) -> DataNode? {
        guard case .success(let text) = ContentReader.read(relative, root: root, limit: Limits.defaults.dataBytes, limitName: "data_bytes") else { return nil }
        let result = StrictJSON.parse(text, file: relative)
        return result.diagnostics.hasErrors ? nil : result.root
    }
}
