import Foundation
import Tongxin

extension PreviewOptions {
    /// The preview's default output folder: one per content folder, so the office's
    /// public/ is never touched and two previews of different content never share one;
    /// `serve` removes it when it stops. It lives in memory when the system offers a memory file system
    /// ($XDG_RUNTIME_DIR, /dev/shm): writing the site there takes milliseconds, on a
    /// busy disk up to seconds. Otherwise it goes under the system's temporary folder.
    /// The folder sits in `tongxin-preview-<uid>`, a folder only this user may read
    /// (PrivateFolder.ensure): the preview is the whole internal portal.
    public static func defaultOutputFolder(for contentFolder: URL) throws -> URL {
        // FNV-1a of the absolute path: stable across runs, unlike hashValue.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in contentFolder.standardizedFileURL.path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let base = memoryFolder() ?? FileManager.default.temporaryDirectory
        let mine = base.appendingPathComponent("tongxin-preview-\(getuid())")
        try PrivateFolder.ensure(mine)
        return mine.appendingPathComponent(String(hash, radix: 16))
    }

    private static func memoryFolder() -> URL? {
        let candidates = [ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], "/dev/shm"].compactMap { $0 }.filter { !$0.isEmpty }
        return candidates.first { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                && FileManager.default.isWritableFile(atPath: path)
        }.map { URL(fileURLWithPath: $0) }
    }
}
