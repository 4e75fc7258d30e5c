import CSupport
import Foundation

/// The internal site's password file (`auth_basic_user_file`): one `name:hash` line per
/// person. Hashes are SHA-512-crypt from libcrypt, the function nginx calls to check
/// them: salted and slow enough for a stolen file, yet nginx checks the password on every
/// request (basic auth keeps no session), so the cost is crypt's default 5000 rounds
/// rather than a login-page cost (docs/deploy.md).
public struct PasswordFile {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    public enum Change: Sendable, Equatable { case added, replaced }

    /// Adds `name` with `password`, or replaces that person's password; every other line
    /// is kept as it was. The file is replaced whole (never half-written) and readable by
    /// its owner and group only (give the group to www-data, see docs/deploy.md).
    @discardableResult
    public func set(_ name: String, password: String) throws -> Change {
        guard Self.isName(name) else { throw DeployError.badUserName(name) }
        guard !password.isEmpty else { throw DeployError.emptyPassword }
        let hash = try Self.hash(password)
        var lines = try existingLines()
        let index = lines.firstIndex { $0.hasPrefix(name + ":") }
        if let index { lines[index] = name + ":" + hash } else { lines.append(name + ":" + hash) }
        try write(lines)
        return index == nil ? .added : .replaced
    }

    /// Whether `password` is `name`'s, checked with crypt(3) as nginx checks it.
    public func accepts(_ name: String, password: String) throws -> Bool {
        guard let line = try existingLines().first(where: { $0.hasPrefix(name + ":") }) else { return false }
        return tongxin_crypt_matches(password, String(line.dropFirst(name.count + 1))) == 1
    }

    /// A name nginx can read back: no colon (the separator), no white space or control
    /// character, not empty.
    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.count <= 64
            && !name.unicodeScalars.contains { $0 == ":" || $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7f }
    }

    static func hash(_ password: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard tongxin_sha512_crypt(password, &buffer, buffer.count) == 0 else { throw DeployError.hashFailed }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func existingLines() throws -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        } catch {
            throw DeployError.passwordFile(url.path, error.localizedDescription)
        }
    }

    private func write(_ lines: [String]) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o640)
        guard descriptor >= 0 else { throw DeployError.passwordFile(url.path, String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
            try handle.synchronize()
            try handle.close()
            if let owner = try? FileManager.default.attributesOfItem(atPath: url.path) {
                // Keep the group nginx reads the file through (www-data) across a change.
                try? FileManager.default.setAttributes([.groupOwnerAccountID: owner[.groupOwnerAccountID] as Any], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, url.path) == 0 else { throw DeployError.passwordFile(url.path, String(cString: strerror(errno))) }
        } catch {
            unlink(temporary.path)
            throw error as? DeployError ?? DeployError.passwordFile(url.path, error.localizedDescription)
        }
    }
}
