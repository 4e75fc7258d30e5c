import Foundation

/// One field of a form made from a content schema.
public struct FormField: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        case date
        /// Written as a YAML flow list; typed separated by 、 or commas.
        case list
        /// A YAML flow list typed one item per line, for items that hold 、 themselves
        /// (a brief's 抄送: 市政协主席、副主席、秘书长).
        case lines
        case choice([String])
        case longText
    }

    public let key: String
    public let kind: Kind
    /// Shown apart, in the 内部信息 box: never on a public page.
    public let isPrivate: Bool

    public init(_ key: String, _ kind: Kind = .text, isPrivate: Bool = false) {
        self.key = key
        self.kind = kind
        self.isPrivate = isPrivate
    }
}

/// A form over the front matter of a Markdown file whose fields are listed (`fields`)
/// and whose keys and aliases are the schema's: the member profile and the case story.
/// Like RecordSheet it keeps values as written and rewrites only what changed
/// (FrontMatterEditor), so fields the form does not list, comments and the body survive.
public struct FieldForm: Sendable, Equatable {
    public var path: String?
    public var version = FileVersion.absent
    /// Each field's value as typed; lists joined with 、.
    public var values: [String: String] = [:]
    public var body = ""

    public init() {}

    public subscript(_ key: String) -> String {
        get { values[key] ?? "" }
        set { values[key] = newValue }
    }

    static func read(_ text: String, path: String, fields: [FormField], schema: FieldSchema) -> FieldForm? {
        guard let editor = FrontMatterEditor(text, schema: schema) else { return nil }
        var form = FieldForm()
        form.path = path
        form.version = FileVersion.of(Data(text.utf8))
        for field in fields {
            guard let node = editor.member(field.key)?.value else { continue }
            if case .array(let items) = node.value {
                form.values[field.key] = items.compactMap(\.scalarText).joined(separator: field.kind == .lines ? "\n" : "、")
            } else {
                form.values[field.key] = node.scalarText ?? ""
            }
        }
        form.body = editor.body
        return form
    }

    static func list(_ text: String) -> [String] { Scaffold.splitNames(text) }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func text(original: String?, fields: [FormField], schema: FieldSchema) -> String {
        let base = original ?? "---\n---\n"
        guard var editor = FrontMatterEditor(base, schema: schema) else { return base }
        let before = original.flatMap { Self.read($0, path: path ?? "", fields: fields, schema: schema) } ?? FieldForm()
        for field in fields {
            let new = self[field.key].trimmingCharacters(in: .whitespaces)
            let old = before[field.key]
            switch field.kind {
            case .list:
                guard Self.list(new) != Self.list(old) else { continue }
                if new.isEmpty && editor.member(field.key) == nil { continue }
                editor.set(field.key, inline: YAMLText.list(Self.list(new)))
            case .lines:
                guard Self.lines(new) != Self.lines(old) else { continue }
                if new.isEmpty && editor.member(field.key) == nil { continue }
                editor.set(field.key, inline: YAMLText.list(Self.lines(new)))
            case .date:
                guard new != old, !(new.isEmpty && editor.member(field.key) == nil) else { continue }
                editor.set(field.key, inline: new.isEmpty ? "" : Day(parsing: new) != nil ? new : YAMLText.scalar(new))
            case .text, .choice, .longText:
                guard new != old, !(new.isEmpty && editor.member(field.key) == nil) else { continue }
                editor.set(field.key, inline: new.isEmpty ? "" : YAMLText.scalar(new))
            }
        }
        editor.setBody(body, before: original == nil ? nil : before.body)
        return editor.result
    }
}
