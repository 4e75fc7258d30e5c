import Foundation
import Testing
@testable import Tongxin

/// The .docx files beside the reports, the 附件1 table, the blank 记录单 and each record's, opened by a real
/// Word client: LibreOffice converts each to PDF, and the PDF's text, page size and
/// orientation are checked.
/// Serialized: each LibreOffice run takes both cores for seconds; two at once starved the
/// preview server tests running beside them.
@Suite(.serialized) struct WordFileTests {
    /// A 党组成员 (张三) who contacts 李四 as a pair, looks after a window, and has 李四 and
    /// 欧阳晓明 in a 附件1 column; one record in the first half of 2026 with a suggestion.
    static let files: [String: String?] = [
        "site.json": TestSite.siteJSON.replacingOccurrences(of: #""assignment_kinds": ["#, with: #""assignment_kinds": [ { "id": "sector", "name": "界别党外委员", "contactor_role": "party-group", "contactee": ["member"] },"#)
            .replacingOccurrences(of: #""as_of": "#, with: #""record_word_files": true, "as_of": "#),
        "members/zhang-san.md": "---\nname: 张三\nparty: cpc\nsector: economy\ncommittee: proposal\nwindow: w-proposal\nroles: [party-group]\n---\n",
        "members/ou-yang.md": "---\nname: 欧阳晓明\nparty: cndca\nsector: economy\ncommittee: proposal\nwindow: w-proposal\n---\n",
        "data/assignments.json": """
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" },
              { "contactor": "zhang-san", "kind": "branch", "contactees": ["w-proposal"] },
              { "contactor": "zhang-san", "kind": "sector", "contactees": ["li-si", "ou-yang"] } ]
            """,
        "records/2026/2026-03-12-li-si.md": """
            ---
            number: 2026-007
            date: 2026-03-12
            time: 9:30-11:00
            place: 李四的企业
            contactor: 张三
            contactees: [李四]
            method: 走访看望
            topics: [听取意见建议]
            recorder: 王秘书
            suggestions:
              - text: 建议简化小微企业的申报流程
                route: 提案
                status: 办理中
            ---
            谈了企业的**用工**情况。

            - 第一条意见
            - 第二条意见 &amp; 补充
            """,
    ]

    static let committeeReport = "reports/2026-h1/committees/proposal/report.docx"
    static let leaderReport = "reports/2026/party-group/zhang-san/report.docx"
    static let attachment = "assignments/attachment1.docx"
    static let record = "records/blank/record.docx"
    static let yearSummary = "reports/2026/summary/report.docx"
    static let filledRecord = "records/2026/2026-03-12-li-si/record.docx"

    @Test func eachKindOfWordFileOpensInLibreOfficeWithItsFiguresNamesAndPage() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        let paths = [Self.committeeReport, Self.leaderReport, Self.attachment, Self.record, Self.yearSummary, Self.filledRecord]
        let folder = site.folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Distinct names: LibreOffice names each PDF after its document.
        let documents = try paths.enumerated().map { index, path in
            let copy = folder.appendingPathComponent("\(index).docx")
            try FileManager.default.copyItem(at: site.output.appendingPathComponent(path), to: copy)
            return copy
        }
        let pdfs = try OfficeClient.pdfs(of: documents, in: folder)
        // pdftotext spaces out what the layout spaced and ends each line: compare without
        // spaces and line ends (the names test below keeps the lines).
        let texts = try pdfs.map { try OfficeClient.text($0).filter { $0 != " " && $0 != "\u{3000}" && $0 != "\n" } }

        #expect(texts[0].contains("提案委员会"))
        #expect(texts[0].contains("2026年上半年党员委员联系党外委员情况"))
        // The page's figures (its text without spaces) are the file's.
        let committeePage = try site.page("reports/2026-h1/committees/proposal/index.html").filter { $0 != " " }
        #expect(committeePage.contains("本委委员3名，联系分工2对，本期有联系的1对，联系记录1份。"))
        #expect(texts[0].contains("本委委员3名，联系分工2对，本期有联系的1对，联系记录1份。"))
        #expect(texts[0].contains("建议简化小微企业的申报流程"))
        #expect(texts[1].contains("张三2026年联系相关界别党员委员、党外委员情况"))
        #expect(try site.page("reports/2026/party-group/zhang-san/index.html").filter { $0 != " " }.contains("联系委员2名，年内达到要求的0名；联系记录1份。"))
        #expect(texts[1].contains("联系委员2名，年内达到要求的0名；联系记录1份。"))
        #expect(texts[1].contains("本期尚未结束，数据截至2026年11月20日。"))
        #expect(texts[1].contains("委员同心汇·提案委窗口"))
        #expect(texts[2].contains("附件1") && texts[2].contains("党组成员联系名单"))
        #expect(texts[3].contains("编号：") && texts[3].contains("党员委员联系党外委员情况记录单"))
        #expect(texts[3].contains("□走访看望□电话信息") && texts[3].contains("□听取意见建议"), "the policy's methods and topics to tick")
        #expect(texts[3].contains("联系对象") && texts[3].contains("意见建议") && texts[3].contains("记录人："))
        #expect(texts[4].contains("2026年党员委员联系党外委员工作情况汇总") && texts[4].contains("全年联系记录1份"))
        #expect(texts[4].contains("建议简化小微企业的申报流程"), "the year's suggestions listed")
        // The record's own 记录单: its number, people, content (the Markdown's list as
        // lines, the reference decoded) and suggestion with its route.
        #expect(texts[5].contains("编号：2026-007") && texts[5].contains("党员委员联系党外委员情况记录单"))
        #expect(texts[5].contains("2026年3月12日9:30-11:00") && texts[5].contains("李四的企业"))
        #expect(texts[5].contains("张三") && texts[5].contains("李四") && texts[5].contains("走访看望") && texts[5].contains("听取意见建议"))
        #expect(texts[5].contains("谈了企业的用工情况。") && texts[5].contains("•第一条意见") && texts[5].contains("•第二条意见&补充"))
        // (A label beside a cell of two lines comes between them in pdftotext's layout.)
        #expect(texts[5].contains("1.建议简化小微企业的申报流程") && texts[5].contains("去向：提案；状态：办理"), "\(texts[5])")
        #expect(texts[5].contains("记录人：王秘书"))
        for text in texts { #expect(text.contains("—1—"), "the page number in the footer") }

        let pages = try pdfs.map(OfficeClient.info)
        for (index, page) in pages.enumerated() {
            let (short, long) = (min(page.width, page.height), max(page.width, page.height))
            #expect(abs(short - 595.3) < 1 && abs(long - 841.9) < 1, "\(paths[index]) is on A4")
            #expect((page.width > page.height) == (index == 2), "only 附件1 is landscape: \(paths[index])")
        }
    }

    /// A name in the 附件1 table is on one line: pdftotext gives each line of the page as
    /// a line of text, so a broken name would be split over two.
    @Test func namesInTheAttachmentTableAreNeverBrokenAcrossLines() throws {
        var files = Self.files
        // Enough 党组成员 and long cells to fill a landscape page.
        var assignments = [#"{ "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" }"#]
        var names: [String] = []
        let surnames = Array("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨")
        for (index, surname) in surnames.enumerated() {
            let leader = "leader-\(index)", member = "member-\(index)"
            let name = "\(surname)晓\(index % 2 == 0 ? "明" : "")", memberName = "\(surname)委员甲乙"
            names += [name, memberName]
            files["members/\(leader).md"] = "---\nname: \(name)\nparty: cpc\nsector: economy\ncommittee: proposal\nwindow: w-proposal\nroles: [party-group]\n---\n"
            files["members/\(member).md"] = "---\nname: \(memberName)\nparty: cndca\nsector: economy\ncommittee: proposal\nwindow: w-proposal\n---\n"
            assignments.append(#"{ "contactor": "\#(leader)", "kind": "sector", "contactees": ["\#(member)", "ou-yang"] }"#)
            assignments.append(#"{ "contactor": "\#(leader)", "kind": "branch", "contactees": ["w-proposal"] }"#)
        }
        files["data/assignments.json"] = "[" + assignments.joined(separator: ",\n") + "]"
        let site = try TestSite(files)
        defer { site.remove() }
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        let folder = site.folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pdf = try OfficeClient.pdfs(of: [site.output.appendingPathComponent(Self.attachment)], in: folder)[0]
        let lines = try OfficeClient.text(pdf).split(separator: "\n").map { $0.filter { $0 != " " && $0 != "\u{3000}" } }
        for name in names {
            #expect(lines.contains { $0.contains(name) }, "\(name) on one line")
        }
        #expect(try OfficeClient.info(pdf).pages >= 2, "the table runs over pages")
    }

    @Test func twoBuildsWriteTheSameBytesAndAPublicBuildWritesNoWordFile() throws {
        let first = try TestSite(Self.files), second = try TestSite(Self.files)
        defer { first.remove(); second.remove() }
        #expect(first.build().wrote && second.build().wrote)
        let a = try first.snapshot().filter { $0.key.hasSuffix(".docx") }
        let b = try second.snapshot().filter { $0.key.hasSuffix(".docx") }
        #expect(a.count == 7, "\(a.keys.sorted())")
        #expect(a[Self.filledRecord] != nil, "the record's 记录单 beside its page")
        #expect(a == b)

        // A folder built for the office is never replaced by a public build: a new one.
        try FileManager.default.removeItem(at: first.output)
        let audience = BuildPipeline.run(BuildOptions(contentFolder: first.content, themeFolder: TestSite.theme, outputFolder: first.output,
                                                      today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(audience.wrote)
        #expect(try first.snapshot().keys.allSatisfy { !$0.hasSuffix(".docx") })
    }

    /// `record_word_files` is off by default (one more file per record costs a fifth of a
    /// large build): then no record has a .docx and no record page links one.
    @Test func recordWordFilesAreMadeOnlyWhenSiteJSONAsks() throws {
        var files = Self.files
        files["site.json"] = Self.files["site.json"]!!.replacingOccurrences(of: #""record_word_files": true, "#, with: "")
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().wrote)
        let docx = try site.snapshot().keys.filter { $0.hasSuffix(".docx") }
        #expect(!docx.contains(Self.filledRecord) && docx.contains(Self.record), "\(docx.sorted())")
        #expect(try !site.page("records/2026/2026-03-12-li-si/index.html").contains("下载 Word"))
    }

    @Test func eachPageLinksItsWordFileAndAReusedPageKeepsIt() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(site.repeatedBuild().wrote)
        for (page, title) in [("reports/2026-h1/committees/proposal/index.html", "提案委员会2026年上半年联系工作情况.docx"),
                              ("reports/2026/party-group/zhang-san/index.html", "张三 2026年联系工作情况.docx"),
                              ("records/blank/index.html", "党员委员联系党外委员情况记录单.docx"),
                              ("records/2026/2026-03-12-li-si/index.html", "党员委员联系党外委员情况记录单（2026-007）.docx")] {
            let html = try site.page(page)
            #expect(html.contains(#"href="\#(WordViews.reportFile)""#) || html.contains(#"href="\#(WordViews.recordFile)""#), "\(page)")
            #expect(html.contains(#"download="\#(title)""#), "\(page)")
            #expect(html.contains("下载 Word"))
        }
        #expect(try site.page("assignments/index.html").contains(#"href="attachment1.docx" download="党组成员联系名单.docx""#))
        let before = try site.snapshot().filter { $0.key.hasSuffix(".docx") }
        let again = site.repeatedBuild()
        #expect(again.wrote && again.pagesReused > 0)
        let after = try site.snapshot().filter { $0.key.hasSuffix(".docx") }
        #expect(after == before && after.count == 7)
        // A changed record redraws the reports it is in.
        try site.edit("records/2026/2026-03-12-li-si.md", (Self.files["records/2026/2026-03-12-li-si.md"]!)!.replacingOccurrences(of: "用工", with: "招工"))
        #expect(site.repeatedBuild().wrote)
        let changed = try #require(try site.snapshot()[Self.committeeReport])
        #expect(changed != before[Self.committeeReport])
        #expect(try OfficeClient.unzip(site.output.appendingPathComponent(Self.committeeReport))["word/document.xml"]?.contains("招工") == true)
        #expect(try OfficeClient.unzip(site.output.appendingPathComponent(Self.filledRecord))["word/document.xml"]?.contains("招工") == true, "and its 记录单")
    }

    /// The preview shows a save's pages first: a changed Word file keeps its last bytes
    /// until the build is reported, is then drawn (a download meanwhile waits for it),
    /// and ends equal to a fresh build's.
    @Test func thePreviewDrawsAChangedWordFileRightAfterThePages() throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        let cache = BuildCache()
        #expect(site.previewBuild(cache: cache).wrote)
        let before = try #require(try site.snapshot()[Self.committeeReport])
        let record = "records/2026/2026-03-12-li-si.md"
        try site.edit(record, (Self.files[record]!)!.replacingOccurrences(of: "用工", with: "招工"))
        var report = BuildPipeline.run(site.previewOptions(cache: cache, changed: [record]))
        #expect(report.wrote)
        #expect(try site.snapshot()[Self.committeeReport] == before, "not drawn before the report")
        #expect(cache.isLater(Self.committeeReport))
        #expect(try site.page("records/2026/2026-03-12-li-si/index.html").contains("招工"), "the pages are")
        let waited = Background { cache.waitUntilDrawn(Self.committeeReport) }
        report.afterReport?()
        report.afterReport = nil
        #expect(waited.value)
        #expect(!cache.isLater(Self.committeeReport))
        let after = try site.snapshot()
        #expect(try OfficeClient.unzip(site.output.appendingPathComponent(Self.committeeReport))["word/document.xml"]?.contains("招工") == true)
        let fresh = try site.freshSnapshotOfContent()
        #expect(after.filter { $0.key.hasSuffix(".docx") } == fresh.filter { $0.key.hasSuffix(".docx") })
        // Unchanged again: reused, nothing left to draw.
        let again = site.previewBuild(cache: cache, changed: [record])
        #expect(again.wrote && !cache.isLater(Self.committeeReport))
        #expect(try site.snapshot() == after)
    }
}

@Suite struct WordPackageTests {
    @Test func crcIsTheZipChecksum() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }

    @Test func anArchiveListsItsEntriesInOrderWithTheFixedDate() throws {
        let bytes = ZipArchive.archive([.init("b.xml", "<b/>"), .init("a.xml", "<a/>")])
        // End of central directory: two entries; the first local header names b.xml.
        let end = bytes.count - 22
        #expect(Array(bytes[end..<end + 4]) == [0x50, 0x4b, 0x05, 0x06])
        #expect(bytes[end + 10] == 2)
        #expect(String(decoding: bytes[30..<35], as: UTF8.self) == "b.xml")
        #expect(Array(bytes[10..<14]) == [0, 0, 0x21, 0])
    }

    @Test func aDeflatedArchiveReadsBackInAnotherZipReader() throws {
        let text = String(repeating: "<w:p><w:r><w:t>党员委员联系党外委员</w:t></w:r></w:p>", count: 200)
        let entries: [ZipArchive.Entry] = [.init("word/document.xml", text), .init("a.txt", "x")]
        #expect(entries[0].method == 8 && entries[1].method == 0, "deflated only when smaller")
        let bytes = ZipArchive.archive(entries)
        #expect(bytes.count < text.utf8.count / 10)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        #expect(try OfficeClient.unzip(file) == ["word/document.xml": text, "a.txt": "x"])
    }

    /// A record's word/document.xml is cut from the form written once (RecordWordFile's
    /// Skeleton, WordProseWriter): its bytes are those WordBody writes for the record's
    /// WordDocument, for every kind of Markdown a body may hold.
    @Test func aRecordsFastDocumentIsTheDocumentWordBodyWrites() {
        let form = RecordFormValues(title: "记录单", labels: Dictionary(uniqueKeysWithValues: RecordForm.fields.map { ($0, "〈\($0)〉") }))
        let skeleton = RecordWordFile.Skeleton(form)
        let bodies = [
            "<p>谈了企业的<strong>用工</strong>情况。</p>\n<ul>\n<li>第一条</li>\n<li>第二条 &amp; 补充</li>\n</ul>\n",
            "<h2>标题</h2>\n<p>第一行\n第二行 a\nb<br />\n换行\t制表 \"引号\" 'x' &lt;tag&gt;</p>\n<ol start=\"3\">\n<li>\n<p>松散</p>\n</li>\n<li>\n<p>列表</p>\n</li>\n</ol>\n",
            "<p>表前</p>\n<table>\n<thead>\n<tr>\n<th>甲</th>\n<th>乙</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td> 2 &amp; 3 </td>\n</tr>\n</tbody>\n</table>\n",
            "<pre><code>代码 1\n  缩进 &lt;\n</code></pre>\n<blockquote>\n<p>引文<img src=\"a.jpg\" alt=\"照片 &amp; 说明\" /></p>\n</blockquote>\n<p>\u{3000}全角空格\u{3000}</p><p> </p>",
            "",
        ]
        for (index, body) in bodies.enumerated() {
            var sheet = RecordWordFile.Sheet()
            sheet.number = "〈number〉：2026-0\(index)"
            sheet.when = "2026年3月12日 9:30"
            sheet.place = index == 4 ? "" : "会议室 & 楼"
            sheet.contactor = ("张三", "中共，经济界")
            sheet.contactees = Array([("李四", "民建"), ("王五", ""), ("赵六", "无党派")].prefix(index % 4))
            sheet.method = index % 2 == 0 ? "走访看望" : ""
            sheet.trigger = index == 1 ? "委员新任" : ""
            sheet.topics = index == 4 ? "" : "听取意见建议"
            sheet.body = body
            sheet.suggestions = index == 2 ? [] : ["1. 建议（去向：提案；状态：办理中）", "处理意见：转交"]
            sheet.recorder = "〈recorder〉：王秘书"
            let expected = Array(WordBody.xml(RecordWordFile.document(sheet, form: form)).utf8)
            #expect(skeleton.xml(sheet) == expected, "body \(index)")
        }
    }

    @Test func aFramedPackageIsTheArchiveOfItsParts() throws {
        var document = WordDocument(title: "记录单")
        document.add(.body, "正文")
        let xml = Array(WordBody.xml(document).utf8)
        #expect(WordPackage.Frame(title: "记录单").docx(xml) != [], "made")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-frame-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(WordPackage.Frame(title: "记录单").docx(xml)).write(to: file)
        let parts = try OfficeClient.unzip(file), whole = try unzipped(WordPackage.docx(document))
        #expect(parts == whole, "the same parts as a document packed whole")
        #expect(parts["word/document.xml"] == String(decoding: xml, as: UTF8.self))
    }

    private func unzipped(_ bytes: [UInt8]) throws -> [String: String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-whole-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        return try OfficeClient.unzip(file)
    }

    @Test func columnsFitTheirLongestLineAtTheLargestSizeThatFits() {
        let narrow = WordLayout.fit(columns: [["张　三"], ["民建: 李　四"]], width: 12756)
        #expect(narrow.halfPoints == 28)
        #expect(narrow.widths.reduce(0, +) <= 12756)
        let wide = WordLayout.fit(columns: Array(repeating: ["文化文史和学习委窗口临时党支部"], count: 3), width: 12756)
        #expect(wide.halfPoints == 24)
        for width in wide.widths { #expect(width >= WordLayout.needs(["文化文史和学习委窗口临时党支部"], halfPoints: 24)) }
    }

    @Test func textIsEscapedForXMLAndPlainTextIsKept() {
        #expect(XMLText.escape("委员，（提案）：") == "委员，（提案）：")
        #expect(XMLText.escape("a&b<c>\"'") == "a&amp;b&lt;c&gt;&quot;&apos;")
        #expect(XMLText.escape("x\u{FFFE}y\u{FFFF}\u{1}") == "x\u{FFFD}y\u{FFFD}\u{FFFD}")
        #expect(XMLText.escape("行\n\t") == "行\n\t")
    }

    @Test func pageSetupFollowsGBT9704() throws {
        var document = WordDocument(title: "标题")
        document.add(.body, "正文")
        let xml = WordBody.xml(document)
        #expect(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.contains(#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
        let styles = String(decoding: WordStyles.styles.bytes, as: UTF8.self)
        #expect(styles.contains(#"w:line="579" w:lineRule="exact""#))
        #expect(styles.contains(#"w:eastAsia="仿宋_GB2312""#) && styles.contains(#"<w:sz w:val="32"/>"#))
        #expect(styles.contains(#"w:eastAsia="方正小标宋简体""#))
        let fonts = String(decoding: WordStyles.fontTable.bytes, as: UTF8.self)
        #expect(fonts.contains(#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#))
    }
}
