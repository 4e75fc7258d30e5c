import Foundation

/// Folders that hold a whole internal portal outside its output folder — the staging
/// of `publish`, the preview — readable by the user who runs Tongxin only (0700), and
/// removed on every exit path: at the end, on Ctrl-C or SIGTERM (ExitCleanup), and,
/// after a `kill -9`, by the next run that makes one of the same kind.
public enum PrivateFolder {
    /// A new folder `<prefix>-<pid>-XXXXXX` in `parent`, made by mkdtemp (0700, a name
    /// no one else could have made first), registered with ExitCleanup. Folders of the
    /// same prefix left by processes that are gone are removed first.
    public static func makeTemporary(prefix: String, in parent: URL = FileManager.default.temporaryDirectory) throws -> URL {
        removeLeftovers(prefix: prefix, in: parent)
        var template = Array(parent.path.utf8CString.dropLast()) + Array("/\(prefix)-\(getpid())-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw OutputError.cannotWrite(parent.path, String(cString: strerror(errno))) }
        let url = URL(fileURLWithPath: String(cString: made))
        ExitCleanup.shared.register(url.path)
        return url
    }

    /// `url` as a folder of this user's with mode 0700: made if missing, its mode
    /// tightened if it is ours, refused if someone else made it (a shared /dev/shm
    /// or /tmp lets anyone create a folder under a name they can guess).
    public static func ensure(_ url: URL) throws {
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST { throw OutputError.cannotWrite(url.path, String(cString: strerror(errno))) }
        var info = stat()
        guard lstat(url.path, &info) == 0 else { throw OutputError.cannotWrite(url.path, String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { throw OutputError.notOurs(url.path) }
        if info.st_mode & 0o077 != 0 { chmod(url.path, 0o700) }
    }

    private static func removeLeftovers(prefix: String, in parent: URL) {
        let start = "\(prefix)-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(start) {
            guard let pid = Int32(entry.dropFirst(start.count).prefix { $0.isNumber }), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            var info = stat()
            let path = parent.appendingPathComponent(entry).path
            if lstat(path, &info) == 0, info.st_uid == getuid() { FolderRemoval.remove(path) }
        }
    }
}

/// Paths removed when the process ends through a signal a person or a service manager
/// sends (SIGINT, SIGTERM, SIGHUP) or through a stop of the render watchdog. The
/// handlers are installed with the first path, so commands that never register one
/// (the preview, with its own clean stop) keep the default behaviour.
public final class ExitCleanup: @unchecked Sendable {
    public static let shared = ExitCleanup()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []

    public func register(_ path: String) {
        lock.withLock {
            paths.insert(path)
            guard sources.isEmpty else { return }
            sources = [SIGINT, SIGTERM, SIGHUP].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { [unowned self] in
                    // The build goes on writing on other threads meanwhile: remove, then
                    // once more for what it wrote during the first pass, then end at once.
                    self.removeAll(keepingPaths: true)
                    self.removeAll()
                    _exit(128 + number)
                }
                source.resume()
                return source
            }
        }
    }

    /// Removes `path` now and forgets it.
    public func remove(_ path: String) {
        lock.withLock { _ = paths.remove(path) }
        FolderRemoval.remove(path)
    }

    public func removeAll(keepingPaths: Bool = false) {
        let all = lock.withLock { let all = paths; if !keepingPaths { paths = [] }; return all }
        for path in all { FolderRemoval.remove(path) }
    }
}
