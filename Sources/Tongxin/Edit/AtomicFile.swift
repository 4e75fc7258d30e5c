import Foundation

/// Replaces a file whole: written and synced under a temporary name beside it, then
/// renamed over it, so a reader (the preview's build, git) never sees half a file and a
/// crash leaves the old one.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ data: Data, to url: URL, permissions: mode_t = 0o644) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw Failure(description: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }
}
