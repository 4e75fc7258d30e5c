import CSupport

/// A hash that is the same in every process and every run (XXH64 underneath), for the
/// page keys a build keeps on disk for the next one (OutputManifest). Swift's Hasher is
/// seeded afresh in each process, so its values cannot be stored.
struct StableHasher {
    private var state: UInt64

    init(seed: UInt64 = 0) { state = seed }

    mutating func combine(bytes: UnsafeRawBufferPointer) {
        state = tongxin_hash64(bytes.baseAddress, bytes.count, state)
    }

    /// tongxin_hash64 of the number's 8 little-endian bytes, through the header's inline
    /// word hash: without a call into C per number (a page's digest combines hundreds).
    mutating func combine(_ value: Int) {
        state = tongxin_hash64_word(UInt64(truncatingIfNeeded: value), state)
    }

    mutating func combine(_ value: Bool) { combine(value ? 1 : 0) }

    /// The length first, so that ("ab", "c") and ("a", "bc") differ.
    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            combine(utf8.count)
            combine(bytes: UnsafeRawBufferPointer(utf8))
        }
    }

    mutating func combine(_ day: Day) {
        combine(day.year)
        combine(day.month)
        combine(day.day)
    }

    mutating func combine(_ stamp: FileStamp?) {
        guard let stamp else { return combine(-1) }
        combine(Int(stamp.size))
        combine(Int(truncatingIfNeeded: stamp.inode))
        combine(Int(stamp.modified))
        combine(Int(stamp.changed))
    }

    func finalize() -> Int { Int(truncatingIfNeeded: state) }

    /// The hash of one text.
    static func hash(_ text: String, seed: UInt64 = 0) -> Int {
        var hasher = StableHasher(seed: seed)
        hasher.combine(text)
        return hasher.finalize()
    }
}
