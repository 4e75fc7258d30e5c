import Foundation

/// What a long-running process (the preview server) keeps between builds: parsed
/// content files, keyed by their file stamp, and rendered Markdown, keyed by its text.
/// A rebuild after one saved file then re-reads and re-renders only that file.
/// Entries not used by a build are dropped when it finishes, so deleted files do not
/// pile up.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: (stamp: FileStamp, value: (any Sendable)?, diagnostics: Diagnostics)] = [:]
    private var markdown: [String: (text: String, limits: String, result: Result<RenderedMarkdown, Diagnostic>)] = [:]
    /// Hash of each file of the last output written in place (the preview's folder).
    /// Builds that share a cache run one after another (the preview's build queue).
    var writtenOutput: [String: Int]?
    private var pages: [String: (key: Int, bytes: [UInt8], hash: Int)] = [:]
    private var usedPages: Set<String> = []
    public private(set) var pagesReused = 0
    private var usedFiles: Set<String> = []
    /// The stamp each content file had when this build read it (taken before reading).
    private var loadedStamps: [String: FileStamp] = [:]
    private var usedMarkdown: Set<String> = []
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    /// The value loaded from `path`, loading it again only when the file changed.
    func file<T: Sendable>(_ path: String, stamp: FileStamp?, load: () -> (T?, Diagnostics)) -> (T?, Diagnostics) {
        if let stamp, let entry = lock.withLock({ () -> (stamp: FileStamp, value: (any Sendable)?, diagnostics: Diagnostics)? in
            usedFiles.insert(path)
            return files[path]
        }), entry.stamp == stamp, let value = entry.value as? T? {
            lock.withLock { hits += 1 }
            return (value, entry.diagnostics)
        }
        let loaded = load()
        lock.withLock {
            misses += 1
            if let stamp { files[path] = (stamp, loaded.0, loaded.1) } else { files[path] = nil }
        }
        return loaded
    }

    func noteLoaded(_ path: String, stamp: FileStamp?) {
        lock.withLock { loadedStamps[path] = stamp }
    }

    /// Page keys use the stamp the load saw, not a fresh one: a file saved again between
    /// the load and the page key would otherwise key old text with the new stamp, and
    /// the next build would keep that stale page.
    func loadedStamp(_ path: String) -> FileStamp? {
        lock.withLock { loadedStamps[path] }
    }

    func markdown(_ source: MarkdownSource, limits: Limits, render: () -> Result<RenderedMarkdown, Diagnostic>) -> Result<RenderedMarkdown, Diagnostic> {
        let key = source.file
        let limitsKey = "\(limits.markdownBytes)/\(limits.renderMilliseconds)/\(source.firstLine)"
        if let entry = lock.withLock({ () -> (text: String, limits: String, result: Result<RenderedMarkdown, Diagnostic>)? in
            usedMarkdown.insert(key)
            return markdown[key]
        }), entry.limits == limitsKey, entry.text == source.text {
            return entry.result
        }
        let result = render()
        // A failure may come from a busy machine (the time budget): try again next build.
        if case .success = result { lock.withLock { markdown[key] = (source.text, limitsKey, result) } }
        return result
    }

    /// The page's last bytes (and their hash) if it was rendered under the same key,
    /// else renders it.
    func page(_ route: String, key: Int, render: () -> [UInt8]) -> (bytes: [UInt8], hash: Int) {
        if let entry = lock.withLock({ () -> (key: Int, bytes: [UInt8], hash: Int)? in
            usedPages.insert(route)
            return pages[route]
        }), entry.key == key {
            lock.withLock { pagesReused += 1 }
            return (entry.bytes, entry.hash)
        }
        let bytes = render()
        let hash = SiteWriter.hash(of: bytes)
        lock.withLock { pages[route] = (key, bytes, hash) }
        return (bytes, hash)
    }

    /// Forget what the build just finished did not use.
    func finishBuild() {
        lock.withLock {
            // Usually every entry was used (nothing was deleted): rebuilding three
            // dictionaries of 10,000 entries after each save cost more than the check.
            if files.count != usedFiles.count { files = files.filter { usedFiles.contains($0.key) } }
            if markdown.count != usedMarkdown.count { markdown = markdown.filter { usedMarkdown.contains($0.key) } }
            if pages.count != usedPages.count { pages = pages.filter { usedPages.contains($0.key) } }
            usedPages.removeAll(keepingCapacity: true)
            usedFiles.removeAll(keepingCapacity: true)
            usedMarkdown.removeAll(keepingCapacity: true)
            loadedStamps.removeAll(keepingCapacity: true)
        }
    }
}

/// Enough of a file's metadata to notice any change: size, inode, and both times to
/// the nanosecond.
struct FileStamp: Hashable, Sendable {
    let size: Int64
    let inode: UInt64
    let modified: Int64
    let changed: Int64

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}
