import Foundation

/// Removes a whole folder tree on all cores: the previous site, swapped out after every
/// build, has a folder per record page (7,500 at 10,000 pages), and FileManager's
/// removeItem took as long as writing the new site.
enum FolderRemoval {
    static func remove(_ path: String) {
        var folders: [String] = []
        collect(path, into: &folders)
        // Files first, a folder's at a time on all cores; then the folders, deepest
        // first (a folder is listed after its parent, so reversed order works).
        _ = parallelMap(folders) { folder in
            for (name, isFolder) in entries(of: folder) where !isFolder { unlink(folder + "/" + name) }
        }
        for folder in folders.reversed() { rmdir(folder) }
        // Anything left (a file that appeared meanwhile, an odd entry type) the slow way.
        if access(path, F_OK) == 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    private static func collect(_ path: String, into folders: inout [String]) {
        folders.append(path)
        for (name, isFolder) in entries(of: path) where isFolder { collect(path + "/" + name, into: &folders) }
    }

    /// Names in a folder and whether each is a folder (symbolic links are not followed).
    private static func entries(of path: String) -> [(name: String, isFolder: Bool)] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            entries.append((name, type == UInt8(DT_DIR)))
        }
        return entries
    }
}
