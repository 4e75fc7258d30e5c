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
    var briefs: [String] = []
    var assets: [String] = []
    var templates: [String] = []
    var diagnostics = Diagnostics()

    static let dataFiles = ["site.json", "data/organization.json", "data/assignments.json", "data/events.json"]

    static func scan(root: URL) -> ContentFiles {
        var files = ContentFiles()
        guard walk(root.standardizedFileURL.path, relative: "", into: &files) else {
            files.diagnostics.error(SourceLocation(file: root.path), L("files.cannotReadFolder"))
            return files
        }
        files.sortAll()
        return files
    }

    private static func walk(_ path: String, relative: String, into files: inout ContentFiles) -> Bool {
        guard let entries = DirectoryEntries.list(path) else { return false }
        for (name, kind) in entries where name.utf8.first != UInt8(ascii: ".") {
            let child = relative.isEmpty ? name : relative + "/" + name
            switch kind {
            case .folder:
                // A folder that cannot be read would drop its records from the site unseen.
                if !walk(path + "/" + name, relative: child, into: &files) {
                    files.diagnostics.error(SourceLocation(file: child), L("content.unreadableFolder", String(cString: strerror(errno))))
                }
            case .link:
                files.diagnostics.error(SourceLocation(file: child), L("files.symlink"))
            case .file: files.classify(child)
            case .other: files.diagnostics.error(SourceLocation(file: child), L("content.notAFile"))
            }
        }
        return true
    }

    /// On bytes: this runs for every file of every build and every preview rebuild.
    private mutating func classify(_ path: String) {
        let utf8 = path.utf8
        let depth = utf8.reduce(1) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 }
        let section = utf8.firstIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? path[...]
        func endsWith(_ suffix: String) -> Bool { utf8.count >= suffix.utf8.count && utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        let isMarkdown = endsWith(".md")
        switch section {
        case "assets" where depth > 1: assets.append(path)
        case "templates" where depth > 1 && endsWith(".mustache"): templates.append(path)
        case "members" where isMarkdown && depth == 2: members.append(path)
        case "records" where isMarkdown && depth == 3: records.append(path)
        case "cases" where isMarkdown && depth == 2: cases.append(path)
        case "rules" where isMarkdown && depth == 2: rules.append(path)
        case "pages" where isMarkdown && depth == 2: pages.append(path)
        case "briefs" where isMarkdown && depth == 2: briefs.append(path)
        default:
            if Self.dataFiles.contains(path) || endsWith("README.md") && depth == 1 { return }
            diagnostics.warning(SourceLocation(file: path), L(isMarkdown ? "files.strayMarkdown" : "files.strayFile"))
        }
    }

    /// Whether `path` is a file this scan sorted into a section (or a data file, which
    /// every build reads afresh).
    func contains(_ path: String) -> Bool {
        Self.dataFiles.contains(path)
            || [members, records, cases, rules, pages, briefs, assets, templates].contains { $0.sortedIndex(of: path) != nil }
    }

    private mutating func sortAll() {
        members.sort(); records.sort(); cases.sort(); rules.sort(); pages.sort(); briefs.sort(); assets.sort(); templates.sort()
    }
}

/// Reads one content file as checked text, refusing files over the size limit before
/// reading them so a 200 MB file costs nothing.
enum ContentReader {
    static func read(_ relative: String, root: URL, limit: Int, limitName: String) -> Result<String, Diagnostic> {
        let location = SourceLocation(file: relative)
        let path = root.path + "/" + relative
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.error(location, L("files.cannotRead", String(cString: strerror(errno))))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.error(location, L("files.cannotRead", "fstat"))) }
        let size = Int(info.st_size)
        if size > limit {
            return .failure(.error(location, L("files.tooLarge", size, limit, limitName)))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { buffer in Glibc.read(descriptor, buffer.baseAddress! + done, size - done) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        if done < size { bytes.removeLast(size - done) }
        return SourceText.decode(bytes, file: relative)
    }
}
