import Foundation

/// A picture uploaded through a form, accepted only when its bytes are a JPEG, PNG, GIF
/// or WebP image whose kind matches its name, and within the size limit. An HTML page
/// (or anything else) named .jpg is refused; SVG is refused too, since it may carry
/// script. The stored name is made here, never taken from the browser.
public struct UploadedImage: Sendable {
    public enum Kind: String, Sendable { case jpeg = "jpg", png, gif, webp }

    public let data: Data
    public let kind: Kind

    public static let maxBytes = 8 * 1024 * 1024

    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(filename: String, data: Data) throws(Refusal) {
        guard data.count <= Self.maxBytes else { throw Refusal(description: L("edit.upload.tooLarge", filename, Self.maxBytes / 1024 / 1024)) }
        guard let kind = Self.kind(of: data) else { throw Refusal(description: L("edit.upload.notImage", filename)) }
        let ext = filename.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let expected: Set<String> = switch kind {
        case .jpeg: ["jpg", "jpeg"]
        case .png: ["png"]
        case .gif: ["gif"]
        case .webp: ["webp"]
        }
        guard expected.contains(ext) else { throw Refusal(description: L("edit.upload.wrongExtension", filename, kind.rawValue)) }
        self.data = data
        self.kind = kind
    }

    /// The format the first bytes say, or nil.
    static func kind(of data: Data) -> Kind? {
        let bytes = [UInt8](data.prefix(12))
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .gif }
        if bytes.count == 12 && bytes.starts(with: Array("RIFF".utf8)) && Array(bytes[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }

    /// `assets/images/<stem>-<n>.<ext>`, the first name not taken.
    public func assetPath(stem: String, contentFolder: URL) -> String {
        var counter = 1
        while true {
            let path = "assets/images/\(stem)-\(counter).\(kind.rawValue)"
            if !FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent(path).path) { return path }
            counter += 1
        }
    }
}
