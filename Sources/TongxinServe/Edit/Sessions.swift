import Foundation
import Tongxin

/// A browser's session with the editor: who signed in (nil before signing in) and the
/// CSRF token every form of that session carries.
struct EditSession: Sendable {
    var token: String
    var csrf: String
    var account: EditAccount?
    var lastSeen: Date
}

/// Sessions in memory: a restart signs everyone out, which is the safe direction. Tokens
/// are 256 random bits from the system's CSPRNG; an idle session ends after `idle`.
final class SessionStore: @unchecked Sendable {
    private let lock = NSLock()
    private var sessions: [String: EditSession] = [:]
    let idle: TimeInterval

    static let anonymousIdle: TimeInterval = 30 * 60
    static let maxAnonymous = 1000

    init(idle: TimeInterval = 8 * 3600) { self.idle = idle }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    var count: Int { lock.withLock { sessions.count } }

    /// The live session of a cookie value, refreshed.
    func session(_ token: String?) -> EditSession? {
        guard let token, !token.isEmpty else { return nil }
        return lock.withLock {
            guard var session = sessions[token] else { return nil }
            if Date().timeIntervalSince(session.lastSeen) > idle {
                sessions[token] = nil
                return nil
            }
            session.lastSeen = Date()
            sessions[token] = session
            return session
        }
    }

    /// A new session; signing in always makes a new one (no session fixation).
    func create(for account: EditAccount?) -> EditSession {
        let session = EditSession(token: Self.randomToken(), csrf: Self.randomToken(), account: account, lastSeen: Date())
        lock.withLock {
            let now = Date()
            // A login page makes a session for its token: keep those few and short-lived,
            // so that loading it over and over cannot fill the memory.
            sessions = sessions.filter { now.timeIntervalSince($0.value.lastSeen) <= ($0.value.account == nil ? Self.anonymousIdle : idle) }
            let anonymous = sessions.values.filter { $0.account == nil }
            if anonymous.count >= Self.maxAnonymous {
                for old in anonymous.sorted(by: { $0.lastSeen < $1.lastSeen }).prefix(anonymous.count - Self.maxAnonymous + 1) {
                    sessions[old.token] = nil
                }
            }
            sessions[session.token] = session
        }
        return session
    }

    func end(_ token: String) {
        _ = lock.withLock { sessions.removeValue(forKey: token) }
    }
}

/// Failed logins, counted per login name and per remote address: after `limit` failures
/// within `window`, further attempts are refused until the window has passed, whether
/// the password is right or not (so guessing gains nothing).
final class LoginThrottle: @unchecked Sendable {
    private let lock = NSLock()
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval

    init(limit: Int = 5, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before `keys` may try again; 0 when they may now.
    func wait(_ keys: [String]) -> Int {
        lock.withLock {
            let now = Date()
            var longest: TimeInterval = 0
            for key in keys {
                let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
                failures[key] = recent
                if recent.count >= limit, let oldest = recent.first {
                    longest = max(longest, window - now.timeIntervalSince(oldest))
                }
            }
            return Int(longest.rounded(.up))
        }
    }

    func failed(_ keys: [String]) {
        lock.withLock {
            let now = Date()
            // Logins are typed by anyone: forget the ones whose failures are old.
            if failures.count > 10_000 {
                failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
            }
            for key in keys { failures[key, default: []].append(now) }
        }
    }

    func succeeded(_ login: String) {
        _ = lock.withLock { failures.removeValue(forKey: "login:" + login) }
    }
}
