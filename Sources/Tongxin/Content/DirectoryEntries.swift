import Foundation

/// A folder's entries through readdir, with their types from d_type (lstat only where
/// the file system does not fill it in): Foundation's enumerator stat()s every entry
/// several times, which showed in profiles of large sites. Links are reported as links,
/// never followed; "." and ".." and nothing else are left out.
enum DirectoryEntries {
    enum Kind { case folder, file, link, other }

    static func list(_ path: String) -> [(name: String, kind: Kind)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: type = UInt8(DT_DIR)
                case S_IFLNK: type = UInt8(DT_LNK)
                case S_IFREG: type = UInt8(DT_REG)
                default: type = UInt8(DT_UNKNOWN)
                }
            }
            switch type {
            case UInt8(DT_DIR): entries.append((name, .folder))
            case UInt8(DT_REG): entries.append((name, .file))
            case UInt8(DT_LNK): entries.append((name, .link))
            default: entries.append((name, .other))
            }
        }
        return entries
    }
}
