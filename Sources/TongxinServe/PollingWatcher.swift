import Foundation
#if !canImport(Glibc)

/// Where inotify is missing (macOS), the same interface by comparing modification
/// dates every half second. Slower to notice, but the preview still follows edits.
public final class FileWatcher: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    public init(roots: [URL], debounce: TimeInterval = 0.1, onChange: @escaping @Sendable ([String]) -> Void) throws {
        let thread = Thread { [self] in
            var previous = Self.snapshot(roots)
            while !self.isStopped {
                Thread.sleep(forTimeInterval: max(debounce, 0.5))
                let current = Self.snapshot(roots)
                guard current != previous, !self.isStopped else { continue }
                let changed = Set(current.keys).symmetricDifference(previous.keys)
                    .union(current.keys.filter { previous[$0] != nil && previous[$0] != current[$0] })
                previous = current
                onChange(changed.sorted())
            }
        }
        thread.name = "tongxin-file-watcher"
        thread.start()
    }

    public func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix(".tmp") || name == "4913"
    }

    private static func snapshot(_ roots: [URL]) -> [String: Date] {
        var dates: [String: Date] = [:]
        for root in roots {
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey], options: [.skipsHiddenFiles])
            while let url = files?.nextObject() as? URL {
                guard !isIgnored(url.lastPathComponent) else { continue }
                dates[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
            }
        }
        return dates
    }
}
#endif
