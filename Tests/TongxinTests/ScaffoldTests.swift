import Foundation
import Testing
@testable import Tongxin

/// `tongxin new record|case|member`: new files at the right path that pass the check
/// once their required fields are filled in.
@Suite(.language(.en)) struct ScaffoldTests {
    static let day = Day(year: 2026, month: 4, day: 2)!

    static func text(_ path: String, in site: TestSite) throws -> String {
        try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every error of loading and checking the site, and every warning about one file.
    static func problems(_ site: TestSite, file: String) -> [String] {
        let (loaded, loadDiagnostics) = ContentLoader.load(contentFolder: site.content)
        let (_, checkDiagnostics) = Validator.check(loaded)
        var all = loadDiagnostics
        all.append(contentsOf: checkDiagnostics)
        return all.sorted.filter { $0.severity == .error || $0.location.file == file }.map(\.description)
    }

    /// Replaces the empty `key:` line of a scaffolded file, keeping its comment.
    static func fill(_ key: String, _ value: String, in path: String, of site: TestSite) throws {
        let text = try Self.text(path, in: site)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("\(key):") else { return String(line) }
            let comment = line.range(of: "# ").map { String(line[$0.lowerBound...]) } ?? ""
            return "\(key): \(value)  \(comment)"
        }
        try site.write(path, lines.joined(separator: "\n"))
    }

    @Test func recordIsNamedAfterTheContacteeAndNeverOverwrites() throws {
        let site = try TestSite()
        defer { site.remove() }
        let draft = RecordDraft(date: Day(year: 2026, month: 3, day: 12)!, contactor: "张三", contactees: ["李四"], time: "14:30-16:00")
        // records/2026/2026-03-12-li-si.md is already there.
        let first = try Scaffold.newRecord(draft, contentFolder: site.content)
        #expect(first.path == "records/2026/2026-03-12-li-si-2.md")
        #expect(first.warnings.isEmpty)
        let second = try Scaffold.newRecord(draft, contentFolder: site.content)
        #expect(second.path == "records/2026/2026-03-12-li-si-3.md")
        #expect(try Self.text("records/2026/2026-03-12-li-si.md", in: site) == TestSite.baseFiles["records/2026/2026-03-12-li-si.md"])

        let text = try Self.text(first.path, in: site)
        for key in ["number", "date", "time", "place", "contactor", "contactees", "method", "topics", "trigger", "recorder", "suggestions"] {
            #expect(text.contains("\n\(key):"), "the record lacks \(key)")
        }
        #expect(text.contains("\ndate: 2026-03-12 "))
        #expect(text.contains("\ntime: \"14:30-16:00\" "))
        #expect(text.contains("\ncontactees: [李四] "))
        #expect(text.contains("# 联系方式（必填），可选：走访看望、电话信息\n"))
        #expect(text.contains("# 五到位（可选）：本次联系回应的事项，可选：委员新任\n"))
        #expect(text.hasSuffix("---\n联系内容：在此用 Markdown 写明联系的经过、了解到的情况和对方的意见。\n"))
        // The year's records had no 编号 of the 2026-NNN form yet.
        #expect(text.contains("\nnumber: 2026-001 ") || text.contains("\nnumber: \"2026-001\" "))
        // An untouched template is not a contact: 附件2's fields and the text are missing.
        let file = first.path
        #expect(Self.problems(site, file: file).filter { $0.hasPrefix(file + ":") } == [
            // Each empty field at its own line, where the clerk types it.
            "\(file):5:1: error: the required field 'place' (联系地点) of a contact record is empty; fill it in after the colon",
            "\(file):8:1: error: the required field 'method' (联系方式) of a contact record is empty; fill it in after the colon",
            "\(file):11:1: error: the required field 'recorder' (记录人) of a contact record is empty; fill it in after the colon",
            "\(file):18:1: error: this is still the prompt tongxin new record wrote; replace it with what was said and heard. An unfilled template does not count as a contact",
        ])
        try Self.complete(file, in: site)
        #expect(Self.problems(site, file: file).filter { $0.hasPrefix(file + ":") } == [])

        // The commented suggestion, once its lines are uncommented, is a valid suggestion.
        let uncommented = try Self.text(second.path, in: site).replacingOccurrences(of: "\n# ", with: "\n")
        try site.write(second.path, uncommented)
        try Self.complete(second.path, in: site)
        #expect(try Self.text(second.path, in: site).contains("2026-002"))
        #expect(Self.problems(site, file: second.path) == [])
        let (loaded, _) = ContentLoader.load(contentFolder: site.content)
        #expect(loaded.records.first { $0.file == second.path }?.suggestions.map(\.text) == ["建议……"])
    }

    /// Fills in what `new record` leaves for the clerk: 附件2's fields and the text.
    static func complete(_ path: String, in site: TestSite) throws {
        try Self.fill("method", "电话信息", in: path, of: site)
        try Self.fill("place", "电话联系", in: path, of: site)
        try Self.fill("recorder", "办公室 李某", in: path, of: site)
        let text = try Self.text(path, in: site).replacingOccurrences(of: RecordTemplate.placeholder, with: "电话了解了近况。")
        try site.write(path, text)
    }

    @Test func unknownNamesAreRefusedWithTheNearestMember() throws {
        let site = try TestSite()
        defer { site.remove() }
        let folder = site.content.path
        #expect(throws: ScaffoldError("'李斯' is not a member in \(folder)/members (or names several); did you mean '李四'?; add them first with tongxin new member, or correct the name")) {
            try Scaffold.newRecord(RecordDraft(date: Self.day, contactor: "张三", contactees: ["李斯"]), contentFolder: site.content)
        }
        #expect(throws: ScaffoldError("'王五' is not a member in \(folder)/members (or names several); add them first with tongxin new member, or correct the name")) {
            try Scaffold.newRecord(RecordDraft(date: Self.day, contactor: "zhang-san", contactees: ["王五"]), contentFolder: site.content)
        }
        #expect(throws: ScaffoldError("unknown method (联系方式) '电话'; did you mean '电话信息'?; allowed: 走访看望、电话信息")) {
            try Scaffold.newRecord(RecordDraft(date: Self.day, contactor: "张三", contactees: ["李四"], method: "电话"), contentFolder: site.content)
        }
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("records/2026/2026-04-02-li-si.md").path))
    }

    /// The next 编号 follows the highest of the year, whatever the files are called, and
    /// only numbers of that year count.
    @Test func theRecordGetsTheYearsNextNumber() throws {
        let site = try TestSite([
            "records/2026/2026-01-05-a.md": "---\n编号: \"2026-022\"\n---\n",
            "records/2026/2026-02-05-b.md": "---\nnumber: 2026-009\n---\n",
            "records/2025/2025-12-05-c.md": "---\nnumber: 2025-140\n---\n",
        ])
        defer { site.remove() }
        let result = try Scaffold.newRecord(RecordDraft(date: Self.day, contactor: "张三", contactees: ["李四"]), contentFolder: site.content)
        #expect(try Self.text(result.path, in: site).contains("2026-023"))
        let earlier = try Scaffold.newRecord(RecordDraft(date: Day(year: 2025, month: 12, day: 30)!, contactor: "张三", contactees: ["李四"]), contentFolder: site.content)
        #expect(try Self.text(earlier.path, in: site).contains("2025-141"))
        #expect(RecordNumbers.format(year: 2027, serial: 1) == "2027-001")
        #expect(RecordNumbers.format(year: 2027, serial: 1234) == "2027-1234")
    }

    @Test func emptyRecordLoadsOnceTheRequiredFieldsAreFilled() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try Scaffold.newRecord(RecordDraft(date: Self.day), contentFolder: site.content)
        #expect(result.path == "records/2026/2026-04-02-1.md")
        let missing = Self.problems(site, file: result.path)
        #expect(missing.contains { $0.contains("required field 'contactor' (联系人)") })
        try Self.fill("contactor", "张三", in: result.path, of: site)
        try Self.fill("contactees", "[李四]", in: result.path, of: site)
        try Self.complete(result.path, in: site)
        #expect(Self.problems(site, file: result.path) == [])
    }

    @Test func caseIsPublicByDefaultAndLoadsWithItsTitle() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try Scaffold.newCase(slug: "visit-2026", title: "走访: 一次\"上门\"调研", date: Self.day, contentFolder: site.content)
        #expect(result.path == "cases/visit-2026.md")
        let text = try Self.text(result.path, in: site)
        #expect(text.contains("\naudience: public "))
        #expect(text.contains("默认 public（公开"))
        for key in ["title", "date", "summary", "members", "tags", "cover", "audience"] {
            #expect(text.contains("\n\(key):"), "the case lacks \(key)")
        }
        #expect(Self.problems(site, file: result.path) == [])
        let (loaded, _) = ContentLoader.load(contentFolder: site.content)
        let story = try #require(loaded.cases.first { $0.slug == "visit-2026" })
        #expect(story.title.value == "走访: 一次\"上门\"调研")
        #expect(story.audience == .public)
        #expect(story.date?.value == Self.day)

        #expect(throws: ScaffoldError.self) { try Scaffold.newCase(slug: "visit-2026", title: nil, date: nil, contentFolder: site.content) }
        #expect(throws: ScaffoldError.self) { try Scaffold.newCase(slug: "Visit 2026", title: nil, date: nil, contentFolder: site.content) }

        let untitled = try Scaffold.newCase(slug: "untitled", title: nil, date: nil, contentFolder: site.content)
        #expect(Self.problems(site, file: untitled.path).contains { $0.contains("required field 'title' (标题)") })
        try Self.fill("title", "补上的标题", in: untitled.path, of: site)
        #expect(Self.problems(site, file: untitled.path) == [])
    }

    @Test func memberHasEveryFieldWithThePrivateOnesMarked() throws {
        let site = try TestSite()
        defer { site.remove() }
        let result = try Scaffold.newMember(id: "wang-wu", name: nil, contentFolder: site.content)
        #expect(result.path == "members/wang-wu.md")
        let text = try Self.text(result.path, in: site)
        for key in ["name", "gender", "party", "sector", "committee", "window", "roles", "unit", "position", "term", "phone", "address", "notes"] {
            #expect(text.contains("\n\(key):"), "the member file lacks \(key)")
        }
        for key in ["phone", "address", "notes"] {
            let line = text.split(separator: "\n").first { $0.hasPrefix("\(key):") } ?? ""
            #expect(line.hasSuffix("（不公开）"), "\(line)")
        }
        #expect(text.contains("党派，可选：中共、民建"))
        #expect(Self.problems(site, file: result.path).contains { $0.contains("required field 'name' (姓名)") })
        try Self.fill("name", "王五", in: result.path, of: site)
        #expect(Self.problems(site, file: result.path) == [])

        // The commented history, once uncommented and filled, is read too.
        try Self.fill("party", "民建", in: result.path, of: site)
        var filled = try Self.text(result.path, in: site)
        filled = filled.replacingOccurrences(of: "\n# history:", with: "\nhistory:")
            .replacingOccurrences(of: "\n#   - committee: 提案委员会", with: "\n  - committee: 提案委员会")
            .replacingOccurrences(of: "\n#     until: 2025-12-31", with: "\n    until: 2025-12-31")
        try site.write(result.path, filled)
        #expect(Self.problems(site, file: result.path) == [])
        let (loaded, _) = ContentLoader.load(contentFolder: site.content)
        #expect(loaded.members.first { $0.id == "wang-wu" }?.history.count == 1)
    }

    @Test func memberIdComesFromTheNameAndIsChecked() throws {
        let site = try TestSite()
        defer { site.remove() }
        let made = try Scaffold.newMember(id: nil, name: "单雄信", contentFolder: site.content)
        #expect(made.path == "members/shan-xiongxin.md")
        #expect(Self.problems(site, file: made.path) == [])
        // 张三 has zhang-san already; a second 张三 gets zhang-san-2 and a warning.
        let second = try Scaffold.newMember(id: nil, name: "张三", contentFolder: site.content)
        #expect(second.path == "members/zhang-san-2.md")
        #expect(second.warnings.count == 1)

        #expect(throws: ScaffoldError.self) { try Scaffold.newMember(id: "zhang-san", name: "张三", contentFolder: site.content) }
        do {
            _ = try Scaffold.newMember(id: "Zhang San", name: nil, contentFolder: site.content)
            Issue.record("an invalid id was accepted")
        } catch {
            #expect(error.message == "id 'Zhang San' may only use lower-case letters a-z, digits, '-' and '_' (it becomes part of a web address); e.g. zhang-san")
        }
        #expect(try Self.text("members/zhang-san.md", in: site) == TestSite.baseFiles["members/zhang-san.md"])
    }

    @Test func theCommandLinePrintsThePathWritten() throws {
        let site = try TestSite()
        defer { site.remove() }
        let run = try CommandLineTests.run(["new", "record", "--contactor", "张三", "--contactee", "李四", "--date", "2026-05-06"], in: site.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/records/2026/2026-05-06-li-si.md\n")
        let bad = try CommandLineTests.run(["new", "member", "Bad_Id"], in: site.folder)
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("error: id 'Bad_Id' may only use"))
        for command in [["new", "record"], ["new", "case"], ["new", "member"]] {
            let help = try CommandLineTests.run(command + ["--help"], in: site.folder)
            for option in ["--content", "--quiet", "--verbose"] {
                #expect(help.stdout.contains(option), "\(command) --help lacks \(option)")
            }
        }
    }
}
