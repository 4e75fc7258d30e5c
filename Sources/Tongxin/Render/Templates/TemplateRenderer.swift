/// Renders parsed templates against typed view models (TemplateObject) and dictionaries,
/// writing bytes. Written for speed: a build renders every page through it, and
/// swift-mustache (its model) spent most of a large build in dynamic casts and
/// per-character escaping.
///
/// Truthiness follows the templates' needs (and JavaScript Mustache): nil, false, "",
/// 0 and empty lists hide a section; anything else shows it once, lists once per item.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]

    /// A context frame; dictionaries are cast once when pushed, not at every lookup.
    private enum Frame {
        case dictionary([String: Any])
        case object(any TemplateObject)
        case value(TemplateValue)

        init(_ value: TemplateValue) {
            switch value {
            case .dictionary(let dictionary): self = .dictionary(dictionary)
            case .object(let object): self = .object(object)
            case .strings(let strings): self = .dictionary(strings)
            // A dictionary of other values ([String: Int], [String: [String]]), cast once here.
            case .other(let other) where other.value is [String: Any]: self = .dictionary(other.value as! [String: Any])
            default: self = .value(value)
            }
        }

        var value: TemplateValue {
            switch self {
            case .dictionary(let dictionary): .dictionary(dictionary)
            case .object(let object): .object(object)
            case .value(let value): value
            }
        }
    }

    /// A dictionary context (the Mustache spec's cases, whose data is JSON).
    func render(_ name: String, _ context: [String: Any]) -> [UInt8] {
        render(name, frames: [.dictionary(context)])
    }

    /// A page without the layout (the web server's error pages).
    func render(_ name: String, values: any TemplateObject) -> [UInt8] {
        render(name, frames: [.object(values)])
    }

    /// A page: its own values over the layout's. No page kind has a key of the layout
    /// (PageKinds; TemplateKeysTests), so the order decides nothing but speed: a page's
    /// own keys are the ones most looked up.
    func render(_ name: String, page: any TemplateObject, layout: any TemplateObject) -> [UInt8] {
        render(name, frames: [.object(layout), .object(page)])
    }

    private func render(_ name: String, frames: [Frame]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * 1024)
        var stack = frames
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
                let text: String
                if case .text(let plain) = value { text = plain } else { text = Self.text(value) }
                if escaped { HTMLEscape.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
            case .section(let path, let inverted, let body, _):
                let value = lookup(path, stack)
                if inverted {
                    if !Self.isTruthy(value) { render(body, &stack, &out, blocks: blocks) }
                } else if let value {
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

    private func renderSection(_ value: TemplateValue, _ body: [TemplateNode], _ stack: inout [Frame], _ out: inout [UInt8], blocks: [String: [TemplateNode]]) {
        switch value {
        case .flag(let flag):
            if flag { render(body, &stack, &out, blocks: blocks) }
        case .dictionaries(let items):
            // Rows of a table: pushed as they are, without a cast per item.
            for item in items { render(body, in: .dictionary(item), &stack, &out, blocks: blocks) }
        case .dictionary(let dictionary):
            if !dictionary.isEmpty { render(body, in: .dictionary(dictionary), &stack, &out, blocks: blocks) }
        case .object(let object):
            render(body, in: .object(object), &stack, &out, blocks: blocks)
        case .list(let list):
            for index in 0..<list.count { render(body, in: .object(list.item(index)), &stack, &out, blocks: blocks) }
        case .texts(let texts):
            for text in texts { render(body, in: .value(.text(text)), &stack, &out, blocks: blocks) }
        case .text(let text):
            if !text.isEmpty { render(body, in: .value(value), &stack, &out, blocks: blocks) }
        case .number(let number):
            if number != 0 { render(body, in: .value(value), &stack, &out, blocks: blocks) }
        case .strings(let strings):
            if !strings.isEmpty { render(body, in: .dictionary(strings), &stack, &out, blocks: blocks) }
        case .shared(let list):
            renderShared(list, body, &stack, &out, blocks: blocks)
        case .other(let other):
            // Lists cast once: casting a list of dictionaries to [Any] boxes every item,
            // and isTruthy would have done it a second time.
            if let items = other.value as? [Any] {
                for item in items { render(body, in: Frame(TemplateValue(item)), &stack, &out, blocks: blocks) }
            } else if Self.isTruthy(value) {
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
            renderSection(.dictionaries(list.items), body, &stack, &out, blocks: blocks)
        }
    }

    /// The first frame (innermost first) that has the first name decides; the rest of a
    /// dotted name is looked up inside it.
    private func lookup(_ path: [String], _ stack: [Frame]) -> TemplateValue? {
        guard let first = path.first else { return stack.last?.value }
        // By index: iterating `stack.reversed()` copied every frame it passed.
        var index = stack.count - 1
        while index >= 0 {
            defer { index -= 1 }
            let found: TemplateValue?
            switch stack[index] {
            case .dictionary(let dictionary): found = dictionary[first].map(TemplateValue.init)
            case .object(let object): found = object.value(first)
            case .value: continue
            }
            guard var value = found else { continue }
            for name in path.dropFirst() {
                guard let inner = Self.member(name, of: value) else { return nil }
                value = inner
            }
            return value
        }
        return nil
    }

    /// `name` inside a value. Without the kind, `as? [String: Any]` of a
    /// `[String: String]` (a record form's labels) built a new dictionary per lookup.
    private static func member(_ name: String, of value: TemplateValue) -> TemplateValue? {
        switch value {
        case .dictionary(let dictionary): dictionary[name].map(TemplateValue.init)
        case .strings(let strings): strings[name].map(TemplateValue.text)
        case .object(let object): object.value(name)
        case .other(let other): (other.value as? [String: Any])?[name].map(TemplateValue.init)
        default: nil
        }
    }

    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        guard let value else { return false }
        switch value {
        case .text(let text): return !text.isEmpty
        case .flag(let flag): return flag
        case .number(let number): return number != 0
        case .texts(let texts): return !texts.isEmpty
        case .object: return true
        case .list(let list): return list.count > 0
        case .dictionary(let dictionary): return !dictionary.isEmpty
        case .strings(let strings): return !strings.isEmpty
        case .dictionaries(let items): return !items.isEmpty
        case .shared(let list): return !list.items.isEmpty
        case .other(let other):
            // Other types (optionals, lists of other values) the general way.
            switch other.value {
            case let string as String: return !string.isEmpty
            case let bool as Bool: return bool
            case let int as Int: return int != 0
            case let dictionary as [String: Any]: return !dictionary.isEmpty
            case let items as [Any]: return !items.isEmpty
            case let optional as OptionalProtocol: return optional.isSome
            default: return true
            }
        }
    }

    private static func text(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return String(describing: flag)
        case .texts(let texts): return String(describing: texts)
        case .object(let object): return String(describing: object)
        case .list(let list): return String(describing: list.items)
        case .dictionary(let dictionary): return String(describing: dictionary)
        case .strings(let strings): return String(describing: strings)
        case .dictionaries(let items): return String(describing: items)
        case .shared(let list): return String(describing: list.items)
        case .other(let other):
            switch other.value {
            case let string as String: return string
            case let int as Int: return String(int)
            case let substring as Substring: return String(substring)
            case let optional as OptionalProtocol: return optional.isSome ? String(describing: optional.unwrapped) : ""
            default: return String(describing: other.value)
            }
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
