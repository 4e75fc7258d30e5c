/// A stable hash of a page's template values, for pages keyed by what they show
/// (PageInputs.Key.byContext) rather than by a list of files: a contactor's task page
/// reads the analysis, and keyed by the analysis' version every one of them was drawn
/// again after any saved front matter, though a save changes the tasks of one or two.
enum ContextDigest {
    /// nil when a value is of a kind this does not know: such a page is always drawn.
    static func of(_ values: [String: Any]) -> Int? {
        var hasher = StableHasher()
        return combine(values, into: &hasher) ? hasher.finalize() : nil
    }

    /// Each kind with its own tag first, so that "1" and 1, or [] and [:], differ.
    private static func combine(_ value: Any, into hasher: inout StableHasher) -> Bool {
        switch value {
        case let text as String:
            hasher.combine(1)
            hasher.combine(text)
        case let text as Substring:
            hasher.combine(1)
            hasher.combine(String(text))
        case let flag as Bool:
            hasher.combine(2)
            hasher.combine(flag)
        case let number as Int:
            hasher.combine(3)
            hasher.combine(number)
        case let number as Double:
            hasher.combine(4)
            hasher.combine(Int(truncatingIfNeeded: number.bitPattern))
        case let dictionary as [String: Any]:
            hasher.combine(5)
            hasher.combine(dictionary.count)
            for key in dictionary.keys.sorted() {
                hasher.combine(key)
                guard combine(dictionary[key]!, into: &hasher) else { return false }
            }
        case let list as SharedList:
            return combine(list.items, into: &hasher)
        case let items as [Any]:
            hasher.combine(6)
            hasher.combine(items.count)
            for item in items {
                guard combine(item, into: &hasher) else { return false }
            }
        case let optional as OptionalProtocol:
            guard optional.isSome else {
                hasher.combine(0)
                return true
            }
            return combine(optional.unwrapped, into: &hasher)
        default:
            return false
        }
        return true
    }
}
