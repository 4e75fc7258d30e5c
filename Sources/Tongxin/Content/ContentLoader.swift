import Foundation

/// Loads a whole content folder into a `Site`, reading the Markdown files on all cores.
/// Problems are collected, never thrown: the caller decides whether to go on.
public enum ContentLoader {
    public static func load(contentFolder: URL, audience: Audience = .internal, cache: BuildCache? = nil) -> (site: Site, diagnostics: Diagnostics) {
        let loaded = loadForAudience(contentFolder: contentFolder, audience: audience, cache: cache, changed: nil)
        return (loaded.site, loaded.diagnostics)
    }

    /// The public build keeps what it must never publish (PrivateValues: members'
    /// private fields, the text of records, assignments and events) apart from the site,
    /// for the leak scan only: none of it is put in a page.
    /// `changed`: the content paths a watcher reported since the last build with `cache`
    /// (see `BuildCache.beginLoad`), or nil.
    static func loadForAudience(contentFolder: URL, audience: Audience, cache: BuildCache?, changed: Set<String>?) -> (site: Site, diagnostics: Diagnostics, privateValues: PrivateValues) {
        var diagnostics = Diagnostics()
        let root = contentFolder.standardizedFileURL
        var files = cache?.beginLoad(root: root.path, changed: changed) ?? ContentFiles.scan(root: root)
        cache?.noteScan(files, root: root.path)
        diagnostics.append(contentsOf: files.diagnostics)

        let settings = dataFile("site.json", root: root, limit: Limits.defaults.dataBytes, required: true, cache: cache, diagnostics: &diagnostics, SettingsLoader.load)
            ?? SiteSettings(name: "同心", organization: "", demo: false, asOf: nil, policy: SettingsLoader.defaultPolicy, limits: .defaults)
        let limits = settings.limits

        let organization = dataFile("data/organization.json", root: root, limit: limits.dataBytes, required: true, cache: cache, diagnostics: &diagnostics, OrganizationLoader.load) ?? Organization()
        // The public build never opens what only the internal portal shows.
        let isInternal = audience == .internal
        let assignments = !isInternal ? [] : dataFile("data/assignments.json", root: root, limit: limits.dataBytes, required: false, cache: cache, diagnostics: &diagnostics, AssignmentLoader.load) ?? []
        let events = !isInternal ? [] : dataFile("data/events.json", root: root, limit: limits.dataBytes, required: false, cache: cache, diagnostics: &diagnostics, EventLoader.load) ?? []

        var members = loadSection(files.members, root: root, limits: limits, schema: Schemas.member, diagnostics: &diagnostics, cache: cache, MemberLoader.load)
        let records = !isInternal ? [] : loadSection(files.records, root: root, limits: limits, schema: Schemas.record, diagnostics: &diagnostics, cache: cache, RecordLoader.load)
        let allCases = loadSection(files.cases, root: root, limits: limits, schema: Schemas.caseStory, diagnostics: &diagnostics, cache: cache, CaseLoader.load)
        let cases = allCases.filter { audience.includes($0.audience) }
        // Whether a brief is internal depends on its cases, so both builds know which
        // cases are internal (their slugs only) before briefs are filtered.
        let internalCases = Set(allCases.lazy.filter { $0.audience == .internal }.map(\.slug))
        let briefs = loadSection(files.briefs, root: root, limits: limits, schema: Schemas.brief, diagnostics: &diagnostics, cache: cache, BriefLoader.load)
            .map { BriefLoader.settleAudience($0, internalCases: internalCases, diagnostics: &diagnostics) }
            .filter { audience.includes($0.audience) }
        let rules = loadSection(files.rules, root: root, limits: limits, schema: Schemas.rule, diagnostics: &diagnostics, cache: cache, RuleLoader.load)
            .filter { audience.includes($0.audience) }
        let pages = loadSection(files.pages, root: root, limits: limits, schema: Schemas.page, diagnostics: &diagnostics, cache: cache, PageLoader.load)
            .filter { audience.includes($0.audience) }
        let templates = loadTemplates(&files, root: root, diagnostics: &diagnostics)
        var privateValues = PrivateValues.none
        if !isInternal {
            privateValues = PrivateValueLoader.load(records: files.records, root: root, limits: limits, members: members, rules: rules, diagnostics: &diagnostics)
            members = members.map { $0.withoutPrivateFields() }
        }

        let site = Site(
            root: root.path, settings: settings, organization: organization, members: members,
            assignments: assignments, events: events, records: records, cases: cases, rules: rules,
            pages: pages, assets: files.assets, templateOverrides: templates, audience: audience, briefs: briefs)
        return (site, diagnostics, privateValues)
    }

    /// A data file read and turned into its value; from the cache when the file did not
    /// change (the preview reads four of them after every save).
    private static func dataFile<T: Sendable>(
        _ relative: String, root: URL, limit: Int, required: Bool, cache: BuildCache?, diagnostics: inout Diagnostics,
        _ make: @escaping @Sendable (DataNode, inout Diagnostics) -> T
    ) -> T? {
        let load = { @Sendable (path: String) -> (T?, Diagnostics) in
            var found = Diagnostics()
            let value = readJSON(path, root: root, limit: limit, required: required, diagnostics: &found).map { make($0, &found) }
            return (value, found)
        }
        let (value, found) = cache?.files([relative], root: root.path, limit: limit, load: load)[0] ?? load(relative)
        diagnostics.append(contentsOf: found)
        return value
    }

    private static func readJSON(_ relative: String, root: URL, limit: Int, required: Bool, diagnostics: inout Diagnostics) -> DataNode? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else {
            if required {
                diagnostics.error(SourceLocation(file: relative), L("content.requiredFileMissing", relative))
            }
            return nil
        }
        switch ContentReader.read(relative, root: root, limit: limit, limitName: "data_bytes") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let text):
            let result = StrictJSON.parse(text, file: relative)
            diagnostics.append(contentsOf: result.diagnostics)
            return result.root
        }
    }

    private static func loadSection<T: Sendable>(
        _ paths: [String], root: URL, limits: Limits, schema: FieldSchema, diagnostics: inout Diagnostics,
        cache: BuildCache? = nil, _ make: @escaping @Sendable (inout MarkdownFile) -> T?
    ) -> [T] {
        let load = { @Sendable (path: String) -> (T?, Diagnostics) in
            var local = Diagnostics()
            guard var file = MarkdownFile.load(path, root: root, limits: limits, schema: schema, diagnostics: &local) else {
                return (nil, local)
            }
            let value = make(&file)
            local.append(contentsOf: file.reader.diagnostics)
            return (value, local)
        }
        // The size limit decides what a load gives, so it is part of the key.
        let results = cache?.files(paths, root: root.path, limit: limits.markdownBytes, load: load) ?? parallelMap(paths, load)
        for (_, local) in results { diagnostics.append(contentsOf: local) }
        return results.compactMap(\.0)
    }

    private static func loadTemplates(_ files: inout ContentFiles, root: URL, diagnostics: inout Diagnostics) -> [String: String] {
        var templates: [String: String] = [:]
        for path in files.templates {
            switch ContentReader.read(path, root: root, limit: Limits.defaults.markdownBytes, limitName: "markdown_bytes") {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let text):
                let name = String((path as NSString).lastPathComponent.dropLast(".mustache".count))
                templates[name] = text
            }
        }
        return templates
    }
}
