import Foundation

/// The heading row of a roster: which column holds which member field. Headings may be
/// Chinese, as the office's spreadsheets have them, or English.
struct RosterHeader {
    /// Column index → field key; a field may come from several columns (电话 and 手机).
    var fields: [Int: String] = [:]
    /// Columns whose heading is empty; a value in one is reported once.
    var unnamed: Set<Int> = []
    var width = 0
    var problems: [(severity: Severity, message: String)] = []

    /// Spellings of each field, compared after dropping spaces, case and a trailing '：' or '*'.
    static let spellings: [(key: String, names: [String])] = [
        ("id", ["编号", "id", "委员编号"]),
        ("name", ["姓名", "name", "委员姓名"]),
        ("gender", ["性别", "gender", "sex"]),
        ("party", ["党派", "party", "政治面貌"]),
        ("sector", ["界别", "sector"]),
        ("committee", ["专委会", "专门委员会", "committee"]),
        ("window", ["窗口", "window"]),
        ("roles", ["身份", "角色", "roles", "role"]),
        ("unit", ["工作单位", "单位", "unit"]),
        ("position", ["职务", "position"]),
        ("term", ["届次", "term"]),
        ("phone", ["电话", "手机", "联系电话", "手机号码", "移动电话", "phone", "mobile", "tel"]),
        ("address", ["地址", "通讯地址", "联系地址", "address"]),
        ("notes", ["备注", "notes", "note"]),
    ]

    /// Row numbers of the sheet itself (序号) mean nothing to the site; no warning.
    static let ignoredQuietly: Set<String> = ["序号", "no", "no.", "#"]

    /// Fields whose values are joined when several columns give them.
    static let joinable: Set<String> = ["phone", "address", "notes"]

    static let lookup: [String: String] = {
        var table: [String: String] = [:]
        for (key, names) in spellings {
            for name in names { table[normalise(name)] = key }
        }
        return table
    }()

    static func normalise(_ heading: String) -> String {
        var text = String(heading.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }.map(Character.init)).lowercased()
        while let last = text.last, "：:*＊".contains(last) { text.removeLast() }
        return text
    }

    init(_ row: CSVRow) {
        width = row.cells.count
        var firstColumn: [String: Int] = [:]
        var unknown: [String] = []
        for (index, cell) in row.cells.enumerated() {
            let heading = cell.trimmed
            let normalised = Self.normalise(heading)
            if normalised.isEmpty {
                unnamed.insert(index)
                continue
            }
            if Self.ignoredQuietly.contains(normalised) { continue }
            guard let key = Self.lookup[normalised] else {
                unknown.append("'\(heading)'")
                continue
            }
            if let earlier = firstColumn[key], !Self.joinable.contains(key) {
                problems.append((.warning, L("roster.columnAgain", index + 1, heading, key, earlier + 1, row.cells[earlier])))
                continue
            }
            firstColumn[key] = firstColumn[key] ?? index
            fields[index] = key
        }
        if !unknown.isEmpty {
            let known = Self.spellings.map { "\($0.names[0])/\($0.key)" }
            let list = unknown.joined(separator: ", ")
            problems.append((.warning, L(unknown.count == 1 ? "roster.unknownColumn" : "roster.unknownColumns", list, known.joined(separator: ", "))))
        }
        if !fields.values.contains("name") {
            problems.append((.error, L("roster.noNameColumn")))
        }
    }

    var hasName: Bool { fields.values.contains("name") }

    /// How each column is read, for `--verbose`.
    func describe(_ row: CSVRow) -> [String] {
        fields.keys.sorted().map { "column \($0 + 1) '\(row.cells[$0].trimmedSpaces)' → \(fields[$0]!)" }
    }

    /// The values of a row by field, trimmed; empty cells are left out.
    func values(of row: CSVRow) -> [String: String] {
        var values: [String: String] = [:]
        for index in fields.keys.sorted() where index < row.cells.count {
            let key = fields[index]!
            let value = row.cells[index].trimmed
            guard !value.isEmpty else { continue }
            if let earlier = values[key] {
                if earlier != value { values[key] = earlier + "；" + value }
            } else {
                values[key] = value
            }
        }
        return values
    }

    /// The first unnamed column that holds a value in this row.
    func unnamedValue(in row: CSVRow) -> Int? {
        unnamed.sorted().first { $0 < row.cells.count && !row.cells[$0].trimmed.isEmpty }
    }
}
