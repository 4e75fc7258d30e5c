import Foundation
import Testing
@testable import Tongxin

/// One catalogue for everything a person reads: every message in both languages, with
/// the same values in both, and every key named in the code defined.
struct MessageCatalogueTests {
    @Test func everyMessageHasBothLanguagesAndTheSameValues() {
        for message in Catalogue.all.values {
            #expect(!message.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no Chinese text")
            #expect(!message.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no English text")
            #expect(Catalogue.placeholders(message.zh) == Catalogue.placeholders(message.en), "\(message.key): the Chinese and English texts take different values")
            #expect(message.zh != message.en || message.zh.allSatisfy { $0.isASCII && !$0.isLetter }, "\(message.key): the Chinese text is the English one")
        }
    }

    /// Keys are named as string literals right after `L(`; a key missing from the
    /// catalogue would print as itself.
    @Test func everyKeyTheCodeNamesIsInTheCatalogue() throws {
        let sources = TestSite.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        let pattern = try Regex(#"\bL\("([A-Za-z0-9_.]+)""#)
        var named: Set<String> = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { named.insert(String(key)) }
            }
        }
        #expect(!named.isEmpty)
        for key in named.sorted() {
            #expect(Catalogue.all[key] != nil, "the code names message \(key), which the catalogue does not define")
        }
    }

    /// Keys are also passed around before they reach `L` (`Lookup(what: "unit.member")`,
    /// `L(count == 1 ? "cli.errors.one" : "cli.errors", …)`): every string literal in the
    /// sources that looks like a key of a catalogue area must be one.
    @Test func everyKeyLikeLiteralIsInTheCatalogue() throws {
        let areas = Set(Catalogue.all.keys.map { String($0.prefix { $0 != "." }) })
        let sources = TestSite.repository.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !$0.lastPathComponent.hasPrefix("Catalogue+") }
        let pattern = try Regex(#""([a-z]+)\.([A-Za-z][A-Za-z0-9_.]*)""#)
        var named = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                // File names such as "roster.csv" are not keys.
                guard let area = match.output[1].substring, areas.contains(String(area)), let rest = match.output[2].substring,
                      !["csv", "md", "json", "html", "txt", "xml", "docx", "ics", "svg"].contains(String(rest)) else { continue }
                let key = "\(area).\(rest)"
                // The theme's labels (theme.json: brief.issue, rule.liveTable …) are not messages.
                if ThemeText.labelKeys[key] != nil || ThemeText.optionalLabels[key] != nil { continue }
                named += 1
                #expect(Catalogue.all[key] != nil, "\(file.lastPathComponent) names message \(key), which the catalogue does not define")
            }
        }
        #expect(named > 100)
    }

    @Test func valuesAreFilledInTheirPlacesInEitherLanguage() {
        #expect(Catalogue.fill("{2} 与 {1}", ["甲", "乙"]) == "乙 与 甲")
        #expect(Catalogue.fill("{1} and {3}", ["a"]) == "a and {3}")
        #expect(Catalogue.fill("无值", []) == "无值")
        #expect(Catalogue.text("general.nothingWritten", [], language: .en) == "nothing was written.")
        #expect(Catalogue.text("general.nothingWritten", [], language: .zh) == "未写入任何文件。")
    }

    @Test func theLanguageIsChineseUnlessEnglishIsAskedFor() {
        #expect(Language.chosen(option: nil, environment: [:]) == .zh)
        #expect(Language.chosen(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.chosen(option: nil, environment: ["LANG": "C.UTF-8"]) == .zh)
        #expect(Language.chosen(option: nil, environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.chosen(option: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.chosen(option: "zh", environment: ["LANG": "en_GB"]) == .zh)
    }
}
