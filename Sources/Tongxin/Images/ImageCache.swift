import Foundation

/// Shrunk images by what they were made from: the source's bytes, the width, the format
/// and the libvips version, so that a rebuild — of any site on the machine — does not
/// make a variant twice, and a new libvips makes them all again. The folder is
/// `$TONGXIN_IMAGE_CACHE`, else `$XDG_CACHE_HOME/tongxin/images`, else
/// `~/.cache/tongxin/images`; removing it only costs time.
enum ImageCache {
    static var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["TONGXIN_IMAGE_CACHE"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("tongxin/images")
    }

    /// The cached variant of `source` (whose bytes are `bytes`) at `width`, made when missing.
    static func variant(of source: String, bytes: [UInt8], width: Int, format: String, lossless: Bool = false) throws(ImageTool.Failure) -> String {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        hasher.combine(width)
        hasher.combine(format)
        // Only when set, so that the lossy variants made before keep their names.
        if lossless { hasher.combine("lossless") }
        // WebP variants made before WebPMetadata kept libvips' EXIF chunk: made again.
        if format == "webp" { hasher.combine("without-exif") }
        hasher.combine(toolVersion)
        let name = String(UInt64(UInt(bitPattern: hasher.finalize())), radix: 16) + "." + format
        let folder = folder
        let path = folder.appendingPathComponent(name).path
        if FileManager.default.fileExists(atPath: path) { return path }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw ImageTool.Failure(reason: "\(folder.path): \(error)")
        }
        // Made under a name of this process and renamed: a variant is whole or absent.
        let temporary = folder.appendingPathComponent(".\(getpid())-\(UInt64.random(in: 0 ... .max))-" + name).path
        defer { unlink(temporary) }
        try ImageTool.shrink(source, width: width, to: temporary, lossless: lossless)
        guard rename(temporary, path) == 0 else { throw ImageTool.Failure(reason: "\(path): \(String(cString: strerror(errno)))") }
        return path
    }

    /// libvips' version ("libvips 8.14.1"), asked once per run and only when a variant is
    /// looked up: part of every variant's key.
    static let toolVersion: String = {
        guard let program = ImageTool.program else { return "none" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--vips-version"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "none" }
        let text = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self).trimmed
    }()
}
