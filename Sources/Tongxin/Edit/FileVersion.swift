import Foundation

/// The version of a content file a form was opened on: the SHA-256 of its bytes (or
/// `new` for a file that did not exist). A save whose form carries another version than
/// the file on disk has now was made on an older text and is refused (no lost update).
public enum FileVersion {
    public static let absent = "new"

    public static func of(_ data: Data?) -> String {
        guard let data else { return absent }
        return SHA256.digest([UInt8](data)).map { String(format: "%02x", $0) }.joined()
    }

    public static func current(_ relative: String, contentFolder: URL) -> String {
        of(try? Data(contentsOf: contentFolder.appendingPathComponent(relative)))
    }
}
