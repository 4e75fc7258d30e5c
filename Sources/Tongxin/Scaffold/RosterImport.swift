import Foundation

public struct RosterImportOptions: Sendable {
    /// Update existing member files whose fields differ from the roster (the biography
    /// and fields the roster does not give are kept).
    public var overwrite: Bool
    /// Check every row and say what would be written, without writing.
    public var dryRun: Bool

    public init(overwrite: Bool = false, dryRun: Bool = false) {
        self.overwrite = overwrite
        self.dryRun = dryRun
    }
}

/// A problem with one row of the roster, printed as `roster.csv:ROW: error: …` where ROW
/// is the line of the file the row starts on (the heading row is 1).
public struct RosterProblem: Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var file: String
    public var row: Int
    public var message: String

    public var description: String { "\(file):\(row): \(severity.rawValue): \(message)" }
}

public struct RosterImportReport: Sendable {
    public var problems: [RosterProblem] = []
    public var encoding: TextEncodingDetection.Encoding?
    /// How each column was read, for `--verbose`.
    public var columns: [String] = []
    /// Member files written (or, in a dry run, that would be), relative to the content folder.
    public var written: [String] = []
    /// Of those, the ones that replaced an existing file.
    public var updated: [String] = []
    /// Rows whose member file already says the same.
    public var unchanged: [String] = []
    /// Rows rejected with an error.
    public var skipped = 0
    /// Rows with something in them, the heading row not counted.
    public var rows = 0
    public var dryRun = false

    public var errorCount: Int { problems.filter { $0.severity == .error }.count }
    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }
}

/// `tongxin import members`: turns the office's roster spreadsheet (CSV in UTF-8 or
/// GB18030) into `members/<id>.md` files. Rows it cannot use are reported with their
/// line and skipped; the others are written.
public enum RosterImport {
    /// Progress is reported every this many rows, when there are more than `progressThreshold`.
    public static let progressInterval = 500
    public static let progressThreshold = 1_000

    public static func run(
        bytes: [UInt8], file: String, contentFolder: URL, options: RosterImportOptions = RosterImportOptions(),
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) -> RosterImportReport {
        var report = RosterImportReport()
        report.dryRun = options.dryRun
        guard let sheet = readSheet(bytes, file: file, report: &report) else { return report }
        var importer = RosterImporter(
            file: file, root: contentFolder.standardizedFileURL, options: options, header: sheet.header,
            snapshot: ContentSnapshot.read(contentFolder), report: report)
        if importer.snapshot.organization == nil {
            importer.problem(.warning, sheet.headingLine, "data/organization.json could not be read; 党派, 界别, 专委会 and 窗口 were not checked (run tongxin check)")
        }
        importer.report.rows = sheet.rows.count
        for (index, row) in sheet.rows.enumerated() {
            importer.importRow(row)
            let done = index + 1
            if sheet.rows.count > progressThreshold && done % progressInterval == 0 && done < sheet.rows.count {
                progress(done, sheet.rows.count)
            }
        }
        if let line = sheet.unclosedQuoteLine {
            importer.problem(.error, line, "a quoted value starting on this line is never closed (a '\"' is missing); this row and the rest of the file were not read")
            importer.report.skipped += 1
        }
        var result = importer.report
        result.problems = sortedByRow(result.problems)
        return result
    }

    struct Sheet {
        var header: RosterHeader
        var headingLine: Int
        /// The rows after the heading with something in them.
        var rows: [CSVRow]
        var unclosedQuoteLine: Int?
    }

    /// Decodes the bytes and reads the heading row; nil (with the reason in the report)
    /// when nothing can be imported.
    static func readSheet(_ bytes: [UInt8], file: String, report: inout RosterImportReport) -> Sheet? {
        let text: String
        switch TextEncodingDetection.decode(bytes) {
        case .failure(let failure):
            report.problems.append(RosterProblem(severity: .error, file: file, row: 1, message: "this file \(failure.message)"))
            return nil
        case .success(let decoded):
            text = decoded.text
            report.encoding = decoded.encoding
        }
        let parsed = RosterCSV.parse(text)
        guard let headingRow = parsed.rows.first(where: { !$0.isBlank }) else {
            report.problems.append(RosterProblem(severity: .error, file: file, row: 1, message: "the file has no rows; the first row must give the column headings, e.g. 姓名,性别,党派"))
            return nil
        }
        let header = RosterHeader(headingRow)
        for problem in header.problems {
            report.problems.append(RosterProblem(severity: problem.severity, file: file, row: headingRow.line, message: problem.message))
        }
        report.columns = header.describe(headingRow)
        guard header.hasName else { return nil }
        let rows = parsed.rows.filter { $0.line > headingRow.line && !$0.isBlank }
        return Sheet(header: header, headingLine: headingRow.line, rows: rows, unclosedQuoteLine: parsed.unclosedQuoteLine)
    }

