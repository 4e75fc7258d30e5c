import Foundation

/// A list that many pages of one build show as it is (the navigation bar, the footer's
/// links): a template section over it whose body reads nothing but the items' own
/// fields comes out the same on every page, so it is rendered once per build and its
/// bytes copied after that. Any other use behaves as the plain list would.
final class SharedList: @unchecked Sendable {
    let items: [[String: Any]]
    private let lock = NSLock()
    /// By the address of the section body's nodes: the bytes, or nil when the body
    /// reads something besides the items. The body is kept, so that its address cannot
    /// be taken by another template's nodes while this list lives.
    private var rendered: [UInt: (body: [TemplateNode], bytes: [UInt8]?)] = [:]

    init(_ items: [[String: Any]]) { self.items = items }

    /// The section's bytes when they depend on the items alone; `render` draws them
    /// the first time (each item as the only frame).
    func bytes(of body: [TemplateNode], render: ([[String: Any]]) -> [UInt8]) -> [UInt8]? {
        let key = body.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let known = lock.withLock({ rendered[key] }) { return known.bytes }
        let names = Self.names(in: body)
        let pure = names.map { names in items.allSatisfy { item in names.allSatisfy { item[$0] != nil } } } ?? false
        let bytes = pure ? render(items) : nil
        lock.withLock { rendered[key] = (body, bytes) }
        return bytes
    }

    /// The first part of every name the nodes look up, or nil when they include
    /// another template (what that reads is not known here).
    private static func names(in nodes: [TemplateNode]) -> Set<String>? {
        var names: Set<String> = []
        for node in nodes {
            switch node {
            case .text: continue
            case .variable(let path, _, _):
                if let first = path.first { names.insert(first) }
            case .section(let path, _, let body, _):
                if let first = path.first { names.insert(first) }
                guard let inner = Self.names(in: body) else { return nil }
                names.formUnion(inner)
            case .partial, .parent, .block:
                return nil
            }
        }
        return names
    }
}
