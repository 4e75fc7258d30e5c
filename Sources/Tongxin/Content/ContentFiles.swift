import Foundation

/// The files of a content folder, sorted into the sections of the content model.
/// Symlinks are refused: a link could pull files from outside the repository into a
/// published site.
struct ContentFiles {
    var members: [String] = []
    var records: [String] = []
    var cases: [String] = []
    var rules: [String] = []
    var pages: [String] = []
    var assets: [String] = []
    var templates: [String] = []
    var diagnostics = Diagnostics()

    static let dataFiles = ["site.json", "data/organization.json", "data/assignments.json", "data/events.json"]

    static func scan(root: URL) -> ContentFiles {
        var files = ContentFiles()
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isSymbolicLinkKey, .isDirectoryKey, .isRegularFileKey]) else {
            files.diagnostics.error(SourceLocation(file: root.path), "cannot read the content folder")
            return files
        }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isDirectoryKey, .isRegularFileKey])
            let name = url.lastPathComponent
            if name.hasPrefix(".") {
                if values?.isDirectory == true { enumerator.skipDescendants() }
                continue
            }
            if values?.isSymbolicLink == true {
                files.diagnostics.error(SourceLocation(file: relative), "symbolic links are not allowed in the content folder; replace the link with the file itself")
                continue
            }
            guard values?.isRegularFile == true else { continue }
            files.classify(relative)
        }
        files.sortAll()
        return files
    }

    private mutating func classify(_ path: String) {
        let parts = path.split(separator: "/").map(String.init)
        let isMarkdown = path.hasSuffix(".md")
        switch parts.first {
        case "assets": assets.append(path)
        case "templates" where path.hasSuffix(".mustache"): templates.append(path)
        case "members" where isMarkdown && parts.count == 2: members.append(path)
        case "records" where isMarkdown && parts.count == 3: records.append(path)
        case "cases" where isMarkdown && parts.count == 2: cases.append(path)
        case "rules" where isMarkdown && parts.count == 2: rules.append(path)
        case "pages" where isMarkdown && parts.count == 2: pages.append(path)
        default:
            if Self.dataFiles.contains(path) || path.hasSuffix("README.md") && parts.count == 1 { return }
            let hint = isMarkdown
                ? "move it to members/, records/<year>/, cases/, rules/ or pages/"
                : "move it under assets/ if it should be published"
            diagnostics.warning(SourceLocation(file: path), "this file is not part of the site and will not be published; \(hint)")
        }
    }

    private mutating func sortAll() {
        members.sort(); records.sort(); cases.sort(); rules.sort(); pages.sort(); assets.sort(); templates.sort()
    }
}

/// Reads one content file as checked text, refusing files over the size limit before
/// reading them so a 200 MB file costs nothing.
enum ContentReader {
    static func read(_ relative: String, root: URL, limit: Int, limitName: String) -> Result<String, Diagnostic> {
        let url = root.appendingPathComponent(relative)
        let location = SourceLocation(file: relative)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return .failure(.error(location, "cannot read this file"))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .failure(.error(location, "file is \(size) bytes, over the limit of \(limit) bytes (limits.\(limitName) in site.json); split it into smaller files or raise the limit"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(location, "cannot read this file"))
        }
        return SourceText.decode(data, file: relative)
    }
}
