import CSupport
import Foundation

/// The files of an output folder updated in place, in build order, with their hashes.
public struct WrittenFiles: Sendable {
    let paths: [String]
    let hashes: [Int]
}

/// Writes a build beside the live output folder and swaps it in only when every file
/// was written, so the live site is never half-written: a failed, killed or
/// concurrent build leaves the previous site exactly as it was.
public struct SiteWriter: Sendable {
    public let target: URL
    /// Whom the folder is for: a folder built for one audience is never written by a
    /// command for the other (FolderAudience).
    public let audience: Audience

    public init(target: URL, audience: Audience) {
        self.target = target.standardizedFileURL
        self.audience = audience
    }

    private var lockFile: URL { parent.appendingPathComponent(".\(name).lock") }

    private var parent: URL { target.deletingLastPathComponent() }
    private var name: String { target.lastPathComponent }

    /// `beforeSwap` runs on the complete staged folder (the search indexer and the
    /// public leak scan use it); if it throws, nothing is swapped in.
    public func write(_ files: [OutputFile], beforeSwap: (URL) throws -> Void = { _ in }) throws {
        let staged = try stage()
        defer { staged.close() }
        try staged.finish(files, beforeSwap: beforeSwap)
    }

    /// An empty staging folder beside the live one, for a build that writes its pages
    /// as it draws them (StagedSite), under the folder's lock until it is closed: a
    /// build that links files of the live folder (OutputContents.link) chooses them
    /// after this, so no other build swaps the folder meanwhile.
    func stage() throws -> StagedSite {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let lock = try BuildLock.acquire(at: lockFile)
        do { try FolderAudience.check(target, for: audience) } catch {
            lock.release()
            throw error
        }
        removeLeftovers()
        let staging = parent.appendingPathComponent(".\(name).staging-\(getpid())")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            lock.release()
            throw OutputError.cannotWrite(staging.path, "\(error)")
        }
        return StagedSite(writer: self, folder: staging, lock: lock)
    }

    /// For the preview server's own folder: writes only the files whose bytes changed
    /// since `previous` (each through a temporary file and a rename, so a browser never
    /// reads half a page), removes the ones that are gone, and returns what it now holds.
    /// Not for `public/`: a set of files replaced one by one is not one atomic release.
    public func update(_ files: [OutputFile], previous: WrittenFiles) throws -> WrittenFiles {
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        // The same lock and audience as a build of the folder: `build --output X` and a
        // preview of X never write at once, and never for two audiences.
        let lock = try BuildLock.acquire(at: lockFile)
        defer { lock.release() }
        try FolderAudience.check(target, for: audience)
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        try FolderAudience.record(target, audience: audience)
        let current = Self.written(files)
        // Builds list their files in the same order unless pages came or went: then the
        // last hashes line up by position, without a dictionary of every path.
        let samePaths = previous.paths == current.paths
        let byPath = samePaths ? [:] : Dictionary(zip(previous.paths, previous.hashes), uniquingKeysWith: { _, last in last })
        let before: [Int?] = samePaths ? previous.hashes : current.paths.map { byPath[$0] }
        // Paths written before were checked then.
        for (path, hash) in zip(current.paths, before) where hash == nil && !OutputPath.isSafe(path) { throw OutputError.unsafePath(path) }
        let root = target.path
        // Files deleted from the folder behind our back are restoreMissing's.
        let changed = files.indices.filter { before[$0] != current.hashes[$0] }.map { files[$0] }
        if !samePaths {
            let kept = Set(current.paths)
            for path in previous.paths where !kept.contains(path) {
                try? manager.removeItem(atPath: root + "/" + path)
            }
        }
        try replace(changed)
        return current
    }

    /// For the preview server's own folder: writes `files` (each through a temporary
    /// file and a rename) after an update that listed them with older bytes, and returns
    /// `previous` with their new hashes (the preview's Word files drawn after its build
    /// was reported, BuildCache.drawLater).
    public func replace(_ files: [OutputFile], in previous: WrittenFiles) throws -> WrittenFiles {
        let lock = try BuildLock.acquire(at: lockFile)
        defer { lock.release() }
        try FolderAudience.check(target, for: audience)
        try replace(files)
        let fresh = Dictionary(zip(files.map(\.path), Self.written(files).hashes), uniquingKeysWith: { _, last in last })
        return WrittenFiles(paths: previous.paths, hashes: zip(previous.paths, previous.hashes).map { fresh[$0] ?? $1 })
    }

    /// Writes again the files of an in-place update that are no longer in the folder (a
    /// temporary-files cleaner, a page deleted by hand); returns how many. The preview
    /// runs this after reporting its rebuild: looking at ten thousand files (access(2),
    /// on all cores) took longer than writing the pages of a saved record.
    public func restoreMissing(_ files: [OutputFile]) throws -> Int {
        let lock = try BuildLock.acquire(at: lockFile)
        defer { lock.release() }
        try FolderAudience.check(target, for: audience)
        let root = target.path
        let isMissing = parallelMap(Array(files.indices)) { access(root + "/" + files[$0].path, F_OK) != 0 }
        let missing = files.indices.filter { isMissing[$0] }.map { files[$0] }
        try replace(missing)
        return missing.count
    }

    /// Each file through a temporary file and a rename.
    private func replace(_ changed: [OutputFile]) throws {
        let manager = FileManager.default
        let root = target.path
        for folder in Set(changed.map { OutputPath.folder(of: $0.path) }).sorted() where !folder.isEmpty {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in changed {
            let destination = root + "/" + file.path
            let temporary = root + "/" + OutputPath.folder(of: file.path) + "/.tongxin-\(getpid())-" + OutputPath.name(of: file.path)
            switch file.contents {
            case .bytes(let bytes): if case .failure(let failure) = Self.writeBytes(bytes, to: temporary) { throw failure }
            case .copy(let source), .link(let source, _):
                try? manager.removeItem(atPath: temporary)
                try manager.copyItem(atPath: source, toPath: temporary)
            }
            guard rename(temporary, destination) == 0 else { throw OutputError.cannotWrite(destination, String(cString: strerror(errno))) }
        }
    }

    /// Each file's path and a hash of its bytes (of a copied file's size, time and
    /// inode), to see which files the next build changes. Hashes are only compared
    /// within one process.
    public static func written(_ files: [OutputFile]) -> WrittenFiles {
        let hashes = parallelMap(files) { file -> Int in
            if let known = file.knownHash { return known }
            switch file.contents {
            case .bytes(let bytes):
                return hash(of: bytes)
            case .copy(let source), .link(let source, _):
                var info = stat()
                return stat(source, &info) == 0 ? [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_ino)].hashValue : 0
            }
        }
        return WrittenFiles(paths: files.map(\.path), hashes: hashes)
    }

    static func hash(of bytes: [UInt8]) -> Int {
        // Bulk hashing: `bytes.hashValue` feeds the hasher one byte at a time.
        var hasher = Hasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// Staging folders of builds that were killed; safe to remove while we hold the lock.
    private func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in names where entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).previous-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Writes `files` into the staging `folder` on all cores: writing is mostly system
    /// calls, and two threads keep the disk queue full.
    func writeAll(_ files: [OutputFile], into folder: URL) throws {
        try Self.makeFolders(for: files.map(\.path), in: folder.path)
        let base = folder.path
        let results = parallelMap(files) { Self.put($0, in: base) }
        for case .failure(let failure) in results { throw failure }
    }

    /// The folders of `paths` under `root`, after checking each path stays inside it.
    /// Without `leaves`, only the folders that hold other folders: the caller makes
    /// each file's own folder as it writes it (StagedSite.put).
    static func makeFolders(for paths: [String], in root: String, leaves: Bool = true) throws {
        var folders: Set<String> = []
        for path in paths {
            guard OutputPath.isSafe(path) else { throw OutputError.unsafePath(path) }
            folders.insert(OutputPath.folder(of: path))
        }
        if !leaves {
            var holding: Set<String> = []
            for folder in folders {
                var current = OutputPath.folder(of: folder)
                while !current.isEmpty && holding.insert(current).inserted { current = OutputPath.folder(of: current) }
            }
            folders = holding
        }
        // Sorted, parents come first, so a plain mkdir succeeds almost always; Foundation's
        // createDirectory stats every ancestor and cost more than writing the pages.
        for path in folders.sorted() where !path.isEmpty {
            let full = root + "/" + path
            // Never the root itself: a staging folder removed under a running build (a
            // stopped publish cleaning up) must not be made again by it.
            if mkdir(full, 0o755) != 0 && errno != EEXIST && access(root, F_OK) == 0 {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            }
        }
    }

    /// One file into `root`, whose folders exist, and what the file is there (for the
    /// next build's manifest; nil for a copied file, which is never a page).
    static func put(_ file: OutputFile, in root: String) -> Result<FileIdentity?, OutputError> {
        let destination = root + "/" + file.path
        switch file.contents {
        // A new file only: a staged page may be a hard link to the live one, which a
        // second write to the same path would change through it.
        case .bytes(let bytes): return writeBytes(bytes, to: destination, exclusive: true).map { $0 }
        case .copy(let source):
            do { try FileManager.default.copyItem(atPath: source, toPath: destination) } catch { return .failure(.cannotWrite(destination, "\(error)")) }
            return .success(nil)
        case .link(let source, let identity):
            return link(source, to: destination, identity: identity).map { $0 }
        }
    }

    /// A hard link where the file system allows one, else a copy; either way the file
    /// must still be the one the build decided to keep, or the build stops.
    private static func link(_ source: String, to destination: String, identity: FileIdentity) -> Result<FileIdentity, OutputError> {
        if Glibc.link(source, destination) == 0 {
            return FileIdentity(path: destination) == identity ? .success(identity) : .failure(.changedDuringBuild(source))
        }
        guard FileIdentity(path: source) == identity else { return .failure(.changedDuringBuild(source)) }
        do { try FileManager.default.copyItem(atPath: source, toPath: destination) } catch { return .failure(.cannotWrite(destination, "\(error)")) }
        // Changed while it was copied: the copy may hold bytes no build drew.
        guard FileIdentity(path: source) == identity else { return .failure(.changedDuringBuild(source)) }
        return FileIdentity(path: destination).map { .success($0) } ?? .failure(.cannotWrite(destination, "the copy is not there"))
    }

    /// The bytes into a new file; its identity from the open descriptor (a stat of
    /// each page afterwards cost as much again).
    private static func writeBytes(_ bytes: [UInt8], to path: String, exclusive: Bool = false) -> Result<FileIdentity, OutputError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | (exclusive ? O_EXCL : O_TRUNC) | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.cannotWrite(path, String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .failure(.cannotWrite(path, String(cString: strerror(errno)))) }
            written += count
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.cannotWrite(path, String(cString: strerror(errno)))) }
        return .success(FileIdentity(info))
    }

    /// Called under the folder's lock (StagedSite).
    func swapIn(_ staging: URL) throws {
        try FolderAudience.record(target, audience: audience)
        guard FileManager.default.fileExists(atPath: target.path) else {
            guard rename(staging.path, target.path) == 0 else { throw OutputError.cannotSwap(String(cString: strerror(errno))) }
            return
        }
        if tongxin_exchange_paths(staging.path, target.path) == 0 {
            // `staging` now holds the previous site.
            FolderRemoval.remove(staging.path)
            return
        }
        // Without an atomic exchange (old kernels, some file systems) there is a moment
        // with no live folder, but never a half-written one.
        let previous = parent.appendingPathComponent(".\(name).previous-\(getpid())")
        guard rename(target.path, previous.path) == 0 else { throw OutputError.cannotSwap(String(cString: strerror(errno))) }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(previous.path, target.path)
            throw OutputError.cannotSwap(reason)
        }
        FolderRemoval.remove(previous.path)
    }
}

