import Foundation
import Testing
@testable import Tongxin

/// What a Chinese input method types instead of YAML's and JSON's marks is named at its
/// own line and column, with the key to type instead, in either language.
@Suite struct FullWidthPunctuationTests {
    static let record = "records/2026/2026-03-12-li-si.md"

    /// The base record with one line replaced; its front matter lines are 2 date,
    /// 3 contactor, 4 contactees, 5 method, 6 place, 7 recorder.
    static func record(replacing old: String, with new: String) -> String {
        let text = TestSite.baseFiles[record]!
        precondition(text.contains(old), old)
        return text.replacingOccurrences(of: old, with: new)
    }

    static func errors(_ files: [String: String?]) async throws -> [String] {
        try await offThePool {
            let site = try TestSite(files)
            defer { site.remove() }
            return site.loadAndCheck().errors
        }
    }

    static func report(_ files: [String: String?]) async throws -> (errors: [String], warnings: [String]) {
        try await offThePool {
            let site = try TestSite(files)
            defer { site.remove() }
            let report = site.loadAndCheck()
            return (report.errors, report.warnings)
        }
    }

    struct Case: Sendable, CustomStringConvertible {
        var old: String
        var new: String
        /// Line and column of the character in the file.
        var at: String
        var zh: String
        var en: String
        var description: String { new }
    }

    static let cases: [Case] = [
        // The example: Yams reported "could not find expected ':'" on the next line.
        Case(old: "place: 会议室", new: "place：市政协三楼会议室", at: "6:6",
             zh: "这里的“：”是全角冒号（中文输入法打出的）；请改为半角的 :",
             en: "'：' here is a full-width colon (typed with a Chinese input method); type the half-width : instead"),
        Case(old: "contactees: [李四]", new: "contactees: [\"李四\"，\"张三\"]", at: "4:18",
             zh: "这里的“，”是全角逗号（中文输入法打出的）；请改为半角的 ,",
             en: "'，' here is a full-width comma (typed with a Chinese input method); type the half-width , instead"),
        Case(old: "contactees: [李四]", new: "contactees: [\"李四\"、\"张三\"]", at: "4:18",
             zh: "这里的“、”是全角顿号（中文输入法打出的）；请改为半角的 ,",
             en: "'、' here is a full-width enumeration comma (typed with a Chinese input method); type the half-width , instead"),
        Case(old: "place: 会议室", new: "place: “三楼: 会议室”", at: "6:8",
             zh: "这里的““”是全角引号（中文输入法打出的）；请改为半角的 \"",
             en: "'“' here is a full-width quotation mark (typed with a Chinese input method); type the half-width \" instead"),
        Case(old: "place: 会议室", new: "place:\u{3000}会议室", at: "6:7",
             zh: "这里是一个全角空格（中文输入法打出的空格）；请删掉它，改为半角空格",
             en: "there is a full-width space here (typed with a Chinese input method); replace it with an ordinary space"),
        Case(old: "contactees: [李四]", new: "contactees:\n\t- 李四", at: "5:1",
             zh: "这里有一个制表符（Tab 键）；字段区不能用 Tab 缩进，请改为空格",
             en: "there is a tab here; the front matter may not be indented with tabs, use spaces instead"),
    ]

    @Test(.language(.zh), arguments: cases) func eachCharacterIsNamedInChinese(_ c: Case) async throws {
        let errors = try await Self.errors([Self.record: Self.record(replacing: c.old, with: c.new)])
        #expect(errors == ["\(Self.record):\(c.at): error: \(c.zh)"])
    }

    @Test(.language(.en), arguments: cases) func eachCharacterIsNamedInEnglish(_ c: Case) async throws {
        let errors = try await Self.errors([Self.record: Self.record(replacing: c.old, with: c.new)])
        #expect(errors == ["\(Self.record):\(c.at): error: \(c.en)"])
    }

    /// Full-width characters inside a value are text, and stay allowed.
    @Test(.language(.zh)) func fullWidthTextInValuesIsNotAnError() async throws {
        let text = Self.record(replacing: "place: 会议室", with: "place: 市政协三楼：第一会议室，“同心”厅")
        #expect(try await Self.errors([Self.record: text]) == [])
    }

    @Test(.language(.zh)) func aValueWhollyInFullWidthQuotesIsAWarning() async throws {
        let text = Self.record(replacing: "place: 会议室", with: "place: “三楼会议室”")
        let report = try await Self.report([Self.record: text])
        #expect(report.errors == [])
        #expect(report.warnings == ["\(Self.record):6:8: warning: 这个值整个包在全角引号“”里，引号会照原样显示；如果是想给值加引号，请改为半角的 \"\""])
    }

    @Test(.language(.zh)) func jsonNamesTheFullWidthCharacter() async throws {
        let events = "[\n  {\"member\": \"李四\"，\"kind\": \"new-member\", \"date\": \"2026-03-01\"}\n]"
        #expect(try await Self.errors(["data/events.json": events]) == ["data/events.json:2:18: error: 这里的“，”是全角逗号（中文输入法打出的）；请改为半角的 ,"])
        let quoted = "[\n  {“member”: \"李四\"}\n]"
        #expect(try await Self.errors(["data/events.json": quoted]) == ["data/events.json:2:4: error: 这里的““”是全角引号（中文输入法打出的）；请改为半角的 \""])
        let spaced = "[\n\u{3000}{\"member\": \"李四\"}\n]"
        #expect(try await Self.errors(["data/events.json": spaced]) == ["data/events.json:2:1: error: 这里是一个全角空格（中文输入法打出的空格）；请删掉它，改为半角空格"])
    }

    /// A `：` inside a list item's text far from the parser's error is not blamed.
    @Test(.language(.zh)) func textInAListItemIsNotBlamedForAnotherError() async throws {
        let text = Self.record(replacing: "contactees: [李四]", with: "contactees:\n  - 李四\ntopics:\n  - 听取意见：教育\nnote1: a\nnote2: b")
            .replacingOccurrences(of: "recorder: 办公室", with: "recorder: [办公室")
        let errors = try await Self.errors([Self.record: text])
        #expect(errors.count == 1)
        #expect(errors[0].contains(": error: YAML 格式错误（"), "\(errors)")
    }

    /// Without a full-width character to blame, Yams' own words remain, in a Chinese frame.
    @Test(.language(.zh)) func otherYAMLErrorsFallBackToYams() async throws {
        let errors = try await Self.errors([Self.record: Self.record(replacing: "place: 会议室", with: "place: [会议室")])
        #expect(errors.count == 1)
        #expect(errors[0].hasPrefix("\(Self.record):"))
        #expect(errors[0].contains(": error: YAML 格式错误（列表 [ … ] 没有正确结束：各项之间用半角逗号 , 分隔，最后要有 ]）"), "\(errors)")
    }

    @Test(.language(.en)) func otherYAMLErrorsKeepYamsWordsInEnglish() async throws {
        let errors = try await Self.errors([Self.record: Self.record(replacing: "place: 会议室", with: "place: [会议室")])
        #expect(errors.count == 1)
        #expect(errors[0].contains(": error: YAML: did not find expected ',' or ']'; check the indentation"), "\(errors)")
    }
}
