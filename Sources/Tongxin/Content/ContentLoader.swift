import Foundation

/// Loads a whole content folder into a `Site`, reading the Markdown files on all cores.
/// Problems are collected, never thrown: the caller decides whether to go on.
public enum ContentLoader {
    public static func load(contentFolder: URL) -> (site: Site, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        let root = contentFolder.standardizedFileURL
        var files = ContentFiles.scan(root: root)
        diagnostics.append(contentsOf: files.diagnostics)

        let settingsNode = readJSON("site.json", root: root, limit: Limits.defaults.dataBytes, required: true, diagnostics: &diagnostics)
        let settings = settingsNode.map { SettingsLoader.load($0, diagnostics: &diagnostics) }
            ?? SiteSettings(name: "同心", organization: "", demo: false, asOf: nil, policy: SettingsLoader.defaultPolicy, limits: .defaults)
        let limits = settings.limits

        let organization = readJSON("data/organization.json", root: root, limit: limits.dataBytes, required: true, diagnostics: &diagnostics)
            .map { OrganizationLoader.load($0, diagnostics: &diagnostics) } ?? Organization()
        let assignments = readJSON("data/assignments.json", root: root, limit: limits.dataBytes, required: false, diagnostics: &diagnostics)
            .map { AssignmentLoader.load($0, diagnostics: &diagnostics) } ?? []
        let events = readJSON("data/events.json", root: root, limit: limits.dataBytes, required: false, diagnostics: &diagnostics)
            .map { EventLoader.load($0, diagnostics: &diagnostics) } ?? []

        let members = loadSection(files.members, root: root, limits: limits, schema: Schemas.member, diagnostics: &diagnostics, MemberLoader.load)
        let records = loadSection(files.records, root: root, limits: limits, schema: Schemas.record, diagnostics: &diagnostics, RecordLoader.load)
        let cases = loadSection(files.cases, root: root, limits: limits, schema: Schemas.caseStory, diagnostics: &diagnostics, CaseLoader.load)
        let rules = loadSection(files.rules, root: root, limits: limits, schema: Schemas.rule, diagnostics: &diagnostics, RuleLoader.load)
        let pages = loadSection(files.pages, root: root, limits: limits, schema: Schemas.page, diagnostics: &diagnostics, PageLoader.load)
        let templates = loadTemplates(&files, root: root, diagnostics: &diagnostics)

        let site = Site(
            root: root.path, settings: settings, organization: organization, members: members,
            assignments: assignments, events: events, records: records, cases: cases, rules: rules,
            pages: pages, assets: files.assets, templateOverrides: templates)
        return (site, diagnostics)
    }

    private static func readJSON(_ relative: String, root: URL, limit: Int, required: Bool, diagnostics: inout Diagnostics) -> DataNode? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else {
            if required {
                diagnostics.error(SourceLocation(file: relative), "this file is missing; every site needs \(relative) (see docs/content-format.md)")
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
        _ make: @escaping @Sendable (inout MarkdownFile) -> T?
    ) -> [T] {
        let results: [(T?, Diagnostics)] = parallelMap(paths) { path in
            var local = Diagnostics()
            guard var file = MarkdownFile.load(path, root: root, limits: limits, schema: schema, diagnostics: &local) else {
                return (nil, local)
            }
            let value = make(&file)
            local.append(contentsOf: file.reader.diagnostics)
            return (value, local)
        }
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