public enum OutputError: Error, CustomStringConvertible {
    case unsafePath(String)
    case cannotWrite(String, String)
    case cannotSwap(String)
    case locked(String)
    case changedDuringBuild(String)
    case notOurs(String)
    case otherAudience(String, built: String, now: String)

    public var description: String {
        switch self {
        case .unsafePath(let path): L("output.unsafePath", path)
        case .cannotWrite(let path, let reason): L("output.cannotWrite", path, reason)
        case .cannotSwap(let reason): L("output.cannotSwap", reason)
        case .locked(let path): L("output.locked", path)
        case .changedDuringBuild(let path): L("output.changedDuringBuild", path)
        case .notOurs(let path): L("output.notOurs", path)
        case .otherAudience(let path, let built, let now): L("output.otherAudience", path, built, now)
        }
    }
}

/// Output paths, on their bytes: a build checks and splits one per page before writing
/// (NSString's path methods, bridged on Linux, took 60 ms at 10,000 pages on one core).
enum OutputPath {
    /// Relative, without '..', '.', empty or hidden parts: every part starts with
    /// something other than a dot, so no part is empty, '.', '..' or hidden.
    static func isSafe(_ path: String) -> Bool {
        var atPartStart = true
        for byte in path.utf8 {
            if atPartStart && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return false }
            atPartStart = byte == UInt8(ascii: "/")
        }
        return !atPartStart
    }

    /// The folder part of a path ("" for a file at the top).
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The file name part of a path.
    static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }
}

/// An advisory lock beside the output folder so two builds never swap at once; the
/// second one waits.
struct BuildLock {
    private let descriptor: Int32

    static func acquire(at url: URL, timeout: TimeInterval = 300) throws -> BuildLock {
        let descriptor = open(url.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError.cannotWrite(url.path, String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() > deadline {
                close(descriptor)
                throw OutputError.locked(url.path)
            }
            usleep(50_000)
        }
        return BuildLock(descriptor: descriptor)
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
