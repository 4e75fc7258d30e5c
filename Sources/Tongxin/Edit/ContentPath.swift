import Foundation

/// A path inside the content folder as the editor receives it from a browser: hostile
/// until proven otherwise. Only `section/…/name.md` (or an asset name) made of plain
/// components is accepted: no `..`, no `.` or hidden component, no absolute path, no
/// backslash or control character, and nothing that resolves outside the folder through
/// a symbolic link.
public enum ContentPath {
    /// The path when it is a safe relative path under one of `sections`; nil otherwise.
    public static func checked(_ relative: String, sections: [String], contentFolder: URL) -> String? {
        guard !relative.isEmpty, relative.utf8.count <= 400, !relative.hasPrefix("/") else { return nil }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, sections.contains(String(parts[0])) else { return nil }
        for part in parts {
            guard !part.isEmpty, !part.hasPrefix("."), part != "..",
                  !part.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7f || $0 == ":" })
            else { return nil }
        }
        // A folder on the way may be a link out of the content folder: resolve and compare.
        let root = contentFolder.standardizedFileURL.resolvingSymlinksInPath().path
        let folder = contentFolder.appendingPathComponent(relative).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath().path
        guard folder == root || folder.hasPrefix(root + "/") else { return nil }
        let file = contentFolder.appendingPathComponent(relative)
        var info = stat()
        if lstat(file.path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG { return nil }
        return relative
    }

    /// One of the data files with a form (site.json, data/*.json, DataFiles): the path
    /// when it is a regular file or not there, inside the folder; nil otherwise.
    public static func checkedFile(_ relative: String, contentFolder: URL) -> String? {
        guard DataFiles.file(relative) != nil else { return nil }
        let parts = relative.split(separator: "/")
        if parts.count >= 2 { return checked(relative, sections: [String(parts[0])], contentFolder: contentFolder) }
        var info = stat()
        let file = contentFolder.appendingPathComponent(relative)
        if lstat(file.path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG { return nil }
        return relative
    }
}
