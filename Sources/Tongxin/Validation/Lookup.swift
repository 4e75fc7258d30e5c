/// Finds an entity by its id or by any of its names, and says so when a name fits two.
struct Lookup: Sendable {
    enum Match: Equatable {
        case found(String)
        case ambiguous([String])
        case missing
    }

    let what: String
    private var ids: Set<String> = []
    private var byName: [String: [String]] = [:]
    private(set) var orderedIDs: [String] = []

    init(what: String) { self.what = what }

    /// Returns false when the id is already taken.
    mutating func add(id: String, names: [String?]) -> Bool {
        guard ids.insert(id).inserted else { return false }
        orderedIDs.append(id)
        for name in Set(names.compactMap { $0 }) where name != id {
            byName[name, default: []].append(id)
        }
        return true
    }

    func contains(_ id: String) -> Bool { ids.contains(id) }

    func match(_ text: String) -> Match {
        if ids.contains(text) { return .found(text) }
        let candidates = byName[text] ?? byName[MemberNames.normalise(text)] ?? []
        switch candidates.count {
        case 0: return .missing
        case 1: return .found(candidates[0])
        default: return .ambiguous(candidates.sorted())
        }
    }

    /// Resolves a reference or records why it cannot be resolved.
    func resolve(_ reference: Located<String>, diagnostics: inout Diagnostics) -> String? {
        switch match(reference.value) {
        case .found(let id): return id
        case .ambiguous(let candidates):
            diagnostics.error(reference.location, "'\(reference.value)' names more than one \(what): \(candidates.joined(separator: ", ")); write the id instead")
        case .missing:
            let hint = Suggestions.didYouMean(reference.value, in: orderedIDs)
            diagnostics.error(reference.location, "unknown \(what) '\(reference.value)'\(hint)")
        }
        return nil
    }
}
