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

    /// The same for a page's typed values (its view model), by the keys its
    /// page kind declares (PageKinds), in their order — what the template can show.
    static func of(_ values: any TemplateObject, keys: TemplateKeys) -> Int? {
        var hasher = StableHasher()
        return combine(values, keys: keys, into: &hasher) ? hasher.finalize() : nil
    }

    private static func combine(_ object: any TemplateObject, keys: TemplateKeys, into hasher: inout StableHasher) -> Bool {
        hasher.combine(7)
        for key in keys.keys {
            hasher.combine(key.name)
            guard let value = object.value(key.name) else {
                hasher.combine(0)
                continue
            }
            guard combine(value, keys: key.kind.keys, into: &hasher) else { return false }
        }
        return true
    }

    private static func combine(_ value: TemplateValue, keys: TemplateKeys?, into hasher: inout StableHasher) -> Bool {
        switch value {
        case .object(let object):
            guard let keys else { return false }
            return combine(object, keys: keys, into: &hasher)
        case .list(let list):
            guard let keys else { return false }
            hasher.combine(6)
            hasher.combine(list.count)
            for index in 0..<list.count {
                guard combine(list.item(index), keys: keys, into: &hasher) else { return false }
            }
            return true
        case .text(let text): return combine(text, into: &hasher)
        case .number(let number): return combine(number, into: &hasher)
        case .flag(let flag): return combine(flag, into: &hasher)
        case .texts(let texts): return combine(texts, into: &hasher)
        case .dictionary(let dictionary): return combine(dictionary, into: &hasher)
        case .strings(let strings): return combine(strings, into: &hasher)
        case .dictionaries(let items): return combine(items, into: &hasher)
        case .shared(let list): return combine(list, into: &hasher)
        case .other(let other): return combine(other, into: &hasher)
        }
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
