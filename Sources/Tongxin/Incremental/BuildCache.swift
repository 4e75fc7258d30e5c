import Foundation

/// What a long-running process (the preview server) keeps between builds: parsed
/// content files, keyed by their file stamp; rendered Markdown, keyed by the version
/// of its source; and pages, keyed by their inputs. A rebuild after one saved file then
/// re-reads and re-renders only that file and the pages that show it. Entries a build
/// does not use are dropped when it finishes, so deleted files do not pile up.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    /// By content path: the stamp the file had when it was last read (taken before
    /// reading), the size limit it was read under, and what the read gave.
    private var files: [String: (stamp: FileStamp, limit: Int, value: (any Sendable)?, diagnostics: Diagnostics)] = [:]
    /// The last build's Markdown: each source's version (MarkdownSource.version: a hash
    /// of its file) and file in order, what rendering gave, the bodies by file, and the
    /// limits they were rendered under.
    private var lastMarkdown: MarkdownRun?
    /// What the preview's own output folder holds (BuildMode.preview, WriteStep).
    let output = InPlaceOutput()
    private var pages: [String: StoredPage] = [:]
    public private(set) var pagesReused = 0
    private var usedFiles: Set<String> = []
    /// The last scan of the content folder, for a build told which files changed.
    private var lastScan: (root: String, files: ContentFiles)?
    /// Each section's paths and results in the last build (by the section's value type),
    /// for a build told which files changed: the others keep their results by position,
    /// without a lookup per file.
    private var lastSections: [String: (paths: [String], limit: Int, results: Any)] = [:]
    /// Content paths that may have changed since the last build; nil when unknown (every
    /// file is checked). Set per build by `beginLoad`.
    private var changedFiles: Set<String>?
    public private(set) var misses = 0
    /// Content files read again in this build (the others came from the cache).
    private var readThisBuild: [String] = []
    /// The last build's checks (Validator.check).
    private var checks = KnownChecks()
    /// Numbers each build (beginLoad), so that a kept analysis is known to be the last build's.
    private var builds = 0
    private var lastAnalysis: Kept<ContactWork>?
    /// The last build's specs of the cases', briefs' and free pages (see documentPages).
    private var lastDocuments: Kept<[[PageSpec]]>?
    public private(set) var analysesReused = 0
    /// Builds that kept the last build's cases', briefs' and free pages' specs.
    public private(set) var documentsReused = 0
    /// Files whose stamp was read from the disk in the last build (the others were
    /// known unchanged from a watcher's report).
    public private(set) var filesChecked = 0

    public init() {}

    /// Starts a build's load. `changed` are the content paths (relative to `root`) a
    /// watcher reported since the previous build with this cache, or nil when that is
    /// not known. Only a report of files that existed before and still exist is
    /// trusted: a file or folder that appeared or vanished, or anything the watcher could
    /// not name, means the folder is scanned and every file checked again. A path that
    /// was not there last time and is gone again (the temporary file of an editor's or
    /// `sed -i`'s save) changed nothing.
    func beginLoad(root: String, changed: Set<String>?) -> ContentFiles? {
        lock.withLock {
            filesChecked = 0
            builds += 1
            readThisBuild.removeAll(keepingCapacity: true)
            // A long report (a branch switched) is cheaper to answer with a fresh scan.
            guard let changed, changed.count <= 64, let scan = lastScan, scan.root == root else {
                changedFiles = nil
                return nil
            }
            let stamps = changed.map { ($0, FileStamp(path: root + "/" + $0)) }
            let relevant = stamps.filter { scan.files.contains($0.0) || $0.1 != nil }
            guard relevant.allSatisfy({ scan.files.contains($0.0) && $0.1?.isRegularFile == true }) else {
                changedFiles = nil
                return nil
            }
            changedFiles = Set(relevant.map(\.0))
            return scan.files
        }
    }

    func noteScan(_ files: ContentFiles, root: String) {
        lock.withLock { lastScan = (root, files) }
    }

    /// The values loaded from `paths` (relative to `root`), on all cores, loading a file
    /// again only when it changed. A file the build knows to be unchanged is not even
    /// stat'ed. The cache is looked up and updated once for all paths: a lock taken per
    /// file was contended on every file by the other core.
    func files<T: Sendable>(_ paths: [String], root: String, limit: Int, load: @escaping @Sendable (String) -> (T?, Diagnostics)) -> [(T?, Diagnostics)] {
        let section = String(describing: T.self)
        if let results = reloadingReported(section, paths: paths, root: root, limit: limit, load: load) { return results }
        let results = lookUpAll(paths, root: root, limit: limit, load: load)
        lock.withLock { lastSections[section] = (paths, limit, results) }
        return results
    }

    /// The section's last results with only the reported files looked at again, when the
    /// build has a trusted report and the section lists the same files as last time.
    private func reloadingReported<T: Sendable>(_ section: String, paths: [String], root: String, limit: Int, load: @Sendable (String) -> (T?, Diagnostics)) -> [(T?, Diagnostics)]? {
        // Taken out of the cache (stored again below, or by the full look-up): left in it,
        // the first changed file copied all ten thousand results.
        guard let (changed, last, lastResults) = lock.withLock({ () -> (Set<String>, (paths: [String], limit: Int), [(T?, Diagnostics)])? in
            guard let changed = changedFiles, let last = lastSections.removeValue(forKey: section),
                  let results = last.results as? [(T?, Diagnostics)] else { return nil }
            return (changed, (last.paths, last.limit), results)
        }), last.limit == limit, last.paths == paths else { return nil }
        var results = consume lastResults
        let reported = changed.compactMap { path in paths.sortedIndex(of: path).map { ($0, path) } }
        // Reported files are few: one at a time, each through the usual lookup.
        for (index, path) in reported {
            results[index] = lookUpAll([path], root: root, limit: limit, load: load)[0]
        }
        lock.withLock { lastSections[section] = (paths, limit, results) }
        return results
    }

    private func lookUpAll<T: Sendable>(_ paths: [String], root: String, limit: Int, load: @Sendable (String) -> (T?, Diagnostics)) -> [(T?, Diagnostics)] {
        typealias Entry = (stamp: FileStamp, limit: Int, value: (any Sendable)?, diagnostics: Diagnostics)
        let (entries, changed) = lock.withLock { () -> ([Entry?], Set<String>?) in
            (paths.map { path in
                usedFiles.insert(path)
                return files[path].flatMap { $0.limit == limit ? $0 : nil }
            }, changedFiles)
        }
        // `fresh` is set when the file was read: its new entry, or nil when it vanished.
        let results = parallelMap(Array(paths.indices)) { index -> (value: T?, diagnostics: Diagnostics, checked: Bool, read: Bool, fresh: Entry?) in
            let path = paths[index]
            if let entry = entries[index], let value = entry.value as? T? {
                if let changed, !changed.contains(path) { return (value, entry.diagnostics, false, false, nil) }
                if FileStamp(path: root + "/" + path) == entry.stamp { return (value, entry.diagnostics, true, false, nil) }
            }
            let stamp = FileStamp(path: root + "/" + path)
            let loaded = load(path)
            return (loaded.0, loaded.1, true, true, stamp.map { ($0, limit, loaded.0, loaded.1) })
        }
        lock.withLock {
            filesChecked += results.reduce(0) { $0 + ($1.checked ? 1 : 0) }
            for (path, result) in zip(paths, results) {
                guard result.read else { continue }
                misses += 1
                readThisBuild.append(path)
                files[path] = result.fresh
            }
        }
        return results.map { ($0.value, $0.diagnostics) }
    }

    /// Each source rendered, on all cores, in order, and the bodies by file; a source
    /// unchanged since an earlier build (the same version) under the same limits keeps that
    /// rendering. Failures are not kept: the time budget may have run out on a busy
    /// machine.
    func markdown(_ sources: [MarkdownSource], limits: Limits, render: @escaping @Sendable (MarkdownSource) -> MarkdownRun.Result) -> (reported: [Diagnostic], bodies: RenderedBodies) {
        // Taken out of the cache, so that patching it below does not copy it.
        var last = lock.withLock { () -> MarkdownRun? in
            defer { lastMarkdown = nil }
            return lastMarkdown
        }
        let run: MarkdownRun
        if last?.covers(sources, limits: limits) == true {
            last!.renderChanged(sources, render: render)
            run = last!
        } else {
            run = MarkdownRun(sources, last: last, limits: limits, render: render)
        }
        lock.withLock { lastMarkdown = run }
        return (run.reported, run.bodies)
    }

    /// Encoded blocks of the records table (CSVExports) by the key of their rows.
    private var blocks: [Int: [UInt8]] = [:]

    func storedBlocks() -> [Int: [UInt8]] {
        lock.withLock { blocks }
    }

    /// Keeps this build's blocks only.
    func keepBlocks(_ made: [(key: Int, bytes: [UInt8])]) {
        let kept = Dictionary(made.map { ($0.key, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        lock.withLock { blocks = kept }
    }

    /// A page as the last build left it: its reuse key, bytes and their hash.
    typealias StoredPage = (key: Int, bytes: [UInt8], hash: Int)

    /// The pages the last build kept, read without the lock while pages render: a lock
    /// taken per page was contended by the other core on every page.
    func storedPages() -> [String: StoredPage] {
        lock.withLock { pages }
    }

    /// Keeps this build's pages: `drawn` were rendered afresh, `reused` kept their bytes,
    /// and `routes` are all pages that had a key (the others are dropped).
    func keepPages(drawn: [(route: String, page: StoredPage)], reused: Int, routes: [String]) {
        lock.withLock {
            pagesReused += reused
            for (route, page) in drawn { pages[route] = page }
            // Every route of this build is now stored, so equal counts mean nothing else is.
            if pages.count != routes.count {
                let current = Set(routes)
                pages = pages.filter { current.contains($0.key) }
            }
        }
    }

    /// Output paths of the preview's Word files listed with their last bytes and not
    /// drawn yet (PageReuse.LaterFile): the server waits for them before sending one.
    private var laterPaths: Set<String> = []
    private let laterDrawn = NSCondition()

    /// Notes the build's later files (before it is reported, so that no download can
    /// get an old one).
    func expectLater(_ later: [PageReuse.LaterFile]) {
        laterDrawn.withLock { laterPaths = Set(later.map { Routes.file(for: $0.route) }) }
    }

    /// Draws the build's later files on all cores, has `write` put them into the folder,
    /// and stores them as the pages of their routes, as if the build had drawn them.
    func drawLater(_ later: [PageReuse.LaterFile], write: ([OutputFile]) throws -> Void) {
        guard !later.isEmpty else { return }
        let drawn = parallelMap(later) { file -> (route: String, page: StoredPage) in
            let bytes = file.draw()
            return (file.route, (file.key, bytes, SiteWriter.hash(of: bytes)))
        }
        // Not written (a folder deleted meanwhile): the last bytes stay stored, so the
        // next build draws the files again.
        if (try? write(drawn.map { OutputFile(path: Routes.file(for: $0.route), contents: .bytes($0.page.bytes), knownHash: $0.page.hash) })) != nil {
            lock.withLock { for (route, page) in drawn where pages[route] != nil { pages[route] = page } }
        }
        laterDrawn.withLock {
            laterPaths = []
            laterDrawn.broadcast()
        }
    }

    /// Whether the file at this output path is one of the last build's later files not drawn yet.
    public func isLater(_ path: String) -> Bool {
        laterDrawn.withLock { laterPaths.contains(path) }
    }

    /// Waits (at most `seconds`) while the file at this output path is one of the last
    /// build's later files; true when it is drawn (or never was one).
    public func waitUntilDrawn(_ path: String, seconds: Double = 10) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return laterDrawn.withLock {
            while laterPaths.contains(path) {
                if !laterDrawn.wait(until: deadline) { return false }
            }
            return true
        }
    }

    /// The digest of the values of each page keyed by them (ContextDigest), with what
    /// they were made from (`made`: the analysis version and every page's shared inputs,
    /// PageKeys.shared): while that is the same, so are the values, and the preview need
    /// not build them again to know the page is unchanged (a saved text left the tasks
    /// as they were, but building their values cost more than the rest of the save).
    private var digests: [String: (made: Int, digest: Int)] = [:]

    func storedDigests() -> [String: (made: Int, digest: Int)] {
        lock.withLock { digests }
    }

    func keepDigest(_ digest: Int, of route: String, made: Int) {
        lock.withLock { digests[route] = (made, digest) }
    }

    /// The last build's checks, when they still hold: the watcher named every change (so
    /// no file came or went) and only records were read again, so the members,
    /// organisation, settings and cases they were checked against are the same, and a
    /// record's version (MarkdownSource.version) changes with its file. Otherwise none.
    func knownChecks() -> KnownChecks {
        lock.withLock { onlyRecordsRead ? checks : KnownChecks() }
    }

    /// Under `lock`: see knownChecks.
    private var onlyRecordsRead: Bool {
        changedFiles != nil && readThisBuild.allSatisfy { $0.hasPrefix("records/") }
    }

    /// The last build's analysis when nothing it reads has changed: only records were
    /// read again (see knownChecks) and `key` (the records' front matter and the
    /// members' files, in order, and the day) is the same. Else `make`'s.
    func analysis(key: Int, make: () -> ContactWork) -> ContactWork {
        let (work, kept) = lastOrMade(\.lastAnalysis, key: key, holds: { onlyRecordsRead }, make: make)
        if kept { lock.withLock { analysesReused += 1 } }
        return work
    }

    /// The last build's specs of the pages made from cases, briefs and free pages alone,
    /// when none of what they are made from can have changed: the watcher named every
    /// change since that build, each a record's Markdown file (no member, organisation,
    /// setting, story or image), and `key` (the theme, the day) is the same. Else
    /// `make`'s. Listing 1,250 stories again was a twentieth of a preview save's CPU.
    func documentPages(key: Int, make: () -> [[PageSpec]]) -> [[PageSpec]] {
        let (pages, kept) = lastOrMade(\.lastDocuments, key: key, holds: { onlyRecordsChanged }, make: make)
        if kept { lock.withLock { documentsReused += 1 } }
        return pages
    }

    /// What a build made, kept for the next one under a key.
    private struct Kept<Value> {
        let build: Int
        let key: Int
        let value: Value
    }

    /// The value in `slot` when the last build made it under `key` and `holds` (asked
    /// under `lock`), else `make`'s; either is kept in `slot` for the next build.
    private func lastOrMade<Value>(_ slot: ReferenceWritableKeyPath<BuildCache, Kept<Value>?>, key: Int, holds: () -> Bool, make: () -> Value) -> (value: Value, kept: Bool) {
        let (build, kept) = lock.withLock { () -> (Int, Value?) in
            guard let last = self[keyPath: slot], last.build == builds - 1, last.key == key, holds() else { return (builds, nil) }
            return (builds, last.value)
        }
        let value = kept ?? make()
        lock.withLock { self[keyPath: slot] = Kept(build: build, key: key, value: value) }
        return (value, kept != nil)
    }

    /// Under `lock`: every change the watcher named since the last build is a record's
    /// Markdown file (an image kept under records/ could be a story's).
    private var onlyRecordsChanged: Bool {
        guard let changedFiles, onlyRecordsRead else { return false }
        return changedFiles.allSatisfy { $0.hasPrefix("records/") && $0.hasSuffix(".md") }
    }

    func keepChecks(_ kept: KnownChecks) {
        lock.withLock { checks = kept }
    }

    /// The content's git history as the last build read it: the next one reads only the
    /// commits made since (GitHistory.load(contentFolder:after:)).
    private var lastHistory: GitHistory?

    func history(contentFolder: URL) -> GitHistory {
        let history = GitHistory.load(contentFolder: contentFolder, after: lock.withLock { lastHistory })
        lock.withLock { lastHistory = history }
        return history
    }

    /// Forget what the build just finished did not use.
    func finishBuild() {
        lock.withLock {
            // Usually every entry was used (nothing was deleted): rebuilding the
            // dictionary of 10,000 entries after each save cost more than the check. A
            // build with a trusted report had the same files as the last one, and its
            // sections may not have looked each one up.
            if changedFiles == nil && files.count != usedFiles.count { files = files.filter { usedFiles.contains($0.key) } }
            usedFiles.removeAll(keepingCapacity: true)
        }
    }
}