    /// By row, errors before warnings, otherwise in the order found.
    static func sortedByRow(_ problems: [RosterProblem]) -> [RosterProblem] {
        problems.enumerated().sorted {
            ($0.element.row, $0.element.severity == .error ? 0 : 1, $0.offset) < ($1.element.row, $1.element.severity == .error ? 0 : 1, $1.offset)
        }.map(\.element)
    }
}

/// The state of one import: ids and names taken so far, and what was written.
struct RosterImporter {
    let file: String
    let root: URL
    let options: RosterImportOptions
    let header: RosterHeader
    let snapshot: ContentSnapshot
    var report: RosterImportReport
    /// Ids given to earlier rows, with the name they went to.
    private var assigned: [String: String] = [:]
    /// Earlier rows by name: their line, cells and explicit id.
    private var seen: [String: (line: Int, cells: [String], id: String?)] = [:]
    private var reportedUnnamedColumn = false

    init(file: String, root: URL, options: RosterImportOptions, header: RosterHeader, snapshot: ContentSnapshot, report: RosterImportReport) {
        self.file = file
        self.root = root
        self.options = options
        self.header = header
        self.snapshot = snapshot
        self.report = report
    }

    mutating func problem(_ severity: Severity, _ row: Int, _ message: String) {
        report.problems.append(RosterProblem(severity: severity, file: file, row: row, message: message))
    }

    private mutating func reject(_ row: CSVRow, _ message: String) {
        problem(.error, row.line, message)
        report.skipped += 1
    }

    mutating func importRow(_ row: CSVRow) {
        if let message = cellCountProblem(row) { return reject(row, message) }
        if !reportedUnnamedColumn, let column = header.unnamedValue(in: row) {
            reportedUnnamedColumn = true
            problem(.warning, row.line, "column \(column + 1) has no heading; its values are ignored (give it one, e.g. 备注)")
        }
        var values = header.values(of: row)
        guard let rawName = values["name"] else { return reject(row, "no name (姓名) in this row") }
        let name = MemberNames.normalise(rawName)
        values["name"] = name
        let explicitID = values.removeValue(forKey: "id")
        if let message = duplicateProblem(row, name: name, explicitID: explicitID) { return reject(row, message) }
        seen[name] = seen[name] ?? (row.line, row.cells, explicitID)

        var fields = MemberFields()
        fields.values = values
        fields.roles = values.removeValue(forKey: "roles").map(Self.splitRoles) ?? []
        fields.values["roles"] = nil
        switch ReferenceCheck(snapshot: snapshot).check(&fields) {
        case .failure(let problem): return reject(row, problem.message)
        case .success: break
        }

        let target: Target
        switch chooseTarget(name: name, explicitID: explicitID, line: row.line) {
        case .failure(let problem): return reject(row, problem.message)
        case .success(let chosen): target = chosen
        }
        assigned[target.id] = name
        write(fields, to: target, row: row)
    }

    // MARK: - Rows that cannot be used

    private func cellCountProblem(_ row: CSVRow) -> String? {
        let count = row.cells.count
        if count < header.width {
            return "\(count) value\(count == 1 ? "" : "s") but the heading row has \(header.width) columns; a value containing a comma must be in quotes, and no cell may be left out"
        }
        if count > header.width && row.cells[header.width...].contains(where: { !$0.trimmedSpaces.isEmpty }) {
            return "\(count) values but the heading row has \(header.width) columns; a value containing a comma must be in quotes"
        }
        return nil
    }

    private func duplicateProblem(_ row: CSVRow, name: String, explicitID: String?) -> String? {
        guard let earlier = seen[name] else { return nil }
        if let explicitID, let earlierID = earlier.id, explicitID != earlierID { return nil }
        if earlier.cells.map({ $0.trimmedSpaces }) == row.cells.map({ $0.trimmedSpaces }) {
            return "the same as row \(earlier.line)"
        }
        return "\(name) is already on row \(earlier.line); if they are two people, give each a different 编号 (id)"
    }

