/// Finds an entity by its id or by any of its names, and says so when a name fits two.
struct Lookup: Sendable {
    enum Match: Equatable {
        case found(String)
        case ambiguous([String])
        case missing
    }

    /// The catalogue key of what is looked up ("unit.member": 委员).
    let whatKey: String
    var what: String { L(whatKey) }
    private var ids: Set<String> = []
    private var byName: [String: [String]] = [:]
    private(set) var orderedIDs: [String] = []

    init(what: String) { self.whatKey = what }

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

    /// "；是不是要写“王海涛”？" for a name or id near `text`, or nothing. Names are offered
    /// as well as ids, since the office writes names.
    func suggestion(for text: String) -> String {
        Suggestions.didYouMean(text, in: orderedIDs + byName.keys.filter { byName[$0]?.count == 1 })
    }

    /// Resolves a reference or records why it cannot be resolved.
    func resolve(_ reference: Located<String>, diagnostics: inout Diagnostics) -> String? {
        switch match(reference.value) {
        case .found(let id): return id
        case .ambiguous(let candidates):
            diagnostics.error(reference.location, L("check.ambiguous", reference.value, what, candidates.joined(separator: ", ")))
        case .missing:
            diagnostics.error(reference.location, L("check.unknown", what, reference.value, suggestion(for: reference.value)))
        }
        return nil
    }
}
