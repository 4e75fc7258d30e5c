import Foundation

/// One row of a spreadsheet export, with the line of the file it starts on (a quoted
/// value may span lines, so rows and lines are not the same count).
public struct CSVRow: Sendable, Equatable {
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// A line with nothing in it (Excel leaves `,,,,` rows at the end of a sheet).
    public var isBlank: Bool {
        cells.allSatisfy { $0.trimmed.isEmpty }
    }
}

/// Reads CSV the way Excel and WPS write it: RFC 4180 quoting (`""` inside quotes is
/// one quote, quoted values may hold commas and line breaks), CRLF, LF or CR line
/// ends, an optional BOM, and commas or — for "Unicode 文本" exports — tabs.
public enum RosterCSV {
    public struct Parsed: Sendable, Equatable {
        public var rows: [CSVRow]
        /// The line of a row whose opening quote is never closed; the rest of the file
        /// after it could not be split into rows.
        public var unclosedQuoteLine: Int?
    }

    public static func parse(_ text: String) -> Parsed {
        let scalars = Array(text.unicodeScalars)
        var reader = Reader(scalars: scalars, separator: separator(of: scalars))
        return reader.read()
    }

    /// Tab when the first line has tabs and no comma, comma otherwise.
    static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var tabs = 0, commas = 0
        for scalar in scalars {
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "\t" { tabs += 1 }
            if scalar == "," { commas += 1 }
        }
        return tabs > 0 && commas == 0 ? "\t" : ","
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var index = 0
        var line = 1
        var rows: [CSVRow] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var rowLine = 1

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
            self.scalars = scalars
            self.separator = separator
        }

        mutating func read() -> Parsed {
            if scalars.first == "\u{FEFF}" { index = 1 }
            var cellStarted = false
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if scalar == "\"" && !cellStarted {
                    guard readQuoted() else {
                        return Parsed(rows: rows, unclosedQuoteLine: rowLine)
                    }
                    cellStarted = true
                } else if scalar == separator {
                    endCell()
                    cellStarted = false
                } else if scalar == "\n" || scalar == "\r" {
                    if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
                    endRow()
                    cellStarted = false
                } else {
                    cell.append(scalar)
                    cellStarted = true
                }
            }
            if cellStarted || !cells.isEmpty { endRow() }
            return Parsed(rows: rows, unclosedQuoteLine: nil)
        }

        /// Reads a quoted value after its opening quote; false when it is never closed.
        private mutating func readQuoted() -> Bool {
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "\"":
                    if index < scalars.count && scalars[index] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        return true
                    }
                case "\r":
                    if index < scalars.count && scalars[index] == "\n" { index += 1 }
                    cell.append("\n")
                    line += 1
                case "\n":
                    cell.append("\n")
                    line += 1
                default:
                    cell.append(scalar)
                }
            }
            return false
        }

        private mutating func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
        }

        private mutating func endRow() {
            endCell()
            rows.append(CSVRow(line: rowLine, cells: cells))
            cells = []
            line += 1
            rowLine = line
        }
    }
}
