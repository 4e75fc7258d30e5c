import Foundation

/// The origins forms may come from; the bound port is known only after listening.
final class OriginList: @unchecked Sendable {
    private let lock = NSLock()
    private var origins: Set<String>

    init(_ origins: [String]) { self.origins = Set(origins.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) }

    func add(_ more: [String]) { lock.withLock { origins.formUnion(more) } }
    func contains(_ origin: String) -> Bool { lock.withLock { origins.contains(origin) } }
}
