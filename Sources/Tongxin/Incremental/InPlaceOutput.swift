import Foundation

/// The preview's own output folder, updated file by file (BuildMode.preview, WriteStep):
/// the hash of each file it holds, and how many writes there were. Builds run one after
/// another (the preview's build queue), but a build's check for deleted files runs once
/// it has been reported, and the lock makes the next write wait for it.
final class InPlaceOutput: @unchecked Sendable {
    private let lock = NSLock()
    // Both under `lock`.
    private var written: WrittenFiles?
    private var writes = 0

    /// Writes the output folder in place: `write` gets what the last write left (nil
    /// the first time) and returns what the folder now holds. The result is the number
    /// of this write, for `restore`.
    func write(_ write: (WrittenFiles?) throws -> WrittenFiles) rethrows -> Int {
        try lock.withLock {
            written = try write(written)
            writes += 1
            return writes
        }
    }

    /// Runs `restore` (putting back files deleted from the folder) unless a later write
    /// came first, which then has its own check. When it fails, the next write starts
    /// from an empty record and so writes every file again.
    func restore(after write: Int, _ restore: () throws -> Void) {
        lock.withLock {
            guard writes == write else { return }
            do { try restore() } catch { written = nil }
        }
    }
}
