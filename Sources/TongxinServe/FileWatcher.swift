import Foundation
import Tongxin
#if canImport(Glibc)
import Glibc

/// Watches folders recursively with inotify (Linux has no DispatchSource file-system
/// objects) and calls `onChange` once per burst of changes, after `debounce` seconds
/// without a new event. Events are read on a thread of its own; `onChange` runs there.
/// New folders are watched as they appear; hidden folders and editor swap files are
/// ignored.
public final class FileWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private let debounce: TimeInterval
    private let onChange: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    /// Watch descriptor → folder path; touched only by the init and the reading thread.
    private var folders: [Int32: String] = [:]

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF)

    public init(roots: [URL], debounce: TimeInterval = 0.1, onChange: @escaping @Sendable ([String]) -> Void) throws {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.cannotWatch("inotify_init1", String(cString: strerror(errno))) }
        self.descriptor = descriptor
        self.debounce = debounce
        self.onChange = onChange
        for root in roots where FileManager.default.fileExists(atPath: root.path) {
            guard addTree(root.standardizedFileURL.path) else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw WatchError.cannotWatch("inotify_add_watch \(root.path)", reason)
            }
        }
        let thread = Thread { [self] in self.readLoop() }
        thread.name = "tongxin-file-watcher"
        self.thread = thread
        thread.start()
    }

    /// Ends the reading thread within one poll (20 ms); a call of `onChange` already
    /// under way finishes.
    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Watches `path` and every folder under it that is not hidden; false when `path`
    /// itself cannot be watched (errno tells why).
    @discardableResult
    private func addTree(_ path: String) -> Bool {
        let wd = inotify_add_watch(descriptor, path, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return false }
        folders[wd] = path
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries where !entry.hasPrefix(".") {
            let child = path + "/" + entry
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                addTree(child)
            }
        }
        return true
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: [String] = []
        var lastEvent = Date.distantPast
        while !isStopped {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 20)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    let found = parse(buffer, count: count)
                    if !found.isEmpty {
                        changed.append(contentsOf: found)
                        lastEvent = Date()
                    }
                }
            }
            if !changed.isEmpty, Date().timeIntervalSince(lastEvent) >= debounce, !isStopped {
                let paths = Array(Set(changed)).sorted()
                changed = []
                onChange(paths)
            }
        }
        close(descriptor)
    }

    /// The changed paths in a buffer of inotify events; watches new folders on the way.
    private func parse(_ buffer: [UInt8], count: Int) -> [String] {
        var changed: [String] = []
        buffer.withUnsafeBytes { raw in
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let nameBytes = raw[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    changed.append("(overflow)")
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[wd] = nil
                    continue
                }
                guard let folder = folders[wd] else { continue }
                if name.isEmpty {
                    changed.append(folder)
                    continue
                }
                guard !Self.isIgnored(name) else { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addTree(path)
                }
                changed.append(path)
            }
        }
        return changed
    }

    /// Hidden files and folders and the files editors write beside the one being edited.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name == "4913"
    }
}

public enum WatchError: Error, CustomStringConvertible {
    case cannotWatch(String, String)

    public var description: String {
        switch self {
        case .cannotWatch(let call, let reason): L("serve.cannotWatch", call, reason)
        }
    }
}
#endif
