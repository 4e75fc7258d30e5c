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

    /// tongxin_hash64 of the number's 8 little-endian bytes, worked out here: the same
    /// value, without a call into C per number (a page's digest combines hundreds).
    @inline(__always)
    mutating func combine(_ value: Int) {
        let p1: UInt64 = 0x9E37_79B1_85EB_CA87, p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F, p3: UInt64 = 0x1656_67B1_9E37_79F9
        let p4: UInt64 = 0x85EB_CA77_C2B2_AE63, p5: UInt64 = 0x27D4_EB2F_1656_67C5
        var h = state &+ p5 &+ 8
        h ^= (UInt64(truncatingIfNeeded: value) &* p2).rotatedLeft(31) &* p1
        h = h.rotatedLeft(27) &* p1 &+ p4
        h ^= h >> 33
        h &*= p2
        h ^= h >> 29
        h &*= p3
        h ^= h >> 32
        state = h
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

private extension UInt64 {
    func rotatedLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
