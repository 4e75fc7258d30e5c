import Foundation

/// The keys a template is given: each with its kind, whether a page may leave it out,
/// and what it holds. Every page kind declares its keys (`PageKinds`); `TemplateCheck`
/// holds the theme's templates to them when the theme is loaded, so that a misspelt
/// key is an error at its tag instead of an empty space on the page, and docs/theme.md
/// is written from them (`ThemeDoc`). In debug builds each context a view makes is
/// compared with its declaration (`conformance`), so the declarations cannot drift from
/// the views.
struct TemplateKeys: Sendable {
    indirect enum Kind: Sendable {
        /// A string, escaped by {{name}}.
        case text
        /// A string of HTML the build made safe (a rendered body, an SVG chart): {{{name}}}.
        case html
        case number
        /// true or false: for {{#name}} … {{/name}} and {{^name}} … {{/name}}.
        case flag
        /// A list of strings: {{#name}}{{.}}{{/name}}.
        case texts
        case object(TemplateKeys)
        case list(TemplateKeys)
    }

    struct Key: Sendable {
        let name: String
        let kind: Kind
        /// May be absent (or empty): a section over it then shows nothing. Templates may
        /// still name it; only keys no page of the kind has are errors.
        var mayBeAbsent = false
        var note = ""

        static func text(_ name: String, _ note: String = "") -> Key { Key(name: name, kind: .text, note: note) }
        static func html(_ name: String, _ note: String = "") -> Key { Key(name: name, kind: .html, note: note) }
        static func number(_ name: String, _ note: String = "") -> Key { Key(name: name, kind: .number, note: note) }
        static func flag(_ name: String, _ note: String = "") -> Key { Key(name: name, kind: .flag, note: note) }
        static func texts(_ name: String, _ note: String = "") -> Key { Key(name: name, kind: .texts, note: note) }
        static func object(_ name: String, _ keys: TemplateKeys, _ note: String = "") -> Key { Key(name: name, kind: .object(keys), note: note) }
        static func list(_ name: String, _ keys: TemplateKeys, _ note: String = "") -> Key { Key(name: name, kind: .list(keys), note: note) }

        /// The same key, which a page may leave out.
        var optional: Key { var key = self; key.mayBeAbsent = true; return key }
    }

    /// In the order declared (the order docs/theme.md lists them).
    let keys: [Key]
    private let byName: [String: Int]

    init(_ keys: [Key]) {
        var byName: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            precondition(byName[key.name] == nil, "template key \(key.name) is declared twice")
            byName[key.name] = index
        }
        self.keys = keys
        self.byName = byName
    }

    subscript(name: String) -> Key? { byName[name].map { keys[$0] } }

    var names: [String] { keys.map(\.name) }

    /// These keys followed by `other`'s, a key of both taking this one's declaration.
    func adding(_ other: TemplateKeys) -> TemplateKeys {
        TemplateKeys(keys + other.keys.filter { byName[$0.name] == nil })
    }
}

extension TemplateKeys: ExpressibleByArrayLiteral {
    init(arrayLiteral keys: Key...) { self.init(keys) }
}

// MARK: - Conformance of the views' contexts (debug builds)

extension TemplateKeys {
    /// What is wrong with a context made for these keys: keys it has that are not
    /// declared, declared keys it lacks, values of another kind. Empty when it conforms.
    func violations(of context: [String: Any], at path: String = "") -> [String] {
        var found: [String] = []
        for (name, value) in context {
            guard let key = self[name] else { found.append("\(path)\(name): not declared"); continue }
            found += Self.violations(of: value, as: key, at: path + name)
        }
        for key in keys where !key.mayBeAbsent && context[key.name] == nil {
            found.append("\(path)\(key.name): declared but missing")
        }
        return found.sorted()
    }

    /// What is wrong with a typed model made for these keys: declared keys it lacks,
    /// values of another kind. (A key it answers but that is not declared cannot reach a
    /// template: the theme's check refuses the template.)
    func violations(of object: any TemplateObject, at path: String = "") -> [String] {
        var found: [String] = []
        for key in keys {
            guard let value = object.value(key.name) else {
                if !key.mayBeAbsent { found.append("\(path)\(key.name): declared but missing") }
                continue
            }
            found += Self.violations(of: value, as: key, at: path + key.name)
        }
        return found.sorted()
    }

