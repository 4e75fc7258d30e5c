/// A typed view model: the values of a page, or of a part of one (a row, a person), as
/// Swift properties, answered by the names its templates use. The names and kinds each
/// page kind answers are declared once in PageKinds (the theme's contract, listed in
/// docs/theme.md); debug builds hold every model to them (TemplateKeys.violations).
///
/// Every page kind has one (`Render/*Values.swift`), and so has every part of one (a
/// member's link, a pair's row, a record's row, a body). The renderer still reads
/// dictionaries: the Mustache specification's cases (JSON data) and the navigation lists
/// every page shares (SharedList). A model is looked up by a `switch` over the name, where
/// a dictionary hashes the name and casts the value it finds. Models are classes: the
/// renderer passes them around by reference (a struct in an existential is copied field
/// by field at every step).
protocol TemplateObject: AnyObject {
    /// The value under `key`; nil when the model has no such key, and the lookup then
    /// goes on in the frames further out, as Mustache's does.
    func value(_ key: String) -> TemplateValue?

    /// For a part made once per build and shown by many pages keyed by what they show:
    /// where its digest is kept once worked out (ContextDigest). nil for the rest.
    var digestOnce: DigestOnce? { get }
}

extension TemplateObject {
    var digestOnce: DigestOnce? { nil }
}

/// A list of typed models, as a template section walks it.
protocol TemplateList {
    var count: Int { get }
    func item(_ index: Int) -> any TemplateObject
}

extension Array: TemplateList where Element: TemplateObject {
    func item(_ index: Int) -> any TemplateObject { self[index] }
}

/// A list of models in one reference. Held in a `TemplateValue` as a bare existential
/// (40 bytes, copied through its type's metadata), it made every value that large and
/// every copy of one slow: the renderer copies values at each lookup of each page.
final class ObjectList: TemplateList {
    let items: any TemplateList
    init(_ items: any TemplateList) { self.items = items }
    var count: Int { items.count }
    func item(_ index: Int) -> any TemplateObject { items.item(index) }
}

/// Any other value (a dictionary page's optionals and lists of other values), in one
/// reference for the same reason.
final class OtherValue {
    let value: Any
    init(_ value: Any) { self.value = value }
}

/// No values: the model of a Word file's spec, whose bytes are made without a template.
final class NoValues: TemplateObject {
    func value(_ key: String) -> TemplateValue? { nil }
}

/// What a name stands for in a template: the kinds of PageKinds' declarations, plus the
/// forms values of dictionaries come in (told apart once, where they are looked up).
/// Every payload is at most one reference and a witness table, so that a value is copied
/// by a retain (lists and other values are boxed: ObjectList, OtherValue).
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case texts([String])
    case object(any TemplateObject)
    case list(ObjectList)
    case dictionary([String: Any])
    case strings([String: String])
    case dictionaries([[String: Any]])
    case shared(SharedList)
    case other(OtherValue)

    /// A list of models, as the models' values name them (`.list(rows)`).
    static func list<Item: TemplateObject>(_ items: [Item]) -> TemplateValue { .list(ObjectList(items)) }

    static func other(_ value: Any) -> TemplateValue { .other(OtherValue(value)) }

    /// An optional part as a section reads it: the part, or false where there is none —
    /// not absent, so that the name is not looked up in a frame further out (a rule part
    /// without a table must not find another part's).
    static func objectOrFalse(_ object: (any TemplateObject)?) -> TemplateValue {
        object.map { .object($0) } ?? .flag(false)
    }

    /// A value of a dictionary page, by its type alone: a failed `as?` from `Any` goes
    /// through the runtime's whole cast machinery, and a template asks for hundreds of
    /// values a page (casting a list of rows to `[Any]` even copied it).
    init(_ value: Any) {
        switch ObjectIdentifier(type(of: value)) {
        case Self.stringType: self = .text(value as! String)
        case Self.boolType: self = .flag(value as! Bool)
        case Self.intType: self = .number(value as! Int)
        case Self.dictionaryType: self = .dictionary(value as! [String: Any])
        case Self.stringsType: self = .strings(value as! [String: String])
        case Self.dictionariesType: self = .dictionaries(value as! [[String: Any]])
        case Self.sharedType: self = .shared(value as! SharedList)
        default:
            // A typed model (or a list of them) inside a dictionary: rendered as what it is.
            if let object = value as? any TemplateObject {
                self = .object(object)
            } else if let list = value as? any TemplateList {
                self = .list(ObjectList(list))
            } else {
                self = .other(value)
            }
        }
    }

    private static let stringType = ObjectIdentifier(String.self)
    private static let boolType = ObjectIdentifier(Bool.self)
    private static let intType = ObjectIdentifier(Int.self)
    private static let dictionaryType = ObjectIdentifier([String: Any].self)
    private static let stringsType = ObjectIdentifier([String: String].self)
    private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
    private static let sharedType = ObjectIdentifier(SharedList.self)

    /// An optional text: absent when nil.
    static func text(_ value: String?) -> TemplateValue? { value.map(TemplateValue.text) }

    /// An optional model: absent when nil.
    static func object(_ value: (any TemplateObject)?) -> TemplateValue? { value.map(TemplateValue.object) }
}
