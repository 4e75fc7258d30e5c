import Foundation
import Testing
@testable import Tongxin

/// Nothing internal leaves, whatever way it is typed: numbers in every written form,
/// private values however escaped or punctuated, values from records, assets.
@Suite struct LeakScanTests {
    static func publicBuild(_ site: TestSite) -> BuildReport { AudienceTests.publicBuild(site) }

    @Test(arguments: [
        "13912345678", "139 1234 5678", "139-1234-5678", "139.1234.5678", "139/1234/5678",
        "+86 139 1234 5678", "+86-13912345678", "(+86)13912345678", "86 13912345678", "0086 139-1234-5678",
        "139 - 1234 - 5678", "１３９１２３４５６７８", "１３９－１２３４－５６７８", "139\u{3000}1234\u{3000}5678",
    ])
    func everyWrittenFormOfAMobileNumberIsFound(_ written: String) {
        let hits = NumberPatterns.find(in: LeakText.plain("电话：\(written)。", markup: false))
        #expect(hits == [NumberPatterns.Hit(kind: .mobile, digits: "13912345678")], "\(written)")
    }

    @Test func numbersInMarkupAndIDCardsAreFound() {
        #expect(NumberPatterns.find(in: LeakText.plain("<p>139<em>1234</em>5678</p>", markup: true)).map(\.digits) == ["13912345678"])
        #expect(NumberPatterns.find(in: LeakText.plain("身份证 330102 19900101 123X", markup: false)).map(\.kind) == [.idCard])
        #expect(NumberPatterns.find(in: LeakText.plain("13912345678/13812345678", markup: false)).map(\.digits) == ["13912345678", "13812345678"])
    }

    @Test(arguments: ["2026年3月12日 14:30-16:00", "共13900人参加", "1391234567", "2026-03-12 13:00", "编号 2026-023", "0579-82345678", "139123456789"])
    func datesSumsAndOtherNumbersAreNoPhones(_ text: String) {
        #expect(NumberPatterns.find(in: LeakText.plain(text, markup: false)).isEmpty, "\(text)")
    }

