import Foundation

/// Reads the fields of one object (front matter or a JSON object), accepting each key
/// in English or by its Chinese alias, and records a located problem for every wrong
/// type, missing field and unknown key.
struct FieldReader {
    let schema: FieldSchema
    let node: DataNode
    var diagnostics = Diagnostics()
    private var fields: [String: DataMember] = [:]

    init(_ node: DataNode, schema: FieldSchema) {
        self.schema = schema
        self.node = node
        guard case .object(let members) = node.value else {
            diagnostics.error(node.location, L("field.notObject", schema.what, node.typeName))
            return
        }
        for member in members {
            guard let key = schema.canonicalKey(member.key) else {
                let hint = Suggestions.didYouMean(member.key, in: schema.allSpellings)
                diagnostics.warning(member.keyLocation, L("field.unknown", member.key, schema.what, hint))
                continue
            }
            if let earlier = fields[key] {
                diagnostics.error(member.keyLocation, L("field.twice", member.key, earlier.key, earlier.keyLocation.line))
                continue
            }
            fields[key] = member
        }
    }

    var location: SourceLocation { node.location }

    func has(_ key: String) -> Bool { present(key) != nil }

    /// The member for a key unless it is absent or null (YAML's `key:` with no value).
    private func present(_ key: String) -> DataMember? {
        assert(schema.keys.contains(key), "\(key) is not in the schema of \(schema.what)")
        guard let member = fields[key] else { return nil }
        if case .null = member.value.value { return nil }
        return member
    }

    mutating func string(_ key: String) -> Located<String>? {
        guard let member = present(key) else { return nil }
        guard let text = member.value.scalarText else {
            typeError(member, expected: L("type.text"))
            return nil
        }
        let trimmed = text.trimmed
        if trimmed.utf8.first == 0xE2, trimmed.hasPrefix("“"), trimmed.hasSuffix("”"), trimmed.count > 2,
           !trimmed.dropFirst().dropLast().contains(where: { $0 == "“" || $0 == "”" }) {
            // `time: “14:30-16:00”`: a Chinese input method's quotes are text to YAML.
            diagnostics.warning(member.value.location, L("content.fullWidthQuotes"))
        }
        return trimmed.isEmpty ? nil : Located(trimmed, member.value.location)
    }

    mutating func requiredString(_ key: String) -> Located<String>? {
        if let value = string(key) { return value }
        // Absent, `key:` with nothing, or only spaces; a list or object was reported as
        // a wrong type by `string`.
        if let member = present(key), member.value.scalarText == nil { return nil }
        missing(key)
        return nil
    }

    /// A list of texts; a single text is taken as a one-item list because staff write
    /// `联系对象: 王芳` as often as `[王芳]`.
    mutating func stringList(_ key: String) -> [Located<String>] {
        guard let member = present(key) else { return [] }
        let items: [DataNode]
        if case .array(let array) = member.value.value {
            items = array
        } else {
            items = [member.value]
        }
        var result: [Located<String>] = []
        for item in items {
            guard let text = item.scalarText else {
                diagnostics.error(item.location, L("field.listOfTexts", member.key, item.typeName))
                continue
            }
            for part in splitList(text) {
                result.append(Located(part, item.location))
            }
        }
        return result
    }

    /// A single scalar may hold several names separated by Chinese or ASCII list marks.
    private func splitList(_ text: String) -> [String] {
        // Most values hold one name: skip the Character-level split for them.
        let separators: [UInt8] = [0x2C, 0x3B, 0xE3, 0xEF]  // , ; and the lead bytes of 、 ， ；
        if !text.utf8.contains(where: separators.contains) { return [text] }
        return text.split(whereSeparator: { "、，,；;".contains($0) })
            .map { $0.trimmedSpaces }
            .filter { !$0.isEmpty }
    }

    mutating func int(_ key: String) -> Located<Int>? {
        guard let member = present(key) else { return nil }
        guard let text = member.value.scalarText, let number = Int(text.trimmedSpaces) else {
            typeError(member, expected: L("type.wholeNumber"))
            return nil
        }
        return Located(number, member.value.location)
    }

    mutating func bool(_ key: String) -> Located<Bool>? {
        guard let member = present(key) else { return nil }
        guard case .bool(let value) = member.value.value else {
            typeError(member, expected: L("type.bool"))
            return nil
        }
        return Located(value, member.value.location)
    }

    mutating func date(_ key: String) -> Located<Day>? {
        guard let text = string(key) else { return nil }
        guard let day = Day(parsing: text.value) else {
            diagnostics.error(text.location, L("field.notDate", text.value))
            return nil
        }
        return Located(day, text.location)
    }

    mutating func requiredDate(_ key: String) -> Located<Day>? {
        if !has(key) {
            missing(key)
            return nil
        }
        return date(key)
    }

    /// A list of objects, each read by its own reader.
    mutating func objects(_ key: String) -> [DataNode] {
        guard let member = present(key) else { return [] }
        guard case .array(let items) = member.value.value else {
            typeError(member, expected: L("type.list"))
            return []
        }
        return items
    }

    mutating func object(_ key: String) -> DataNode? {
        guard let member = present(key) else { return nil }
        guard case .object = member.value.value else {
            typeError(member, expected: L("type.object"))
            return nil
        }
        return member.value
    }

    mutating func missing(_ key: String) {
        // The longest Chinese name of the field (联系地点 rather than 地点), the same every run.
        let alias = schema.aliases.filter { $0.value == key }.map(\.key).sorted { ($0.count, $1) > ($1.count, $0) }.first
        let spelled = alias.map { L("field.spelled.alias", key, $0) } ?? L("field.spelled", key)
        // A key written with nothing after it is pointed at where it stands, not at the
        // start of the object: the clerk sees the line to fill in.
        if let member = fields[key] {
            diagnostics.error(member.keyLocation, L("field.empty", schema.what, spelled))
        } else {
            diagnostics.error(node.location, L("field.missing", schema.what, spelled))
        }
    }

    private mutating func typeError(_ member: DataMember, expected: String) {
        diagnostics.error(member.value.location, L("field.wrongType", member.key, expected, member.value.typeName))
    }
}

/// The keys one kind of object accepts, with their Chinese aliases.
struct FieldSchema: Sendable {
    /// The catalogue key of what the object is ("schema.record": 联系记录).
    let whatKey: String
    var what: String { L(whatKey) }
    let keys: Set<String>
    let aliases: [String: String]

    init(_ what: String, keys: [String], aliases: [String: String] = [:]) {
        self.whatKey = what
        self.keys = Set(keys)
        self.aliases = aliases
        assert(aliases.values.allSatisfy { self.keys.contains($0) })
    }

    func canonicalKey(_ key: String) -> String? {
        if keys.contains(key) { return key }
        return aliases[key]
    }

    var allSpellings: [String] { Array(keys) + Array(aliases.keys) }
}
