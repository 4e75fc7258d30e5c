import Foundation
import Testing
@testable import Tongxin

/// `tongxin import members`: the office's roster spreadsheet into member files.
@Suite(.language(.en)) struct RosterImportTests {
    static func importRoster(_ text: String, into site: TestSite, options: RosterImportOptions = RosterImportOptions()) -> RosterImportReport {
        RosterImport.run(bytes: Array(text.utf8), file: "roster.csv", contentFolder: site.content, options: options)
    }

    /// Errors and warnings of loading and checking the whole site, as printed.
    static func problems(_ site: TestSite) -> (errors: [String], warnings: [String]) {
        let (loaded, loadDiagnostics) = ContentLoader.load(contentFolder: site.content)
        let (_, checkDiagnostics) = Validator.check(loaded)
        var all = loadDiagnostics
        all.append(contentsOf: checkDiagnostics)
        return (all.sorted.filter { $0.severity == .error }.map(\.description), all.sorted.filter { $0.severity == .warning }.map(\.description))
    }

    static func member(_ id: String, in site: TestSite) throws -> Member {
        let (loaded, _) = ContentLoader.load(contentFolder: site.content)
        return try #require(loaded.members.first { $0.id == id }, "no member \(id)")
    }

    static func file(_ path: String, in site: TestSite) throws -> String {
        try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func goodRowsAreWrittenAndBadRowsReportedWithTheirLines() throws {
        let site = try TestSite()
        defer { site.remove() }
        let roster = [
            "姓名,性别,党派,界别,专委会,工作单位,电话,籍贯",                          // 1
            "王五,男,民建,经济界,proposal,某公司,13900000001,浙江",                   // 2 good
            ",女,民建,经济界,proposal,某单位,,",                                      // 3 no name
            "赵六,男,民建,经济界",                                                    // 4 too few cells
            "李四,女,民建,经济界,proposal,别的单位,13900000000,",                     // 5 differs from members/li-si.md
            "王五,男,民建,经济界,proposal,某公司,13900000001,浙江",                   // 6 same as row 2
            "\"钱七\",\"女\",\"中国民主建国会\",经济界,提案委员会,\"一家",            // 7 good, a value over two lines
            "有换行的单位\",,",                                                       // 8
            "孙八,男,不存在党,经济界,proposal,,,",                                    // 9 unknown party
            "",                                                                       // 10 blank
            "单雄信,男,民建会员,经济界,proposal,,,",                                  // 11 good: 单 is shan, 民建会员 is 民建
            ",,,,,,,",                                                                // 12 empty row from Excel
            "周九,男,民建,经济界,proposal,,,,extra",                                   // 13 too many cells
        ].joined(separator: "\r\n") + "\r\n"
        let report = Self.importRoster(roster, into: site)
        let lines = report.problems.map(\.description)
        #expect(lines.filter { $0.contains(": error: ") } == [
            "roster.csv:3: error: no name (姓名) in this row",
            "roster.csv:4: error: 4 values but the heading row has 8 columns; a value containing a comma must be in quotes, and no cell may be left out",
            "roster.csv:5: error: 李四 is already in members/li-si.md and this row differs in 性别, 工作单位; it was not changed: use --overwrite to update it",
            "roster.csv:6: error: the same as row 2",
            "roster.csv:9: error: unknown 党派 '不存在党'; allowed: 中共、民建 (or add it to data/organization.json)",
            "roster.csv:13: error: 9 values but the heading row has 8 columns; a value containing a comma must be in quotes",
        ])
        #expect(lines.filter { $0.contains(": warning: ") }.count == 1)
        #expect(lines.first { $0.hasPrefix("roster.csv:1: warning: unknown column '籍贯' ignored") } != nil)
        #expect(report.written == ["members/wang-wu.md", "members/qian-qi.md", "members/shan-xiongxin.md"])
        #expect(report.skipped == 6)
        #expect(report.rows == 9)
        #expect(report.hasErrors)

        #expect(Self.problems(site).errors == [])
        let qian = try Self.member("qian-qi", in: site)
        #expect(qian.name.value == "钱七")
        #expect(qian.unit == "一家\n有换行的单位")
        let shan = try Self.member("shan-xiongxin", in: site)
        #expect(shan.party?.value == "民建")
        let wang = try Self.member("wang-wu", in: site)
        #expect(wang.private.phone == "13900000001")
        #expect(wang.gender == "男")
        #expect(try Self.file("members/li-si.md", in: site) == TestSite.baseFiles["members/li-si.md"])
    }

    @Test func gb18030RosterIsDecoded() throws {
        let site = try TestSite()
        defer { site.remove() }
        // Python: '姓名,党派,工作单位\r\n王五,民建,杭州某公司\r\n李㐀,民建,\r\n'.encode('gb18030')
        // (㐀 is one of the four-byte sequences that GBK does not have).
        let bytes: [UInt8] = [
            0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xB3, 0xC5, 0xC9, 0x2C, 0xB9, 0xA4, 0xD7, 0xF7, 0xB5, 0xA5, 0xCE, 0xBB, 0x0D, 0x0A,
            0xCD, 0xF5, 0xCE, 0xE5, 0x2C, 0xC3, 0xF1, 0xBD, 0xA8, 0x2C, 0xBA, 0xBC, 0xD6, 0xDD, 0xC4, 0xB3, 0xB9, 0xAB, 0xCB, 0xBE,
            0x0D, 0x0A, 0xC0, 0xEE, 0x81, 0x39, 0xEE, 0x39, 0x2C, 0xC3, 0xF1, 0xBD, 0xA8, 0x2C, 0x0D, 0x0A,
        ]
        let report = RosterImport.run(bytes: bytes, file: "roster.csv", contentFolder: site.content)
        #expect(report.encoding == .gb18030)
        #expect(report.problems.map(\.description) == [])
        #expect(report.written == ["members/wang-wu.md", "members/li-qiu.md"])
        #expect(try Self.member("wang-wu", in: site).unit == "杭州某公司")
        #expect(try Self.member("li-qiu", in: site).name.value == "李㐀")
        #expect(Self.problems(site).errors == [])
    }

    @Test func encodingsAreToldApart() throws {
        let utf8WithBOM: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("姓名\n张三\n".utf8)
        let decoded = try TextEncodingDetection.decode(utf8WithBOM).get()
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "姓名\n张三\n")
        // Python: '张三'.encode('gb18030')
        #expect(try TextEncodingDetection.decode([0xD5, 0xC5, 0xC8, 0xFD]).get().text == "张三")
        #expect(try TextEncodingDetection.decode([0xD5, 0xC5, 0xC8, 0xFD]).get().encoding == .gb18030)
        let utf16: [UInt8] = [0xFF, 0xFE] + "姓名\t性别\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextEncodingDetection.decode(utf16).get().text == "姓名\t性别\n")
        guard case .failure(let failure) = TextEncodingDetection.decode([0x41, 0x0A, 0xFF, 0xFF]) else {
            Issue.record("0xFF 0xFF is neither UTF-8 nor GB18030")
            return
        }
        #expect(failure.message.contains("line 2"))
    }

    @Test func valuesWithYAMLMarksRoundTrip() throws {
        let site = try TestSite()
        defer { site.remove() }
        let name = "O'Neil \"Jr\": #1"
        let unit = "某公司: \"北京\" #1 'x' [a, b] {c} & *d \\ e"
        let notes = "- starts like a list\n第二行: yes"
        let roster = "编号,name,unit,position,notes,phone\n"
            + "quote-test,\"O'Neil \"\"Jr\"\": #1\",\"某公司: \"\"北京\"\" #1 'x' [a, b] {c} & *d \\ e\",true,\"- starts like a list\n第二行: yes\",0571-88888888\n"
            + "chen-yi,陈 一,null,~,@at,+86 139\n"
        let report = Self.importRoster(roster, into: site)
        #expect(report.problems.map(\.description) == [])
        let member = try Self.member("quote-test", in: site)
        #expect(member.name.value == name)
        #expect(member.unit == unit)
        #expect(member.position == "true")
        #expect(member.private.notes == notes)
        #expect(member.private.phone == "0571-88888888")
        let chen = try Self.member("chen-yi", in: site)
        #expect(chen.name.value == "陈一")
        #expect(chen.unit == "null")
        #expect(chen.position == "~")
        #expect(chen.private.notes == "@at")
        #expect(chen.private.phone == "+86 139")
        #expect(Self.problems(site).errors == [])
        for value in [name, unit, notes, "true", "null", "~", "0571", "2026-03-12", " lead", "trail ", "a: b", "#x", "陈琳", "Maria Chan"] {
            let yaml = "key: \(YAMLText.scalar(value))\nlist: \(YAMLText.list([value, "x"]))\n"
            guard case .success(let node?) = YAMLNodes.parse(yaml, file: "t", lineOffset: 0), case .object(let members) = node.value else {
                Issue.record("\(yaml) does not parse")
                continue
            }
            #expect(Self.string(members[0].value) == value, "\(value) → \(yaml)")
            guard case .array(let items) = members[1].value.value else {
                Issue.record("\(yaml): the list is not a list")
                continue
            }
            #expect(items.map(Self.string) == [value, "x"], "\(value) → \(yaml)")
        }
        #expect(YAMLText.scalar("陈琳") == "陈琳")
        #expect(YAMLText.scalar("0571") == "\"0571\"")
    }

    /// The text of a node only when YAML read it as text (not a number, bool or null).
    static func string(_ node: DataNode) -> String? {
        if case .string(let text) = node.value { return text }
        return nil
    }

    @Test func idsComeFromPinyinWithSurnameReadings() {
        let expected: [String: String] = [
            "张三": "zhang-san", "陈思远": "chen-siyuan", "单雄信": "shan-xiongxin", "曾国藩": "zeng-guofan",
            "解缙": "xie-jin", "区志坚": "ou-zhijian", "查良镛": "zha-liangyong", "翟志刚": "zhai-zhigang",
            "欧阳修": "ouyang-xiu", "吕布": "lu-bu", "陈 琳": "chen-lin", "Maria Chan": "maria-chan",
            "买买提·艾力": "maimaiti-aili", "单": "shan",
        ]
        for (name, id) in expected {
            #expect(PinyinIDs.id(for: name) == id, "\(name)")
        }
        #expect(PinyinIDs.id(for: "!!!") == nil)
        #expect(PinyinIDs.unique("zhang-san") { ["zhang-san", "zhang-san-2"].contains($0) } == "zhang-san-3")
    }

    @Test func generatedIdsAreMadeUniqueAndExistingMembersRecognised() throws {
        let site = try TestSite()
        defer { site.remove() }
        let roster = "姓名,政治面貌,界别\n章三,民建,经济界\n张伟,民建,经济界\n章伟,民建,经济界\n李四,民建,经济界\n冯十,群众,经济界\n褚一,中共党员,经济界\n"
        let report = Self.importRoster(roster, into: site)
        #expect(report.problems.map(\.description) == [])
        // 章三 reads zhang-san, which 张三 has; 李四 is already members/li-si.md and says the same.
        #expect(report.written == ["members/zhang-san-2.md", "members/zhang-wei.md", "members/zhang-wei-2.md", "members/feng-shi.md", "members/chu-yi.md"])
        #expect(report.unchanged == ["members/li-si.md"])
        #expect(try Self.member("zhang-wei-2", in: site).name.value == "章伟")
        // 群众 is no party; 中共党员 is the party 中共.
        #expect(try Self.member("feng-shi", in: site).party == nil)
        #expect(try Self.member("chu-yi", in: site).party?.value == "中共")
        #expect(Self.problems(site).errors == [])
    }

    @Test func existingFilesAreOnlyUpdatedWithOverwrite() throws {
        let site = try TestSite()
        defer { site.remove() }
        let roster = "姓名,电话,工作单位\n李四,13911111111,新单位\n"
        let first = Self.importRoster(roster, into: site)
        #expect(first.problems.map(\.description) == ["roster.csv:2: error: 李四 is already in members/li-si.md and this row differs in 工作单位, 电话; it was not changed: use --overwrite to update it"])
        #expect(try Self.file("members/li-si.md", in: site) == TestSite.baseFiles["members/li-si.md"])

        let dryRun = Self.importRoster(roster, into: site, options: RosterImportOptions(overwrite: true, dryRun: true))
        #expect(dryRun.updated == ["members/li-si.md"])
        #expect(try Self.file("members/li-si.md", in: site) == TestSite.baseFiles["members/li-si.md"])

        let second = Self.importRoster(roster, into: site, options: RosterImportOptions(overwrite: true))
        #expect(second.problems.isEmpty)
        #expect(second.updated == ["members/li-si.md"])
        let li = try Self.member("li-si", in: site)
        #expect(li.private.phone == "13911111111")
        #expect(li.unit == "新单位")
        #expect(li.party?.value == "民建")
        #expect(li.body.text == "李四的简历。\n")
        #expect(Self.problems(site).errors == [])

        let again = Self.importRoster(roster, into: site)
        #expect(again.problems.isEmpty)
        #expect(again.unchanged == ["members/li-si.md"])
    }

    @Test func explicitIdsAreCheckedAgainstExistingFiles() throws {
        let site = try TestSite()
        defer { site.remove() }
        let roster = "编号,姓名\nli-si,李思\nLiSi,李思\nlisi,李四\nwang-wu,王五\nwang-wu,王六\n"
        let report = Self.importRoster(roster, into: site)
        #expect(report.problems.map(\.description) == [
            "roster.csv:2: error: 编号 'li-si' is already 李四 (members/li-si.md)",
            "roster.csv:3: error: 编号 (id): id 'LiSi' may only use lower-case letters a-z, digits, '-' and '_' (it becomes part of a web address)",
            "roster.csv:4: error: 李四 is already a member with 编号 'li-si' (members/li-si.md), but this row gives 'lisi'; use 'li-si', or --overwrite to add 'lisi' as a second 李四",
            "roster.csv:6: error: 编号 'wang-wu' is already given to 王五 on an earlier row",
        ])
        #expect(report.written == ["members/wang-wu.md"])
    }

    @Test func aRosterWithoutANameColumnWritesNothing() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = Self.importRoster("名字,党派\n王五,民建\n", into: site)
        #expect(report.problems.map(\.description).contains { $0.hasPrefix("roster.csv:1: error: no name column (姓名 or name)") })
        #expect(report.written.isEmpty)
        #expect(report.hasErrors)
    }

    @Test func longRostersReportProgressEveryFiveHundredRows() throws {
        let site = try TestSite()
        defer { site.remove() }
        var roster = "编号,姓名\n"
        for index in 1...1_200 { roster += "m\(index),委员\(index)号\n" }
        var calls: [Int] = []
        let report = RosterImport.run(bytes: Array(roster.utf8), file: "roster.csv", contentFolder: site.content, options: RosterImportOptions(dryRun: true)) { done, total in
            #expect(total == 1_200)
            calls.append(done)
        }
        #expect(calls == [500, 1_000])
        #expect(report.written.count == 1_200)
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("members/m1.md").path))
    }

    @Test func csvQuotingLineEndsAndTabsAreRead() {
        let parsed = RosterCSV.parse("\u{FEFF}a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\r\nlines\",3\r\n\r\nx,y,z")
        #expect(parsed.rows == [
            CSVRow(line: 1, cells: ["a", "b,c", "say \"hi\""]),
            CSVRow(line: 2, cells: ["1", "two\nlines", "3"]),
            CSVRow(line: 4, cells: [""]),
            CSVRow(line: 5, cells: ["x", "y", "z"]),
        ])
        #expect(parsed.unclosedQuoteLine == nil)
        #expect(RosterCSV.parse("姓名\t电话\r张三\t1,2\r").rows == [CSVRow(line: 1, cells: ["姓名", "电话"]), CSVRow(line: 2, cells: ["张三", "1,2"])])
        let broken = RosterCSV.parse("a,b\n1,2\n\"open,3\n4,5\n")
        #expect(broken.rows.count == 2)
        #expect(broken.unclosedQuoteLine == 3)
    }

    @Test func anUnclosedQuoteIsReportedOnItsLine() throws {
        let site = try TestSite()
        defer { site.remove() }
        let report = Self.importRoster("姓名,工作单位\n王五,某公司\n\"赵六,某单位\n钱七,某单位\n", into: site)
        #expect(report.problems.map(\.description) == ["roster.csv:3: error: a quoted value starting on this line is never closed (a '\"' is missing); this row and the rest of the file were not read"])
        #expect(report.written == ["members/wang-wu.md"])
    }

    @Test func theCommandLineReportsRowsAndFailsWhenAnyWasSkipped() throws {
        let site = try TestSite()
        defer { site.remove() }
        try Data("姓名,党派\n王五,民建\n,民建\n".utf8).write(to: site.folder.appendingPathComponent("roster.csv"))
        let run = try CommandLineTests.run(["import", "members", "roster.csv"], in: site.folder)
        #expect(run.status == 1)
        #expect(run.stderr.split(separator: "\n").map(String.init) == ["roster.csv:3: error: no name (姓名) in this row"])
        #expect(run.stdout == "roster.csv: 2 rows; 1 written, 1 skipped\n")
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("members/wang-wu.md").path))

        let quiet = try CommandLineTests.run(["import", "members", "roster.csv", "--quiet"], in: site.folder)
        #expect(quiet.status == 1)
        #expect(quiet.stdout.isEmpty)

        let help = try CommandLineTests.run(["import", "members", "--help"], in: site.folder)
        for option in ["--content", "--dry-run", "--overwrite", "--quiet", "--verbose", "Exit status"] {
            #expect(help.stdout.contains(option), "import members --help lacks \(option)")
        }
    }
}