    @Test func escapedAndPunctuatedValuesAreStillFound() {
        let value = LeakText.letters(ofValue: #"幸福路"88"号 & 'A'座"#)
        let html = LeakText.letters(LeakText.plain("<p>地址：幸福路&quot;８８&quot;号 &amp; &#39;a&#39;座</p>", markup: true))
        #expect(ValueMatcher([value]).matches(in: html) == [0])
        let feed = LeakText.letters(LeakText.plain("<content>&lt;p&gt;幸福路“88”号&amp;amp;A座&lt;/p&gt;</content>", markup: true))
        #expect(ValueMatcher([value]).matches(in: feed) == [0])
        let attribute = LeakText.letters(LeakText.plain(#"<img alt="幸福路88号A座">"#, markup: true))
        #expect(ValueMatcher([value]).matches(in: attribute) == [0])
    }

    /// A record's place copied into a public story's tag is found, at the tag's line,
    /// with the record named; the record's method (the policy's word) is no secret.
    @Test func aRecordValueInAPublicStoryIsRefusedAtItsLine() throws {
        let site = try TestSite([
            "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 城东老茶馆二楼雅间\n---\n李四说家里孩子明年要去外地读大学了。\n",
            "cases/open.md": "---\ntitle: 公开案例\ntags: [走访看望, 城东老茶馆二楼雅间]\n---\n一次走访看望。\n",
            "cases/other.md": "---\ntitle: 另一个案例\n---\n后来，李四说家里孩子明年要去外地读大学了！\n",
        ])
        defer { site.remove() }
        let report = Self.publicBuild(site)
        #expect(report.errors.contains("cases/open.md:3:14: error: " + L("leak.value", L("leak.kind.record"), "城东老****雅间", "records/2026/2026-03-12-li-si.md:6:8")), "\(report.errors)")
        #expect(report.errors.contains { $0.hasPrefix("cases/other.md:4:") && $0.contains("records/2026/2026-03-12-li-si.md:8:") }, "\(report.errors)")
        #expect(report.errors.count == 2, "\(report.errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// A story pasted with a whole phone list: the first findings each at their line, then
    /// one line with how many more (thousands of lines would help nobody).
    @Test func manyFindingsAreListedUpToALimitAndCounted() throws {
        let extra = 30
        let numbers = (0..<(LeakScan.reportedFindings + extra)).map { "联系电话 \(13_800_000_000 + $0 * 7)" }.joined(separator: "\n\n")
        let site = try TestSite(["cases/list.md": "---\ntitle: 通讯录\n---\n\(numbers)\n"])
        defer { site.remove() }
        let errors = Self.publicBuild(site).errors
        #expect(errors.count == LeakScan.reportedFindings + 1, "\(errors.count)")
        #expect(errors.contains { $0.hasPrefix("(scan)") && $0.hasSuffix(L("leak.more", extra)) }, "\(errors.prefix(2))")
        #expect(errors.contains { $0.hasPrefix("cases/list.md:4:") })
    }

    @Test func anEventOrAssignmentNoteInAPublicPageIsRefused() throws {
        let site = try TestSite([
            "data/events.json": #"[ { "member": "li-si", "kind": "new-member", "date": "2026-01-02", "note": "调任市交通运输局副局长" } ]"#,
            "pages/about.md": "---\ntitle: 关于\naudience: public\n---\n李四调任市交通运输局副局长。\n",
        ])
        defer { site.remove() }
        let errors = Self.publicBuild(site).errors
        #expect(errors.contains { $0.hasPrefix("pages/about.md:5:3:") && $0.contains(L("leak.kind.data")) && $0.contains("data/events.json:1:76") }, "\(errors)")
    }

    /// Only what a public page links to is published; names and metadata are scanned;
    /// kinds that cannot be read are refused, and so is SVG that can run script.
    @Test func publicAssetsAreAnAllowList() throws {
        let site = try TestSite([
            "cases/open.md": "---\ntitle: 公开案例\ncover: assets/cover.svg\n---\n见[附件](../../assets/plan.pdf)。\n",
        ])
        defer { site.remove() }
        try site.write("assets/cover.svg", #"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#)
        try site.write("assets/internal-photo.png", Self.png(text: "只给内部看"))
        try site.write("assets/plan.pdf", "%PDF-1.4\n% 公开的计划\n%%EOF\n")
        let report = Self.publicBuild(site)
        #expect(report.succeeded, "\(report.lines)")
        let files = try site.snapshot()
        #expect(files["assets/cover.svg"] != nil)
        #expect(files["assets/plan.pdf"] != nil)
        #expect(files["assets/internal-photo.png"] == nil, "an asset no public page links to is not published")
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().wrote)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/internal-photo.png").path), "the internal portal has every asset")
    }

    @Test func unsafeOrUnreadableAssetsStopThePublicBuild() throws {
        let site = try TestSite([
            // Linked, not shown: a photo shown in a story is published as shrunk copies
            // without its metadata (BodyImageTests); a linked file is published as it is.
            "cases/open.md": "---\ntitle: 公开案例\n---\n[表](../../assets/list.xlsx)\n\n![图](../../assets/chart.svg)\n\n[照片](../../assets/李四13912345678.png)\n\n[照片](../../assets/exif.png)\n",
        ])
        defer { site.remove() }
        try site.write("assets/list.xlsx", "PK\u{3}\u{4}")
        try site.write("assets/chart.svg", #"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>"#)
        try site.write("assets/李四13912345678.png", Self.png(text: "无"))
        try site.write("assets/exif.png", Self.png(text: "Comment\u{0}联系电话 139 1111 2222"))
        var errors = Self.publicBuild(site).errors
        #expect(errors.contains("cases/open.md:4:5: error: " + L("assets.typeRefused", "assets/list.xlsx")), "\(errors)")
        #expect(errors.contains("cases/open.md:6:6: error: " + L("assets.svgActive", "assets/chart.svg", "onload=")), "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        // Readable kinds are published only when their names and texts hold nothing private.
        try site.edit("cases/open.md", "---\ntitle: 公开案例\n---\n[照片](../../assets/李四13912345678.png)\n\n[照片](../../assets/exif.png)\n")
        errors = Self.publicBuild(site).errors
        #expect(errors.contains { $0.hasPrefix("cases/open.md:4:21:") && $0.contains("139******78") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("(output) assets/exif.png") && $0.contains("139******22") }, "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// Property: private values with random punctuation, spacing, full-width forms and
    /// HTML's special characters, put in a member's private field or a record and copied
    /// into a public story in another spelling: the build stops, and no public file
    /// holds the value.
    @Test func noGeneratedPrivateValueReachesAPublicFile() throws {
        var random = FuzzTests.Generator(state: 0x5EED_1EAF)
        let characters = Array("幸福路八十号东城区老街茶馆二楼雅间北门王某家电话备注退休ABCdefXYZ")
        let punctuation = Array("\"&'<>·、，。：；（）()[]-_/ \u{3000}#*`~!")
        for round in 0..<8 {
            var value = ""
            for _ in 0..<Int.random(in: 6...12, using: &random) {
                value.append(characters.randomElement(using: &random)!)
                if Bool.random(using: &random) { value.append(punctuation.randomElement(using: &random)!) }
            }
            let phone = "1\(Int.random(in: 3...9, using: &random))" + (0..<9).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            let copied = Self.respell(value, using: &random), copiedPhone = Self.respell(phone, using: &random)
            let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            let inRecord = round % 2 == 0
            let site = try TestSite([
                "members/li-si.md": "---\nname: 李四\nparty: 民建\naddress: \"\(inRecord ? "无" : quoted)\"\n---\n",
                "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: \"\(inRecord ? quoted : "会议室")\"\nrecorder: \"\(phone)\"\n---\n正文。\n",
                "cases/open.md": "---\ntitle: 案例\n---\n他说：\(copied)\n\n电话 \(copiedPhone)\n",
            ])
            defer { site.remove() }
            let report = Self.publicBuild(site)
            #expect(!report.succeeded, "round \(round): '\(value)' copied as '\(copied)', '\(copiedPhone)'")
            #expect(report.errors.filter { $0.hasPrefix("cases/open.md:4:") }.count == 1, "round \(round): \(report.errors)")
            #expect(report.errors.contains { $0.hasPrefix("cases/open.md:6:") }, "round \(round): \(report.errors)")
            #expect(!FileManager.default.fileExists(atPath: site.output.path))
        }
    }

    /// The same text as a person might type it again: some letters and digits
    /// full-width, spaces and other punctuation in between, Markdown escapes.
    static func respell(_ text: String, using random: inout FuzzTests.Generator) -> String {
        var result = ""
        for character in text {
            if "\"&'<>*`_[]#~\\".contains(character) { result += "\\" + String(character); continue }
            if character.isASCII, character.isLetter || character.isNumber, Bool.random(using: &random),
               let scalar = Unicode.Scalar(character.unicodeScalars.first!.value + 0xFEE0) {
                result.unicodeScalars.append(scalar)
            } else {
                result.append(character)
            }
            if Int.random(in: 0..<4, using: &random) == 0 { result.append(["", " ", "-", "·"].randomElement(using: &random)!) }
        }
        return result
    }

    /// A 1×1 PNG whose tEXt chunk holds `text` (the scan reads metadata; CRCs unchecked).
    static func png(text: String) -> Data {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let length = UInt32(body.count)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + Array(type.utf8) + body + [0, 0, 0, 0]
        }
        let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let ihdr = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
        return Data(header + ihdr + chunk("tEXt", Array(text.utf8)) + chunk("IEND", []))
    }
}

@Suite struct PublicLinkBlameTests {
    /// A footer link from site.json to an internal page is blamed on site.json's line,
    /// not on the theme.
    @Test func aBadLinkInSiteJSONIsBlamedOnSiteJSON() throws {
        let settings = TestSite.siteJSON.replacingOccurrences(of: "\"as_of\": \"2026-11-20\",", with: "\"as_of\": \"2026-11-20\",\n  \"links\": [ { \"title\": \"记录\", \"url\": \"/records/\" } ],")
        let site = try TestSite(["site.json": settings])
        defer { site.remove() }
        let errors = AudienceTests.publicBuild(site).errors
        #expect(errors.contains { $0 == "site.json:5:39: error: " + L("links.notPublic", "records/index.html") }, "\(errors)")
        #expect(!errors.contains { $0.hasPrefix("(theme)") }, "\(errors)")
    }
}

@Suite struct LeakTextTests {
    /// The quick NFKC gives what Foundation's gives, for what the letters and the number
    /// search read.
    @Test func theQuickCompatibilityFormAgreesWithNFKC() {
        let samples = ["王某：１３９－１２３４－５６７８", "Ａｂｃ　ｄ", "电话\u{2002}139\u{A0}1234", "ﬁ ① ㈠ ＜ｂ＞", "café cafe\u{301}", "（民建）。、“”"]
        for text in samples {
            let quick = LeakText.compatible(text), full = text.precomposedStringWithCompatibilityMapping
            #expect(LeakText.letters(quick) == LeakText.letters(full), "\(text)")
            #expect(NumberPatterns.find(in: quick) == NumberPatterns.find(in: full), "\(text)")
        }
    }
}
