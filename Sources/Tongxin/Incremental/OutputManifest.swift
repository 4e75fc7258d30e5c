import Foundation

/// A file's size, modification time and inode: what the last build left in the output
/// folder is reused only while these are unchanged. (Not the change time: hard-linking
/// a file into the next build changes it.)
public struct FileIdentity: Equatable, Sendable {
    let size: Int64
    let modified: Int64
    let inode: UInt64

    init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// nil when `path` is not a regular file.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(info)
    }
}

/// What `tongxin build` left in an output folder, kept beside it (`.public.pages` for
/// `public/`): each page's key (PageKeys) and its file's identity. The next build links
/// a page whose key is the same, and whose file is untouched, from the live folder
/// instead of drawing and writing it again.
///
/// One line per page, `key size modified inode path`, after a line naming the format.
/// A missing, unreadable or foreign file is an empty manifest: every page is drawn.
struct OutputManifest: Sendable {
    struct Entry: Sendable {
        let key: Int
        let identity: FileIdentity
    }

    static let format = "tongxin-pages 1"

    /// A page as a build wrote it.
    struct Page: Sendable {
        let path: String
        let key: Int
        let identity: FileIdentity
    }

    /// By output path.
    private(set) var entries: [String: Entry] = [:]
    /// The folder the pages are in.
    let root: String

    init(root: String, entries: [String: Entry] = [:]) {
        self.root = root
        self.entries = entries
    }

    static func location(of folder: URL) -> URL {
        let folder = folder.standardizedFileURL
        return folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).pages")
    }

    /// The manifest of `folder`'s last build.
    static func read(of folder: URL) -> OutputManifest {
        let root = folder.standardizedFileURL.path
        guard let data = FileManager.default.contents(atPath: location(of: folder).path),
              let text = String(data: data, encoding: .utf8) else { return OutputManifest(root: root) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.popFirst() == Substring(format) else { return OutputManifest(root: root) }
        var manifest = OutputManifest(root: root)
        manifest.entries.reserveCapacity(lines.count)
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 4)
            guard parts.count == 5, let key = UInt64(parts[0], radix: 16), let size = Int64(parts[1]),
                  let modified = Int64(parts[2]), let inode = UInt64(parts[3]) else { return OutputManifest(root: root) }
            manifest.entries[String(parts[4])] = Entry(key: Int(bitPattern: UInt(key)), identity: FileIdentity(size: size, modified: modified, inode: inode))
        }
        return manifest
    }

    /// Removed right before a build swaps its folder in, so that a build killed between
    /// the swap and `write` leaves no manifest (every page drawn next time) rather than
    /// one that describes the folder before.
    static func remove(of folder: URL) {
        unlink(location(of: folder).path)
    }

    /// Records the pages of the build just swapped into `folder`, each with the identity
    /// its file was given in the staging folder (a swap keeps it).
    static func write(_ pages: [Page], in folder: URL) throws {
        var text = format + "\n"
        for page in pages {
            text += "\(String(UInt64(UInt(bitPattern: page.key)), radix: 16)) \(page.identity.size) \(page.identity.modified) \(page.identity.inode) \(page.path)\n"
        }
        let destination = location(of: folder)
        let temporary = destination.deletingLastPathComponent().appendingPathComponent(destination.lastPathComponent + ".\(getpid())")
        do { try Data(text.utf8).write(to: temporary) } catch {
            unlink(temporary.path)
            throw error
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw OutputError.cannotWrite(destination.path, reason)
        }
    }

    /// The live file of `path` when the last build drew it under `key` and it has not
    /// been touched since.
    func reusable(_ path: String, key: Int) -> OutputContents? {
        guard let entry = entries[path], entry.key == key else { return nil }
        let live = root + "/" + path
        guard FileIdentity(path: live) == entry.identity else { return nil }
        return .link(from: live, identity: entry.identity)
    }
}
