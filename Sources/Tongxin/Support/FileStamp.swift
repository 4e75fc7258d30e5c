import Foundation

/// Enough of a file's metadata to notice any change: size, inode, and both times to
/// the nanosecond.
struct FileStamp: Hashable, Sendable {
    let size: Int64
    let inode: UInt64
    let modified: Int64
    let changed: Int64
    let isRegularFile: Bool

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