    static func splitRoles(_ text: String) -> [String] {
        text.split(whereSeparator: { "、，,；;/ ".contains($0) }).map(String.init)
    }

    // MARK: - Which file a row goes to

    struct Target {
        var id: String
        /// The member already in that file, when there is one.
        var existing: Member?
        var path: String { "members/\(id).md" }
    }

    struct RowProblem: Error {
        var message: String
    }

    private mutating func chooseTarget(name: String, explicitID: String?, line: Int) -> Result<Target, RowProblem> {
        let sameName = snapshot.ids(named: name)
        if let id = explicitID {
            guard IDs.isValid(id) else { return .failure(RowProblem(message: "编号 (id): " + IDs.invalidMessage(id))) }
            if let other = assigned[id], other != name {
                return .failure(RowProblem(message: "编号 '\(id)' is already given to \(other) on an earlier row"))
            }
            if snapshot.memberFileIDs.contains(id) {
                guard let existing = snapshot.member(id: id) else {
                    return .failure(RowProblem(message: "members/\(id).md exists but could not be read; run tongxin check and fix it first"))
                }
                guard existing.name.value == name else {
                    return .failure(RowProblem(message: "编号 '\(id)' is already \(existing.name.value) (members/\(id).md)"))
                }
                return .success(Target(id: id, existing: existing))
            }
            if let other = sameName.first, !options.overwrite {
                return .failure(RowProblem(message: "\(name) is already a member with 编号 '\(other)' (members/\(other).md), but this row gives '\(id)'; use '\(other)', or --overwrite to add '\(id)' as a second \(name)"))
            }
            if let other = sameName.first {
                problem(.warning, line, "\(name) is now the name of two members (\(other), \(id)); records must name them by 编号")
            }
            return .success(Target(id: id, existing: nil))
        }
        switch sameName.count {
        case 0:
            let base = PinyinIDs.id(for: name) ?? "member"
            let id = PinyinIDs.unique(base) { snapshot.memberFileIDs.contains($0) || assigned[$0] != nil }
            return .success(Target(id: id, existing: nil))
        case 1:
            return .success(Target(id: sameName[0], existing: snapshot.member(id: sameName[0])))
        default:
            return .failure(RowProblem(message: "\(name) names more than one member (\(sameName.sorted().joined(separator: ", "))); give this row the 编号 (id) of the one it is about"))
        }
    }

    // MARK: - Writing

    private mutating func write(_ fields: MemberFields, to target: Target, row: CSVRow) {
        var merged = fields
        var body = ""
        if let existing = target.existing {
            let current = MemberFields(existing)
            let differences = Self.differences(current, fields, snapshot: snapshot)
            if differences.isEmpty {
                report.unchanged.append(target.path)
                return
            }
            guard options.overwrite else {
                return reject(row, "\(fields.values["name"] ?? "") is already in \(target.path) and this row differs in \(differences.joined(separator: ", ")); it was not changed: use --overwrite to update it")
            }
            merged = Self.merge(current, fields)
            body = existing.body.text
        }
        let text = merged.file(body: body)
        if !options.dryRun {
            let url = root.appendingPathComponent(target.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: target.existing == nil ? .withoutOverwriting : .atomic)
            } catch {
                return reject(row, "cannot write \(target.path): \(error.localizedDescription)")
            }
        }
        report.written.append(target.path)
        if target.existing != nil { report.updated.append(target.path) }
    }

    /// The roster's values over the file's; empty cells never erase what the file says.
    static func merge(_ current: MemberFields, _ row: MemberFields) -> MemberFields {
        var merged = current
        for (key, value) in row.values { merged.values[key] = value }
        if !row.roles.isEmpty { merged.roles = row.roles }
        return merged
    }

    /// The fields the row gives differently from the file, by their Chinese label.
    static func differences(_ current: MemberFields, _ row: MemberFields, snapshot: ContentSnapshot) -> [String] {
        var labels: [String] = []
        for key in MemberFields.textKeys {
            guard let value = row.values[key] else { continue }
            if !ReferenceCheck(snapshot: snapshot).same(key, current.values[key], value) {
                labels.append(RosterHeader.spellings.first { $0.key == key }?.names[0] ?? key)
            }
        }
        if !row.roles.isEmpty && Set(row.roles.compactMap(MemberRole.init(text:))) != Set(current.roles.compactMap(MemberRole.init(text:))) {
            labels.append("身份")
        }
        return labels
    }
}
