import Synchronization

/// A stable hash of a page's template values, for pages keyed by what they show
/// (PageInputs.Key.byContext) rather than by a list of files: a page drawn from the
/// analysis (a contactor's tasks, a pairs table, a report) is drawn again only when
/// what it shows changed, not after every saved front matter.
enum ContextDigest {
    /// The digest of a page's typed values (its view model), by the keys its page kind
    /// declares (PageKinds), in their order — what the template can show. nil when a
    /// value is of a kind this does not know: such a page is always drawn.
    static func of(_ values: any TemplateObject, keys: TemplateKeys) -> Int? {
        var hasher = StableHasher()
        return combine(values, keys: keys, into: &hasher) ? hasher.finalize() : nil
    }

    private static func combine(_ object: any TemplateObject, keys: TemplateKeys, into hasher: inout StableHasher) -> Bool {
        if let once = object.digestOnce {
            guard let digest = once.digest(of: object) else { return false }
            hasher.combine(8)
            hasher.combine(digest)
            return true
        }
        return combineFields(object, keys: keys, into: &hasher)
    }

    /// The object's values under `keys`, in their order.
    static func combineFields(_ object: any TemplateObject, keys: TemplateKeys, into hasher: inout StableHasher) -> Bool {
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

    /// `keys`: what the declaration says an object or the items of a list hold (nil
    /// for a plain value). A dictionary's values are read by their type's identity
    /// (TemplateValue.init) and digested with the keys declared for them: casting an
    /// `Any` to each kind in turn bridged whole lists and was most of the digest's time.
    static func combine(_ value: TemplateValue, keys: TemplateKeys?, into hasher: inout StableHasher) -> Bool {
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
        case .text(let text):
            hasher.combine(1)
            hasher.combine(text)
        case .number(let number):
            hasher.combine(3)
            hasher.combine(number)
        case .flag(let flag):
            hasher.combine(2)
            hasher.combine(flag)
        case .texts(let texts):
            hasher.combine(6)
            hasher.combine(texts.count)
            for text in texts {
                hasher.combine(1)
                hasher.combine(text)
            }
        case .dictionary(let dictionary): return combine(dictionary, keys: keys, into: &hasher)
        case .strings(let strings):
            hasher.combine(5)
            hasher.combine(strings.count)
            for key in strings.keys.sorted() {
                hasher.combine(key)
                hasher.combine(1)
                hasher.combine(strings[key]!)
            }
        case .dictionaries(let items): return combine(items, keys: keys, into: &hasher)
        case .shared(let list): return combine(list.items, keys: keys, into: &hasher)
        case .other(let other): return combine(other.value, keys: keys, into: &hasher)
        }
        return true
    }

    private static func combine(_ dictionary: [String: Any], keys: TemplateKeys?, into hasher: inout StableHasher) -> Bool {
        hasher.combine(5)
        hasher.combine(dictionary.count)
        for name in dictionary.keys.sorted() {
            hasher.combine(name)
            guard combine(TemplateValue(dictionary[name]!), keys: keys?[name]?.kind.keys, into: &hasher) else { return false }
        }
        return true
    }

    private static func combine(_ items: [[String: Any]], keys: TemplateKeys?, into hasher: inout StableHasher) -> Bool {
        hasher.combine(6)
        hasher.combine(items.count)
        for item in items {
            guard combine(item, keys: keys, into: &hasher) else { return false }
        }
        return true
    }

    /// The values TemplateValue keeps as they are: each kind with its own tag first, so
    /// that "1" and 1, or [] and [:], differ.
    private static func combine(_ value: Any, keys: TemplateKeys?, into hasher: inout StableHasher) -> Bool {
        switch value {
        case let text as Substring:
            hasher.combine(1)
            hasher.combine(String(text))
        case let number as Double:
            hasher.combine(4)
            hasher.combine(Int(truncatingIfNeeded: number.bitPattern))
        case let items as [Any]:
            hasher.combine(6)
            hasher.combine(items.count)
            for item in items {
                guard combine(TemplateValue(item), keys: keys, into: &hasher) else { return false }
            }
        case let optional as OptionalProtocol:
            guard optional.isSome else {
                hasher.combine(0)
                return true
            }
            return combine(TemplateValue(optional.unwrapped), keys: keys, into: &hasher)
        default:
            return false
        }
        return true
    }
}

/// The digest of a part shown by many pages (a pair's row: the pairs table and its ~40
/// narrowed pages, a unit's and a contactor's pages), worked out once instead of once per
/// page that shows it. By all the keys the part has (`keys`, its own declaration), so
/// that it covers whatever a page's declaration of it names. Only for parts whose
/// values never change once made (all `let`): the digest is worked out once.
final class DigestOnce: Sendable {
    private let keys: TemplateKeys
    /// 0 until worked out (a digest of 0 is kept as 1). Two pages may work it out at the
    /// same time: they find the same number.
    private let stored = Atomic<Int>(0)

    init(keys: TemplateKeys) { self.keys = keys }

    /// nil when the part holds a value ContextDigest does not know (never kept).
    func digest(of part: any TemplateObject) -> Int? {
        let known = stored.load(ordering: .relaxed)
        if known != 0 { return known }
        var hasher = StableHasher()
        guard ContextDigest.combineFields(part, keys: keys, into: &hasher) else { return nil }
        let digest = hasher.finalize()
        let kept = digest == 0 ? 1 : digest
        stored.store(kept, ordering: .relaxed)
        return kept
    }
}
