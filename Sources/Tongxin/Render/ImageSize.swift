import Foundation

/// Pixel sizes of images, read from their headers (PNG, GIF, JPEG, WebP, SVG), so that
/// pages give every image its width and height and do not jump while loading.
typealias ImageSizes = [String: ImageSize]

struct ImageSize: Sendable, Equatable {
    let width: Int
    let height: Int
    /// Shrunk copies, for covers (CoverImages); narrowest first.
    var variants: [ImageVariant] = []
    /// Their WebP copies, same widths, when every one is smaller (CoverImages).
    var webp: [ImageVariant] = []
    /// The whole photo, upright and without metadata, at the original's path: only for a
    /// photo whose original a document asks for (`#original`).
    var original: ImageVariant? = nil

    /// Reads the first bytes only; a 100 MB photo costs no more than a thumbnail.
    static func read(_ url: URL) -> ImageSize? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 256 * 1024)) ?? Data())
        return png(head) ?? gif(head) ?? jpeg(head) ?? webp(head) ?? svg(head)
    }

    static func png(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        return ImageSize(width: be32(b, 16), height: be32(b, 20))
    }

    static func gif(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 10, b.starts(with: Array("GIF8".utf8)) else { return nil }
        return ImageSize(width: Int(b[6]) | Int(b[7]) << 8, height: Int(b[8]) | Int(b[9]) << 8)
    }

    /// Walks the JPEG segments to the first start-of-frame marker.
    static func jpeg(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return ImageSize(width: Int(b[i + 7]) << 8 | Int(b[i + 8]), height: Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            i += 2 + length
        }
        return nil
    }

    static func webp(_ b: [UInt8]) -> ImageSize? {
        guard b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8X": return ImageSize(width: 1 + le24(b, 24), height: 1 + le24(b, 27))
        case "VP8 ": return ImageSize(width: (Int(b[26]) | Int(b[27]) << 8) & 0x3FFF, height: (Int(b[28]) | Int(b[29]) << 8) & 0x3FFF)
        case "VP8L":
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return ImageSize(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        default: return nil
        }
    }

    /// The width and height attributes of the root element, or its viewBox.
    static func svg(_ b: [UInt8]) -> ImageSize? {
        let text = String(decoding: b, as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[start.upperBound..<end])
        func attribute(_ name: String) -> Double? {
            guard let match = tag.firstMatch(of: try! Regex("(?:^|\\s)\(name)\\s*=\\s*[\"']([0-9.]+)(px)?[\"']")),
                  let value = match.output[1].substring else { return nil }
            return Double(value)
        }
        if let width = attribute("width"), let height = attribute("height") {
            return ImageSize(width: Int(width.rounded()), height: Int(height.rounded()))
        }
        if let match = tag.firstMatch(of: /viewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/),
           let width = Double(match.output.1), let height = Double(match.output.2) {
            return ImageSize(width: Int(width.rounded()), height: Int(height.rounded()))
        }
        return nil
    }

    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    private static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }
}
