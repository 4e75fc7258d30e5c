/// One message a person reads, in both languages. `{1}`, `{2}` … stand for the
/// values filled in at the call site, in the same places in both texts.
public struct Message: Sendable {
    public let key: String
    public let zh: String
    public let en: String

    public init(_ key: String, zh: String, en: String) {
        self.key = key
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }
}

/// Every message of Tongxin, one table per area of the product (the `Catalogue+*.swift`
/// files beside this one); code names a message by its key and never spells its text.
/// `MessageCatalogueTests` fails when a message lacks a language, when two texts of a
/// message take different values, or when code names a key that is not here.
public enum Catalogue {
    /// Each area's table; a new area adds its list here.
    static let areas: [[Message]] = [
        general,
        leaks,
        links,
        output,
        search,
        serve,
        stages,
        markdown,
        theme,
        cases,
        briefs,
        files,
        analysis,
        deploy,
        office,
        content,
        validation,
        scaffold,
        editor,
        dataForms,
        documentForms,
        renaming,
        cli,
        forms,
        usage,
    ]

    public static let all: [String: Message] = {
        var table: [String: Message] = [:]
        for message in areas.joined() {
            precondition(table[message.key] == nil, "message key \(message.key) is defined twice")
            table[message.key] = message
        }
        return table
    }()

    /// The message's text in `language` with `{n}` replaced by the n-th value. A key
    /// that is not in the catalogue is shown as itself (the catalogue test keeps that
    /// from ever shipping) so that nothing a person should read is swallowed.
    public static func text(_ key: String, _ values: [String], language: Language) -> String {
        guard let message = all[key] else { return ([key] + values).joined(separator: " ") }
        return fill(message.text(language), values)
    }

    static func fill(_ template: String, _ values: [String]) -> String {
        guard !values.isEmpty else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]), n >= 1, n <= values.count {
                result += values[n - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The `{n}` numbers a text uses, for the test that both languages take the same values.
    static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) { found.insert(n) }
            rest = rest[afterOpen...]
        }
        return found
    }
}

/// The text of message `key` in this process's language, values filled in.
public func L(_ key: String, _ values: CustomStringConvertible...) -> String {
    Catalogue.text(key, values.map(\.description), language: Messages.language)
}
