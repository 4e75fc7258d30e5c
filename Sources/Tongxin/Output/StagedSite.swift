import Foundation

/// A build's staging folder beside the live output folder (SiteWriter.stage): pages are
/// written into it as they are drawn, so that a page's bytes are freed at once instead
/// of the whole site waiting in memory, and the folder is swapped in only by `finish`.
/// `close` removes it unless it was swapped in, and gives up the folder's lock: whatever
/// happens, the live site stays as it was until the swap.
final class StagedSite: @unchecked Sendable {
    let folder: URL
    private let writer: SiteWriter
    private let lock: BuildLock
    private let state = NSLock()
    // Under `state`.
    private var failure: OutputError?
    private var swapped = false
    private var closed = false

    init(writer: SiteWriter, folder: URL, lock: BuildLock) {
        self.writer = writer
        self.folder = folder
        self.lock = lock
    }

    /// The folders that hold the pages' folders, before any page is put; each page's
    /// own folder is made as it is put, on all cores, instead of all in one run here
    /// while the other core waited.
    func makeFolders(for paths: [String]) {
        do { try SiteWriter.makeFolders(for: paths, in: folder.path, leaves: false) } catch {
            record(error as? OutputError ?? .cannotWrite(folder.path, "\(error)"))
        }
    }

    /// Writes one page (into its own folder, made here), from any thread; the first
    /// failure is kept for `finish`. What the file is, for the manifest.
    func put(_ page: OutputFile) -> FileIdentity? {
        // Checked here too: a page is written before `finish` could refuse the build.
        guard OutputPath.isSafe(page.path) else {
            record(.unsafePath(page.path))
            return nil
        }
        let own = OutputPath.folder(of: page.path)
        if !own.isEmpty && mkdir(folder.path + "/" + own, 0o755) != 0 && errno != EEXIST {
            record(.cannotWrite(folder.path + "/" + own, String(cString: strerror(errno))))
            return nil
        }
        switch SiteWriter.put(page, in: folder.path) {
        case .success(let identity): return identity
        case .failure(let failure):
            record(failure)
            return nil
        }
    }

    /// Writes the rest of the files, runs `beforeSwap` on the complete folder (the
    /// search indexer) and swaps it in; throws the first failure of any write.
    func finish(_ files: [OutputFile], beforeSwap: (URL) throws -> Void) throws {
        if let failure = state.withLock({ failure }) { throw failure }
        try writer.writeAll(files, into: folder)
        try beforeSwap(folder)
        try writer.swapIn(folder)
        state.withLock { swapped = true }
    }

    func close() {
        let (first, kept) = state.withLock { () -> (Bool, Bool) in
            defer { closed = true }
            return (!closed, swapped)
        }
        guard first else { return }
        if !kept { FolderRemoval.remove(folder.path) }
        lock.release()
    }

    private func record(_ error: OutputError) {
        state.withLock { if failure == nil { failure = error } }
    }
}
