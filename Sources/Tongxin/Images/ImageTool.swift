import Foundation

/// The one place Tongxin runs libvips (Debian's libvips-tools, installed by `make site`):
/// `vipsthumbnail` shrinks a photo, turns it upright by its EXIF orientation and writes
/// it without any metadata (`strip`: no EXIF, no GPS, no camera, no ICC profile). A
/// library in-process would tie the build to libvips' C API; one short-lived process per
/// new variant is nothing next to the decoding, and the results are cached (ImageCache).
enum ImageTool {
    struct Failure: Error, Sendable {
        let reason: String
    }

    static let programName = "vipsthumbnail"

    static var program: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map(String.init) + ["/usr/bin"])
            .map { $0 + "/" + programName }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Writes `source` at most `width` pixels wide (never enlarged), upright, without
    /// metadata, to `destination`, in the format its extension names. `lossless`: a WebP
    /// that keeps every pixel (the copy of a PNG, which may be a chart or a screenshot).
    static func shrink(_ source: String, width: Int, to destination: String, lossless: Bool = false) throws(Failure) {
        guard let program else { throw Failure(reason: L("office.image.noTool")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        let quality = destination.hasSuffix(".png") ? "" : lossless ? ",lossless" : ",Q=82"
        process.arguments = [source, "--size", "\(width)x>", "-o", destination + "[strip\(quality)]"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw Failure(reason: "\(error)") }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: destination) else {
            throw Failure(reason: String(decoding: message, as: UTF8.self).trimmed)
        }
        // `strip` leaves an EXIF chunk in a WebP (libvips 8.14): taken out here.
        if destination.hasSuffix(".webp") { try WebPMetadata.strip(destination) }
    }
}
