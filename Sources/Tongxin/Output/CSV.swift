/// CSV for Excel: UTF-8 with a BOM (without it Excel on Windows reads Chinese as
/// mojibake), CRLF line ends, RFC 4180 quoting. Cells that Excel would run as a
/// formula (=, +, -, @ at the start) get a leading apostrophe.
public enum CSV {
    public static func encode(header: [String], rows: [[String]]) -> [UInt8] {
        var text = line(header)
        for row in rows { text += line(row) }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    private static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(value) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.hasPrefix(" ") || value.hasSuffix(" ") else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads CSV written by `encode` (used by tests and by `import` later): BOM
    /// stripped, quotes and CRLF handled.
    public static func decode(_ bytes: [UInt8]) -> [[String]] {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var inQuotes = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    cell.append(ch)
                }
                continue
            }
            switch ch {
            case "\"": inQuotes = true
            case ",": row.append(cell); cell = ""
            case "\r\n", "\n", "\r": row.append(cell); rows.append(row); row = []; cell = ""
            default: cell.append(ch)
            }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}

import Foundation
