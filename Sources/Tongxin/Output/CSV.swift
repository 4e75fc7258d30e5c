/// CSV for Excel: UTF-8 with a BOM (without it Excel on Windows reads Chinese as
/// mojibake), CRLF line ends, RFC 4180 quoting. Cells that Excel would run as a
/// formula (=, +, -, @ at the start) get a leading apostrophe.
public enum CSV {
    public static func encode(header: [String], rows: [[String]]) -> [UInt8] {
        encode(header: header, count: rows.count) { rows[$0] }
    }

    /// Rows made and encoded on all cores, a block of rows at a time, in order: the
    /// records table of a large site is tens of thousands of rows, and the preview makes
    /// it again after every save.
    static func encode(header: [String], count: Int, row: @Sendable (Int) -> [String]) -> [UInt8] {
        encode(header: header, blocks: parallelMap(blocks(count: count)) { rows($0, row: row) })
    }

    static let blockSize = 512

    /// The rows `0..<count` in blocks of `blockSize`.
    static func blocks(count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: blockSize).map { $0..<min($0 + blockSize, count) }
    }

    /// Some rows, encoded.
    static func rows(_ range: Range<Int>, row: (Int) -> [String]) -> [UInt8] {
        var block: [UInt8] = []
        block.reserveCapacity(64 * 1024)
        for index in range { append(row(index), to: &block) }
        return block
    }

    /// The header and the encoded blocks of rows, in order.
    static func encode(header: [String], blocks: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        append(header, to: &out)
        out.reserveCapacity(blocks.reduce(out.count) { $0 + $1.count })
        for block in blocks { out.append(contentsOf: block) }
        return out
    }

    private static func append(_ cells: [String], to out: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(cell, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// Bytes, not Characters: a large site writes hundreds of thousands of cells.
    private static func append(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let formula = bytes.first.map { "=+-@\t\r".utf8.contains($0) } ?? false
            let guarded = formula && Double(String(decoding: bytes, as: UTF8.self)) == nil
            var special = false
            for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
                special = true
                break
            }
            let needsQuotes = special || bytes.first == 0x20 || bytes.last == 0x20
            if !needsQuotes && !guarded {
                out.append(contentsOf: bytes)
                return
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            if guarded { out.append(UInt8(ascii: "'")) }
            for byte in bytes {
                if byte == UInt8(ascii: "\"") && needsQuotes { out.append(byte) }
                out.append(byte)
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
        }
    }

    /// Reads CSV back (tests, and anyone checking an export): BOM, quotes and CRLF
    /// handled by the roster reader, which also serves `import members`.
    public static func decode(_ bytes: [UInt8]) -> [[String]] {
        RosterCSV.parse(String(decoding: bytes, as: UTF8.self)).rows.map(\.cells)
    }
}

import Foundation
