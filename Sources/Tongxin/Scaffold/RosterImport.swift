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
            importer.problem(.warning, sheet.headingLine, L("roster.noOrganization"))
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
            importer.problem(.error, line, L("roster.unclosedQuote"))
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
            report.problems.append(RosterProblem(severity: .error, file: file, row: 1, message: L("roster.thisFile", failure.message)))
            return nil
        case .success(let decoded):
            text = decoded.text
            report.encoding = decoded.encoding
        }
        let parsed = RosterCSV.parse(text)
        guard let headingRow = parsed.rows.first(where: { !$0.isBlank }) else {
            report.problems.append(RosterProblem(severity: .error, file: file, row: 1, message: L("roster.noRows")))
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
            problem(.warning, row.line, L("roster.noHeading", column + 1))
        }
        var values = header.values(of: row)
        guard let rawName = values["name"] else { return reject(row, L("roster.noName")) }
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
            return L(count == 1 ? "roster.tooFewCells.one" : "roster.tooFewCells", count, header.width)
        }
        if count > header.width && row.cells[header.width...].contains(where: { !$0.trimmedSpaces.isEmpty }) {
            return L("roster.tooManyCells", count, header.width)
        }
        return nil
    }

    private func duplicateProblem(_ row: CSVRow, name: String, explicitID: String?) -> String? {
        guard let earlier = seen[name] else { return nil }
        if let explicitID, let earlierID = earlier.id, explicitID != earlierID { return nil }
        if earlier.cells.map({ $0.trimmedSpaces }) == row.cells.map({ $0.trimmedSpaces }) {
            return L("roster.sameAsRow", earlier.line)
        }
        return L("roster.nameOnRow", name, earlier.line)
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
            guard IDs.isValid(id) else { return .failure(RowProblem(message: L("roster.idPrefix", IDs.invalidMessage(id)))) }
            if let other = assigned[id], other != name {
                return .failure(RowProblem(message: L("roster.idTaken", id, other)))
            }
            if snapshot.memberFileIDs.contains(id) {
                guard let existing = snapshot.member(id: id) else {
                    return .failure(RowProblem(message: L("roster.unreadable", id)))
                }
                guard existing.name.value == name else {
                    return .failure(RowProblem(message: L("roster.idIsOther", id, existing.name.value)))
                }
                return .success(Target(id: id, existing: existing))
            }
            if let other = sameName.first, !options.overwrite {
                return .failure(RowProblem(message: L("roster.otherID", name, other, id)))
            }
            if let other = sameName.first {
                problem(.warning, line, L("roster.twoOfName", name, other, id))
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
            return .failure(RowProblem(message: L("roster.nameAmbiguous", name, sameName.sorted().joined(separator: ", "))))
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
                return reject(row, L("roster.differs", fields.values["name"] ?? "", target.path, differences.joined(separator: ", ")))
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
                return reject(row, L("scaffold.cannotWrite", target.path, error.localizedDescription))
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
