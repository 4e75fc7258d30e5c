import Foundation

/// Debian's libvips 8.14 writes an EXIF chunk into a WebP even when told to strip
/// (`[strip]` is honoured for JPEG and PNG only): its own small EXIF — orientation,
/// resolution, pixel size — and whatever of the source it kept. Every published image
/// must be without EXIF, so the WebP's metadata chunks (EXIF, XMP, ICC profile) are
/// taken out here and the extended header's flags for them cleared; the picture's own
/// chunks are left byte for byte. Container format: developers.google.com/speed/webp/docs/riff_container.
enum WebPMetadata {
    /// Chunks that describe the picture rather than make it.
    static let dropped: Set<String> = ["EXIF", "XMP ", "ICCP"]
    /// VP8X flag bits: ICC profile, EXIF, XMP.
    static let flags: UInt8 = 0x20 | 0x08 | 0x04

    /// The file without its metadata chunks; nil when it is not a RIFF WebP.
    static func stripped(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return nil }
        var out = Array(bytes[0..<12])
        var index = 12
        while index + 8 <= bytes.count {
            let name = String(decoding: bytes[index..<index + 4], as: UTF8.self)
            let size = Int(bytes[index + 4]) | Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]) << 16 | Int(bytes[index + 7]) << 24
            let end = index + 8 + size + (size & 1)
            guard size >= 0, end <= bytes.count || index + 8 + size == bytes.count else { return nil }
            let chunk = Array(bytes[index..<min(end, bytes.count)])
            if name == "VP8X", chunk.count > 8 {
                var header = chunk
                header[8] &= ~flags
                out += header
            } else if !dropped.contains(name) {
                out += chunk
            }
            index = end
        }
        let length = UInt32(out.count - 8)
        out.replaceSubrange(4..<8, with: [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24)])
        return out
    }

    /// Rewrites the WebP at `path` without its metadata.
    static func strip(_ path: String) throws(ImageTool.Failure) {
        guard let data = FileManager.default.contents(atPath: path), let clean = stripped([UInt8](data)) else {
            throw ImageTool.Failure(reason: "\(path): not a WebP file")
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(clean)) else {
            throw ImageTool.Failure(reason: "\(path): cannot be written")
        }
    }
}
