import CZlib

/// A zip archive as an Office file needs one: entries in the order given, every
/// timestamp 1980-01-01 00:00 (the earliest a zip can hold), no extra fields, no
/// comment — the same entries always give the same bytes (with the same zlib).
///
/// Entries are deflated by the system's zlib (level 1) when that is smaller: stored,
/// the XML of ten thousand 记录单 took 150 MB; deflated, about a quarter.
enum ZipArchive {
    struct Entry: Sendable {
        let name: String
        /// The uncompressed bytes.
        let bytes: [UInt8]
        let crc: UInt32
        /// The raw deflate stream, when it is smaller than the bytes.
        let deflated: [UInt8]?

        init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
            crc = CRC32.checksum(bytes)
            deflated = Deflate.raw(bytes).flatMap { $0.count < bytes.count ? $0 : nil }
        }

        var method: UInt16 { deflated == nil ? 0 : 8 }
        var stored: [UInt8] { deflated ?? bytes }

        init(_ name: String, _ text: String) {
            self.init(name, Array(text.utf8))
        }
    }

    /// 1980-01-01 in MS-DOS date form (day 1, month 1, year 0 counted from 1980); time 00:00.
    static let dosDate: UInt16 = 0x0021
    static let dosTime: UInt16 = 0

    static func archive(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(22) { $0 + 76 + 2 * $1.name.utf8.count + $1.stored.count })
        var offsets: [UInt32] = []
        for entry in entries {
            offsets.append(UInt32(out.count))
            out.append32(0x0403_4b50)
            out.append16(20)             // version needed: 2.0 (deflate)
            out.append16(0x0800)         // names are UTF-8
            out.append16(entry.method)
            out.append16(dosTime)
            out.append16(dosDate)
            out.append32(entry.crc)
            out.append32(UInt32(entry.stored.count))
            out.append32(UInt32(entry.bytes.count))
            out.append16(UInt16(entry.name.utf8.count))
            out.append16(0)              // no extra field
            out.append(contentsOf: entry.name.utf8)
            out.append(contentsOf: entry.stored)
        }
        let directoryStart = UInt32(out.count)
        for (entry, offset) in zip(entries, offsets) {
            out.append32(0x0201_4b50)
            out.append16(20)             // made by: MS-DOS, zip 2.0
            out.append16(20)
            out.append16(0x0800)
            out.append16(entry.method)
            out.append16(dosTime)
            out.append16(dosDate)
            out.append32(entry.crc)
            out.append32(UInt32(entry.stored.count))
            out.append32(UInt32(entry.bytes.count))
            out.append16(UInt16(entry.name.utf8.count))
            out.append16(0)              // extra
            out.append16(0)              // comment
            out.append16(0)              // disk
            out.append16(0)              // internal attributes
            out.append32(0)              // external attributes
            out.append32(offset)
            out.append(contentsOf: entry.name.utf8)
        }
        let directorySize = UInt32(out.count) - directoryStart
        out.append32(0x0605_4b50)
        out.append16(0)
        out.append16(0)
        out.append16(UInt16(entries.count))
        out.append16(UInt16(entries.count))
        out.append32(directorySize)
        out.append32(directoryStart)
        out.append16(0)                  // no comment
        return out
    }
}

/// Raw deflate (RFC 1951), as a zip entry holds it.
enum Deflate {
    /// zlib's `compress2` wraps the stream in a two-byte header and an Adler-32 trailer
    /// (RFC 1950): the stream is what lies between them.
    /// zlib's fastest level: the XML of a report is repetitive enough that level 6 made
    /// it only a few percent smaller, at three times the time.
    static let level: Int32 = 1

    static func raw(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = out.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(bytes.count), level)
            }
        }
        guard status == Z_OK, length >= 6 else { return nil }
        return Array(out[2 ..< Int(length) - 4])
    }
}

/// CRC-32 (IEEE 802.3, the zip checksum), by zlib: its slicing tables are several
/// times faster than a byte-at-a-time loop, which perf showed at a third of a report's time.
enum CRC32 {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }
}

private extension Array where Element == UInt8 {
    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        append16(UInt16(value & 0xFFFF))
        append16(UInt16(value >> 16))
    }
}
