import Foundation

/// Removes a whole folder tree on all cores: the previous site, swapped out after every
/// build, has a folder per record page (7,500 at 10,000 pages), and FileManager's
/// removeItem took as long as writing the new site.
enum FolderRemoval {
    static func remove(_ path: String) {
        var folders: [String] = [], files: [String] = []
        collect(path, folders: &folders, files: &files)
        // Files first, on all cores, as the one listing found them (listing every folder
        // a second time cost as much as the unlinking); then the folders, deepest first
        // (a folder is listed after its parent, so reversed order works).
        _ = parallelMap(files) { unlink($0) }
        for folder in folders.reversed() { rmdir(folder) }
        // Anything left (a file that appeared meanwhile, an odd entry type) the slow way.
        if access(path, F_OK) == 0 { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Every folder (parents before children) and file under `path`, one level at a
    /// time with the level's folders listed on all cores.
    private static func collect(_ path: String, folders: inout [String], files: inout [String]) {
        var level = [path]
        while !level.isEmpty {
            folders += level
            let listed = parallelMap(level) { folder -> (folders: [String], files: [String]) in
                var inner: [String] = [], found: [String] = []
                for (name, kind) in DirectoryEntries.list(folder) ?? [] {
                    if kind == .folder { inner.append(folder + "/" + name) } else { found.append(folder + "/" + name) }
                }
                return (inner, found)
            }
            level = listed.flatMap(\.folders)
            files += listed.flatMap(\.files)
        }
    }
}
