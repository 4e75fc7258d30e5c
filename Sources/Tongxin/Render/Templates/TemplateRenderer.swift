/// Renders parsed templates against dictionaries, writing bytes. Written for speed:
/// a build renders every page through it, and swift-mustache (its model) spent most of
/// a large build in dynamic casts and per-character escaping.
///
/// Truthiness follows the templates' needs (and JavaScript Mustache): nil, false, "",
/// 0 and empty lists hide a section; anything else shows it once, lists once per item.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]

    /// A context frame; dictionaries are cast once when pushed, not at every lookup.
    private enum Frame {
        case dictionary([String: Any])
        case value(Any)

        init(_ value: Any) {
            if ValueKind(value) == .dictionary {
                self = .dictionary(value as! [String: Any])
            } else if let dictionary = value as? [String: Any] {
                self = .dictionary(dictionary)
            } else {
                self = .value(value)
            }
        }

        var value: Any {
            switch self {
            case .dictionary(let dictionary): dictionary
            case .value(let value): value
            }
        }
    }

    func render(_ name: String, _ context: [String: Any]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        var stack: [Frame] = [.dictionary(context)]
        if let nodes = templates[name] { render(nodes, &stack, &out, blocks: [:]) }
        return out
    }

    private func render(_ nodes: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8], blocks: [String: [TemplateNode]]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped, _):
                guard let value = lookup(path, stack) else { continue }
                if escaped { HTMLEscape.append(text(value), to: &out) } else { out.append(contentsOf: text(value).utf8) }
            case .section(let path, let inverted, let body, _):
                let value = lookup(path, stack)
                if inverted {
                    if !isTruthy(value) { render(body, &stack, &out, blocks: blocks) }
                } else {
                    renderSection(value, body, &stack, &out, blocks: blocks)
                }
            case .partial(let name):
                if let partial = templates[name] { render(partial, &stack, &out, blocks: blocks) }
            case .parent(let name, let overrides):
                // Overrides from further out win, so a page can fill a block its layout's layout defines.
                if let parent = templates[name] { render(parent, &stack, &out, blocks: overrides.merging(blocks) { _, outer in outer }) }
            case .block(let name, let body):
                render(blocks[name] ?? body, &stack, &out, blocks: blocks)
            }
        }
    }

    private func renderSection(_ value: Any?, _ body: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8], blocks: [String: [TemplateNode]]) {
        guard let value else { return }
        switch ValueKind(value) {
        case .bool:
            if value as! Bool { render(body, &stack, &out, blocks: blocks) }
        case .dictionaries:
            // Rows of a table: pushed as they are, without a cast per item.
            for item in value as! [[String: Any]] { render(body, in: .dictionary(item), &stack, &out, blocks: blocks) }
        case .dictionary:
            let dictionary = value as! [String: Any]
            if !dictionary.isEmpty { render(body, in: .dictionary(dictionary), &stack, &out, blocks: blocks) }
        case .string:
            if !(value as! String).isEmpty { render(body, in: .value(value), &stack, &out, blocks: blocks) }
        case .shared:
            renderShared(value as! SharedList, body, &stack, &out, blocks: blocks)
        case .int, .strings, .other:
            // Lists cast once: casting a list of dictionaries to [Any] boxes every item,
            // and isTruthy would have done it a second time.
            if let items = value as? [Any] {
                for item in items { render(body, in: Frame(item), &stack, &out, blocks: blocks) }
            } else if isTruthy(value) {
                render(body, in: Frame(value), &stack, &out, blocks: blocks)
            }
        }
    }

    private func render(_ body: [TemplateNode], in frame: Frame, _ stack: inout [Frame], _ out: inout [UInt8], blocks: [String: [TemplateNode]]) {
        stack.append(frame)
        render(body, &stack, &out, blocks: blocks)
        stack.removeLast()
    }

    /// The list's bytes for this body when they depend on its items alone (drawn with
    /// each item as the only frame, once per build); else the list as a plain one.
    private func renderShared(_ list: SharedList, _ body: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8], blocks: [String: [TemplateNode]]) {
        let bytes = list.bytes(of: body) { items in
            var alone: [UInt8] = []
            for item in items {
                var frames: [Frame] = [.dictionary(item)]
                render(body, &frames, &alone, blocks: blocks)
            }
            return alone
        }
        if let bytes {
            out.append(contentsOf: bytes)
        } else {
            renderSection(list.items, body, &stack, &out, blocks: blocks)
        }
    }

    /// The first frame (innermost first) that has the first name decides; the rest of a
    /// dotted name is looked up inside it.
    private func lookup(_ path: [String], _ stack: [Frame]) -> Any? {
        guard let first = path.first else { return stack.last?.value }
        // By index: iterating `stack.reversed()` copied every frame it passed.
        var index = stack.count - 1
        while index >= 0 {
            defer { index -= 1 }
            guard case .dictionary(let dictionary) = stack[index], let found = dictionary[first] else { continue }
            var value: Any? = found
            for name in path.dropFirst() {
                value = value.flatMap { member(name, of: $0) }
            }
            return value
        }
        return nil
    }

    /// `name` inside a dictionary value. Without the kind test, `as? [String: Any]` of a
    /// `[String: String]` (a record form's labels) built a new dictionary per lookup.
    private func member(_ name: String, of value: Any) -> Any? {
        switch ValueKind(value) {
        case .dictionary: (value as! [String: Any])[name]
        case .strings: (value as! [String: String])[name]
        default: (value as? [String: Any])?[name]
        }
    }

    private func isTruthy(_ value: Any?) -> Bool {
        guard let value else { return false }
        switch ValueKind(value) {
        case .string: return !(value as! String).isEmpty
        case .bool: return value as! Bool
        case .int: return value as! Int != 0
        case .dictionary: return !(value as! [String: Any]).isEmpty
        case .dictionaries: return !(value as! [[String: Any]]).isEmpty
        case .shared: return !(value as! SharedList).items.isEmpty
        case .strings, .other: break
        }
        // Other types (optionals, lists of strings) the general way.
        switch value {
        case let string as String: return !string.isEmpty
        case let bool as Bool: return bool
        case let int as Int: return int != 0
        case let dictionary as [String: Any]: return !dictionary.isEmpty
        case let items as [Any]: return !items.isEmpty
        case let optional as OptionalProtocol: return optional.isSome
        default: return true
        }
    }

    private func text(_ value: Any) -> String {
        switch ValueKind(value) {
        case .string: return value as! String
        case .int: return String(value as! Int)
        case .shared: return String(describing: (value as! SharedList).items)
        default: break
        }
        switch value {
        case let string as String: return string
        case let int as Int: return String(int)
        case let substring as Substring: return String(substring)
        case let optional as OptionalProtocol: return optional.isSome ? String(describing: optional.unwrapped) : ""
        default: return String(describing: value)
        }
    }
}