    private static func violations(of value: TemplateValue, as key: Key, at path: String) -> [String] {
        switch (key.kind, value) {
        case (.text, .text), (.html, .text), (.number, .number), (.flag, .flag), (.texts, .texts): return []
        case (_, .flag(false)) where key.mayBeAbsent: return []
        case (.object(let keys), .object(let object)): return keys.violations(of: object, at: path + ".")
        case (.list(let keys), .list(let list)):
            return (0..<min(list.count, 100)).flatMap { keys.violations(of: list.item($0), at: path + "[].") }
        case (_, .text(let text)): return violations(of: text as Any, as: key, at: path)
        case (_, .number(let number)): return violations(of: number as Any, as: key, at: path)
        case (_, .flag(let flag)): return violations(of: flag as Any, as: key, at: path)
        case (_, .texts(let texts)): return violations(of: texts as Any, as: key, at: path)
        case (_, .dictionary(let dictionary)): return violations(of: dictionary as Any, as: key, at: path)
        case (_, .strings(let strings)): return violations(of: strings as Any, as: key, at: path)
        case (_, .dictionaries(let items)): return violations(of: items as Any, as: key, at: path)
        case (_, .shared(let list)): return violations(of: list as Any, as: key, at: path)
        case (_, .other(let other)): return violations(of: other.value, as: key, at: path)
        case (_, .object(let object)): return ["\(path): \(type(of: object)) is not \(key.kind.name)"]
        case (_, .list(let list)): return ["\(path): \(type(of: list.items)) is not \(key.kind.name)"]
        }
    }

    private static func violations(of value: Any, as key: Key, at path: String) -> [String] {
        // The common cases without reflection: this runs for every value of every page.
        switch (key.kind, value) {
        case (.text, is String), (.html, is String), (.number, is Int), (.flag, is Bool), (.texts, is [String]): return []
        case (.object(let keys), let dictionary as [String: Any]): return keys.violations(of: dictionary, at: path + ".")
        case (.list(let keys), let items as [[String: Any]]): return items.prefix(100).flatMap { keys.violations(of: $0, at: path + "[].") }
        default: break
        }
        guard let value = unwrapped(value) else {
            return key.mayBeAbsent ? [] : ["\(path): nil but not optional"]
        }
        // false stands for "none" where a key may be absent (a rule part without a table).
        if key.mayBeAbsent, let flag = value as? Bool, !flag { return [] }
        switch (key.kind, value) {
        case (.text, is String), (.html, is String), (.number, is Int), (.flag, is Bool), (.texts, is [String]):
            return []
        case (.object(let keys), let dictionary as [String: Any]):
            return keys.violations(of: dictionary, at: path + ".")
        case (.list(let keys), let shared as SharedList):
            return shared.items.prefix(100).flatMap { keys.violations(of: $0, at: path + "[].") }
        case (.list(let keys), let items as [[String: Any]]):
            return items.prefix(100).flatMap { keys.violations(of: $0, at: path + "[].") }
        case (.object(let keys), let object as any TemplateObject):
            return keys.violations(of: object, at: path + ".")
        case (.list(let keys), let list as any TemplateList):
            return (0..<min(list.count, 100)).flatMap { keys.violations(of: list.item($0), at: path + "[].") }
        case (.list(let keys), let items as [Any]):
            return items.prefix(100).flatMap { item in
                guard let dictionary = item as? [String: Any] else { return ["\(path)[]: \(type(of: item)) is not an object"] }
                return keys.violations(of: dictionary, at: path + "[].")
            }
        default:
            return ["\(path): \(type(of: value)) is not \(key.kind.name)"]
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }

    /// Contexts that did not match their declaration, recorded by `Theme.render` in
    /// debug builds (TemplateKeysTests builds sites and expects none).
    static let conformance = ConformanceLog()

    final class ConformanceLog: @unchecked Sendable {
        private let lock = NSLock()
        private var problems: [String: Set<String>] = [:]

        func record(_ template: String, _ found: [String]) {
            guard !found.isEmpty else { return }
            lock.withLock { problems[template, default: []].formUnion(found) }
        }

        var all: [String: Set<String>] { lock.withLock { problems } }
    }
}

extension TemplateKeys.Kind {
    /// As docs/theme.md and the checks name it.
    var name: String {
        switch self {
        case .text: "text"
        case .html: "html"
        case .number: "number"
        case .flag: "flag"
        case .texts: "list of texts"
        case .object: "object"
        case .list: "list"
        }
    }

    var keys: TemplateKeys? {
        switch self {
        case .object(let keys), .list(let keys): keys
        default: nil
        }
    }
}
