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

        var header: Header {
            Header(name: Array(name.utf8), method: method, crc: crc, storedSize: UInt32(stored.count), size: UInt32(bytes.count))
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
            out.localHeader(entry.header)
            out.append(contentsOf: entry.stored)
        }
        let directoryStart = UInt32(out.count)
        for (entry, offset) in zip(entries, offsets) { out.centralHeader(entry.header, offset: offset) }
        out.endOfDirectory(entries: entries.count, size: UInt32(out.count) - directoryStart, start: directoryStart)
        return out
    }

    /// What the local and the central header of an entry say about it.
    struct Header: Sendable {
        let name: [UInt8]
        let method: UInt16
        let crc: UInt32
        let storedSize: UInt32
        let size: UInt32
    }

    /// An archive of many files that differ in one entry only (a record's 记录单: its
    /// word/document.xml): the other entries are compressed once, and their headers and
    /// directory records laid out once, so a file is four copies and two small headers.
    /// The entry that differs is written last, so nothing before it moves.
    struct Frame: Sendable {
        /// The fixed entries' local headers and data; then their directory records.
        private let fixed: [UInt8]
        private let directory: [UInt8]
        private let count: Int
        private let name: [UInt8]

        init(_ entries: [Entry], last name: String) {
            var fixed: [UInt8] = [], directory: [UInt8] = []
            for entry in entries {
                directory.centralHeader(entry.header, offset: UInt32(fixed.count))
                fixed.localHeader(entry.header)
                fixed.append(contentsOf: entry.stored)
            }
            self.fixed = fixed
            self.directory = directory
            count = entries.count + 1
            self.name = Array(name.utf8)
        }

        /// The archive with `bytes` as the last entry, stored or deflated (`deflate`, when
        /// that is smaller).
        func archive(_ bytes: [UInt8], deflate: Bool) -> [UInt8] {
            let packed = deflate ? Deflate.raw(bytes).flatMap { $0.count < bytes.count ? $0 : nil } : nil
            let data = packed ?? bytes
            let header = Header(name: name, method: packed == nil ? 0 : 8, crc: CRC32.checksum(bytes),
                                storedSize: UInt32(data.count), size: UInt32(bytes.count))
            var out: [UInt8] = []
            out.reserveCapacity(fixed.count + directory.count + data.count + 2 * name.count + 98)
            out.append(contentsOf: fixed)
            let offset = UInt32(out.count)
            out.localHeader(header)
            out.append(contentsOf: data)
            let directoryStart = UInt32(out.count)
            out.append(contentsOf: directory)
            out.centralHeader(header, offset: offset)
            out.endOfDirectory(entries: count, size: UInt32(out.count) - directoryStart, start: directoryStart)
            return out
        }
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
    /// Every timestamp 1980-01-01 00:00, names in UTF-8, no extra field.
    mutating func localHeader(_ header: ZipArchive.Header) {
        append32(0x0403_4b50)
        append16(20)             // version needed: 2.0 (deflate)
        append16(0x0800)         // names are UTF-8
        append16(header.method)
        append16(ZipArchive.dosTime)
        append16(ZipArchive.dosDate)
        append32(header.crc)
        append32(header.storedSize)
        append32(header.size)
        append16(UInt16(header.name.count))
        append16(0)              // no extra field
        append(contentsOf: header.name)
    }

    mutating func centralHeader(_ header: ZipArchive.Header, offset: UInt32) {
        append32(0x0201_4b50)
        append16(20)             // made by: MS-DOS, zip 2.0
        append16(20)
        append16(0x0800)
        append16(header.method)
        append16(ZipArchive.dosTime)
        append16(ZipArchive.dosDate)
        append32(header.crc)
        append32(header.storedSize)
        append32(header.size)
        append16(UInt16(header.name.count))
        append16(0)              // extra
        append16(0)              // comment
        append16(0)              // disk
        append16(0)              // internal attributes
        append32(0)              // external attributes
        append32(offset)
        append(contentsOf: header.name)
    }

    mutating func endOfDirectory(entries: Int, size: UInt32, start: UInt32) {
        append32(0x0605_4b50)
        append16(0)
        append16(0)
        append16(UInt16(entries))
        append16(UInt16(entries))
        append32(size)
        append32(start)
        append16(0)              // no comment
    }

    mutating func append16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        append16(UInt16(value & 0xFFFF))
        append16(UInt16(value >> 16))
    }
}