/// The types views put in contexts, told apart by the value's type alone: a failed
/// `as?` from `Any` goes through the runtime's whole cast machinery, and a template
/// asks for hundreds of values a page (casting a list of rows to `[Any]` even copied it).
private enum ValueKind {
    case string, bool, int, dictionary, strings, dictionaries, shared, other

    private static let stringType = ObjectIdentifier(String.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let dictionaryType = ObjectIdentifier([String: Any].self)
    private static let stringsType = ObjectIdentifier([String: String].self)
    private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
    private static let sharedType = ObjectIdentifier(SharedList.self)

    init(_ value: Any) {
        switch ObjectIdentifier(type(of: value)) {
        case Self.stringType: self = .string
        case Self.boolType: self = .bool
        case Self.intType: self = .int
        case Self.dictionaryType: self = .dictionary
        case Self.stringsType: self = .strings
        case Self.dictionariesType: self = .dictionaries
        case Self.sharedType: self = .shared
        default: self = .other
        }
    }
}

/// Lets `Any` holding an `Optional` be seen through.
protocol OptionalProtocol {
    var isSome: Bool { get }
    var unwrapped: Any { get }
}

extension Optional: OptionalProtocol {
    var isSome: Bool { self != nil }
    var unwrapped: Any { self! }
}

/// HTML escaping on bytes: & < > " ' become entities.
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                out.append(contentsOf: bytes[start..<index])
                out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            out.append(contentsOf: bytes[start...])
        }
    }
}
