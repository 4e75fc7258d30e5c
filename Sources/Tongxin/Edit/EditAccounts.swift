import CSupport
import Foundation

/// One person who may sign in to the editor.
public struct EditAccount: Sendable, Equatable {
    /// What they type on the login page (letters, digits, `.`, `_`, `-`).
    public var login: String
    /// Their name as it appears in commits (git author) and on the page: 王某.
    public var name: String
    public var roles: Set<EditRole>
    /// A crypt(3) hash: yescrypt (`$y$`) for every password set by Tongxin.
    var hash: String

    public func may(_ permission: EditPermission) -> Bool { !roles.isDisjoint(with: permission.roles) }

    /// The roles in their fixed order, joined for a page or a file: 录入、审核.
    public var roleNames: String { roles.sorted().map(\.rawValue).joined(separator: "、") }
}

public struct EditAccountError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
    init(_ message: String) { self.message = message }
}

/// The editor's accounts: a file outside the content folder (and by default outside
/// git), one `login:name:roles:hash` line per person, `#` lines are comments. Hashes are
/// yescrypt from libxcrypt, a memory-hard password KDF: a stolen file gives no
/// passwords cheaply. The file is replaced whole and readable by its owner only.
public struct EditAccounts: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    public enum Change: Sendable, Equatable { case added, replaced }

    public func accounts() throws(EditAccountError) -> [EditAccount] {
        var found: [EditAccount] = []
        for (index, line) in try lines().enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            let roles = parts.count == 4 ? parts[2].split(separator: ",").compactMap { EditRole(parsing: String($0)) } : []
            guard parts.count == 4, Self.isLogin(parts[0]), !parts[1].isEmpty, !roles.isEmpty, parts[3].hasPrefix("$") else {
                throw EditAccountError(L("edit.accounts.badLine", url.path, index + 1))
            }
            found.append(EditAccount(login: parts[0], name: parts[1], roles: Set(roles), hash: parts[3]))
        }
        return found
    }

    /// Adds a person, or replaces their name, roles and password; other lines stay.
    @discardableResult
    public func set(login: String, name: String, roles: Set<EditRole>, password: String) throws(EditAccountError) -> Change {
        guard Self.isLogin(login) else { throw EditAccountError(L("edit.accounts.badLogin", login)) }
        guard Self.isName(name) else { throw EditAccountError(L("edit.accounts.badName", name)) }
        guard !roles.isEmpty else { throw EditAccountError(L("edit.accounts.noRole")) }
        guard password.count >= 8 else { throw EditAccountError(L("edit.accounts.shortPassword")) }
        _ = try accounts()
        let line = [login, name, roles.sorted().map(\.rawValue).joined(separator: ","), try Self.hash(password)].joined(separator: ":")
        var all = try lines()
        let index = all.firstIndex { $0.hasPrefix(login + ":") }
        if let index { all[index] = line } else { all.append(line) }
        try write(all)
        return index == nil ? .added : .replaced
    }

    /// The account when `password` is that person's; nil otherwise. An unknown login
    /// costs a hash too, so the time taken does not tell which logins exist.
    public func verify(login: String, password: String) throws(EditAccountError) -> EditAccount? {
        let account = try accounts().first { $0.login == login }
        let hash = account?.hash ?? Self.decoy
        let matches = tongxin_crypt_matches(password, hash) == 1
        return matches ? account : nil
    }

    /// A yescrypt hash of a random password nobody knows, for unknown logins.
    private static let decoy: String = (try? hash(UUID().uuidString)) ?? "$y$j9T$invalid$invalid"

    static func hash(_ password: String) throws(EditAccountError) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard tongxin_yescrypt(password, &buffer, buffer.count) == 0 else { throw EditAccountError(L("edit.accounts.hashFailed")) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isLogin(_ login: String) -> Bool {
        !login.isEmpty && login.count <= 64 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-"
        }
    }

    /// A name git accepts as an author and the file can hold: no colon, angle bracket,
    /// newline or control character.
    static func isName(_ name: String) -> Bool {
        !name.trimmingCharacters(in: .whitespaces).isEmpty && name.count <= 64
            && !name.unicodeScalars.contains { ":<>".unicodeScalars.contains($0) || $0.value < 0x20 || $0.value == 0x7f }
    }

    private func lines() throws(EditAccountError) -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            return try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        } catch {
            throw EditAccountError(L("edit.accounts.cannotRead", url.path, error.localizedDescription))
        }
    }

    private func write(_ lines: [String]) throws(EditAccountError) {
        let header = "# Tongxin 编辑器的账号：登录名:姓名:角色:密码哈希（yescrypt）。用 tongxin edit user add 修改，勿手工写入密码。"
        var kept = lines
        if kept.first?.hasPrefix("# Tongxin") != true { kept.insert(header, at: 0) }
        let data = Data((kept.joined(separator: "\n") + "\n").utf8)
        do {
            try AtomicFile.write(data, to: url, permissions: 0o600)
        } catch {
            throw EditAccountError(L("edit.accounts.cannotWrite", url.path, "\(error)"))
        }
    }
}

extension EditAccountError {
    public static func inContent(_ path: String) -> EditAccountError { EditAccountError(L("edit.accounts.inContent", path)) }
    public static func noAccounts(_ path: String) -> EditAccountError { EditAccountError(L("edit.accounts.none", path)) }
    public static func notRepository(_ path: String) -> EditAccountError { EditAccountError(L("edit.notRepository", path)) }
}
