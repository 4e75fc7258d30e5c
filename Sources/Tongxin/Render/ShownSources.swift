/// A part of a view model made from one content file: a member's link, a record's row.
/// Debug builds check that a page keyed by the files it names (PageInputs) shows none
/// outside them, so a view cannot show a record or a member the preview would not draw
/// the page again for.
protocol ShowsSource: TemplateObject {
    /// The content file ("" when none: a member id the site does not have).
    var sourceFile: String { get }
}

enum ShownSources {
    /// The files of the parts `values` shows that `declared` does not name, walked by the
    /// keys its page kind declares (what a template can reach).
    static func undeclared(in values: any TemplateObject, keys: TemplateKeys, declared: Set<String>) -> [String] {
        var found: Set<String> = []
        collect(values, keys: keys, into: &found)
        return found.subtracting(declared).sorted()
    }

    private static func collect(_ object: any TemplateObject, keys: TemplateKeys, into found: inout Set<String>) {
        if let part = object as? any ShowsSource, !part.sourceFile.isEmpty { found.insert(part.sourceFile) }
        for key in keys.keys {
            guard let inner = key.kind.keys, let value = object.value(key.name) else { continue }
            switch value {
            case .object(let object): collect(object, keys: inner, into: &found)
            case .list(let list): for index in 0..<list.count { collect(list.item(index), keys: inner, into: &found) }
            default: continue
            }
        }
    }
}
