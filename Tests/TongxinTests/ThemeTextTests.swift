import Foundation
import Testing
@testable import Tongxin

/// The theme's words and chart colours come from its theme.json: an office relabels
/// the navigation, titles and statuses without Swift, and a wrong entry stops the build
/// at its line.
@Suite(.language(.en)) struct ThemeTextTests {
    /// A copy of the default theme whose theme.json is `edit`ed as text.
    func theme(_ edit: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.theme, to: folder)
        let file = folder.appendingPathComponent("theme.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit changed nothing")
        try Data(edited.utf8).write(to: file)
        return folder
    }

    func build(_ site: TestSite, theme: URL, audience: Audience = .internal) -> BuildReport {
        BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!, audience: audience))
    }

    /// Placeholders are filled in one pass: each named one by its value, an unknown one
    /// left as written, and a value that itself holds braces not filled again.
    @Test func labelsFillTheirPlaceholdersOnce() {
        #expect(ThemeText.fill("{name}联系{count}次", ["name": "张三", "count": "3"]) == "张三联系3次")
        #expect(ThemeText.fill("{name}的{unknown}", ["name": "李四"]) == "李四的{unknown}")
        #expect(ThemeText.fill("{a}{b}", ["a": "{b}", "b": "乙"]) == "{b}乙")
        #expect(ThemeText.fill("没有占位符", ["a": "x"]) == "没有占位符")
        #expect(ThemeText.fill("未闭合{name", ["name": "x"]) == "未闭合{name")
    }

    /// A label filled thousands of times is split once around its name: the same text
    /// as filling it, whatever else the label holds.
    @Test func aFillerGivesTheFilledLabel() {
        let labels = ["plain": "记录 {number}", "twice": "{number} 与 {number}", "none": "无占位符", "braces": "{{number}} {other}", "open": "{a{number}}"]
        let text = ThemeText(labels: labels, navigation: [], publicNavigation: [],
                             chart: ThemeText.ChartStyle(accent: "", ink: "", muted: "", grid: "", link: "", paper: "", target: "", previous: "", series: [],
                                                         words: ThemeText.ChartWords(noData: "", unit: "", target: "", targets: "", below: "", noValue: "")))
        for key in labels.keys {
            let filler = text.filler(key, name: "number")
            for value in ["2026-000001", "{number}", "", "甲"] {
                #expect(filler(value) == text(key, ["number": value]), "\(key) with \(value)")
            }
        }
    }

    @Test func anOfficeRelabelsNavigationTitlesAndStatuses() throws {
        let folder = try theme {
            $0.replacingOccurrences(of: "\"title\": \"联系记录\"", with: "\"title\": \"走访记录\"")
                .replacingOccurrences(of: "\"records\": \"联系记录\"", with: "\"records\": \"走访台账\"")
                .replacingOccurrences(of: "\"status.behind\": \"滞后\"", with: "\"status.behind\": \"需加快\"")
                .replacingOccurrences(of: "\"accent\": \"#9b1c1f\"", with: "\"accent\": \"#123456\"")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite()
        defer { site.remove() }
        let report = build(site, theme: folder)
        #expect(report.errors.isEmpty, "\(report.errors)")
        let records = try site.page("records/index.html")
        #expect(records.contains(">走访记录</a>"))
        #expect(records.contains("<title>走访台账 - "))
        #expect(records.contains("<li><a href=\"../records/\">走访台账</a></li>") || records.contains("<li><a href=\"./\">走访台账</a></li>") || records.contains(">走访台账</a></li></ol>"))
        #expect(!records.contains(">联系记录</a>"), "the navigation and the breadcrumbs are the theme's")
        let home = try site.page("index.html")
        #expect(home.contains("fill=\"#123456\""), "the charts take the theme's colours")
        #expect(!home.contains("#9b1c1f"))
    }

    @Test func aWrongEntryIsReportedAtItsLine() throws {
        let folder = try theme {
            $0.replacingOccurrences(of: "\"status.done\": \"已达标\"", with: "\"status.dne\": \"已达标\"")
                .replacingOccurrences(of: "\"pairs.of\": \"联系频次：{name}\"", with: "\"pairs.of\": \"联系频次：{unit}\"")
                .replacingOccurrences(of: "\"section\": \"suggestions\"", with: "\"section\": \"suggestion\"")
                .replacingOccurrences(of: "\"grid\": \"#c9c2b8\"", with: "\"grid\": \"grey\"")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite()
        defer { site.remove() }
        let lines = try String(contentsOf: folder.appendingPathComponent("theme.json"), encoding: .utf8).components(separatedBy: "\n")
        func line(_ text: String) -> Int { (lines.firstIndex { $0.contains(text) } ?? -1) + 1 }
        let file = folder.appendingPathComponent("theme.json").path
        let errors = build(site, theme: folder).errors
        #expect(errors.contains("\(file):\(line("status.dne")):5: error: " + L("theme.text.unknownKey", "status.dne", L("suggest.didYouMean", "status.done"))))
        #expect(errors.contains { $0.hasPrefix("\(file):\(line("{unit}")):") && $0.contains(L("theme.text.placeholder", "unit", "pairs.of", "{name}")) })
        #expect(errors.contains { $0.hasPrefix("\(file):\(line("\"suggestion\"")):") && $0.contains("'suggestion'") })
        #expect(errors.contains { $0.hasPrefix("\(file):\(line("grey")):") && $0.contains(L("theme.text.colour", "grey")) })
        #expect(errors.contains { $0.contains(L("theme.text.missingLabel", "status.done")) })
        #expect(!site.exists("index.html"))
    }

    /// The Word reports' words and the CSV tables' column heads are the theme's too:
    /// reworded in theme.json, they change the .docx and .csv files; a theme.json made before they existed (none of them) still builds, with
    /// the default words; a misspelt one is an error at its line.
    @Test func anOfficeRewordsItsWordReports() throws {
        let reworded = try theme {
            $0.replacingOccurrences(of: "\"word.committee.pairs\": \"各对联系\"", with: "\"word.committee.pairs\": \"结对联系情况\"")
                .replacingOccurrences(of: "\"word.numerals\": \"一 二 三 四 五 六 七 八 九 十\"", with: "\"word.numerals\": \"壹 贰 叁 肆 伍 陆 柒 捌 玖 拾\"")
                .replacingOccurrences(of: "\"csv.contactor\": \"联系人\"", with: "\"csv.contactor\": \"联系委员\"")
        }
        defer { try? FileManager.default.removeItem(at: reworded) }
        let site = try TestSite()
        defer { site.remove() }
        #expect(build(site, theme: reworded).errors.isEmpty)
        let report = site.output.appendingPathComponent(WordFileTests.committeeReport)
        let document = try #require(try OfficeClient.unzip(report)["word/document.xml"])
        #expect(document.contains("壹、结对联系情况"), "the theme's heading and numerals")
        #expect(!document.contains("各对联系"))
        let pairs = try String(contentsOf: site.output.appendingPathComponent(Routes.pairsCSV), encoding: .utf8)
        #expect(pairs.contains("联系委员,联系对象,"), "the CSV's column heads are the theme's too")
        let records = try String(contentsOf: site.output.appendingPathComponent(Routes.recordsCSV), encoding: .utf8)
        #expect(records.contains(",联系委员,联系对象,"))

        let older = try theme { text in
            // The labels' last line then ends in a comma: removed like an office would.
            text.components(separatedBy: "\n").filter { !$0.contains("\"word.") }.joined(separator: "\n")
                .replacingOccurrences(of: ",\n  },", with: "\n  },")
        }
        defer { try? FileManager.default.removeItem(at: older) }
        let again = try TestSite()
        defer { again.remove() }
        #expect(build(again, theme: older).errors.isEmpty, "a theme without the word labels builds")
        let defaults = try #require(try OfficeClient.unzip(again.output.appendingPathComponent(WordFileTests.committeeReport))["word/document.xml"])
        #expect(defaults.contains("一、各对联系"), "the default words")

        let misspelt = try theme { $0.replacingOccurrences(of: "\"word.year.route\":", with: "\"word.year.rout\":") }
        defer { try? FileManager.default.removeItem(at: misspelt) }
        let third = try TestSite()
        defer { third.remove() }
        let errors = build(third, theme: misspelt).errors
        #expect(errors.contains { $0.contains(L("theme.text.unknownKey", "word.year.rout", L("suggest.didYouMean", "word.year.route"))) }, "\(errors)")
    }

    @Test func aThemeWithoutThemeJSONSaysWhatToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-theme-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSite.theme, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("theme.json"))
        let site = try TestSite()
        defer { site.remove() }
        #expect(build(site, theme: folder).errors == [folder.appendingPathComponent("theme.json").path + ":1:1: error: " + L("theme.text.missingFile")])
    }

    /// The public site's navigation may only link what the public site has.
    @Test func thePublicNavigationLinksOnlyPublicSections() throws {
        let folder = try theme {
            $0.replacingOccurrences(of: "\"public\": [\n", with: "\"public\": [\n      {\n        \"section\": \"members\",\n        \"title\": \"委员名录\"\n      },\n")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite()
        defer { site.remove() }
        let errors = build(site, theme: folder, audience: .public).errors
        #expect(errors.count == 1)
        #expect(errors.first?.contains("'members'") == true)
    }
}

/// A free page chooses its template with `template:`; the template gets a free page's
/// keys and is checked against them.
@Suite(.language(.en)) struct PageTemplateTests {
    static let wide = "{{<base}}{{$main}}<article class=\"wide\"><h1>{{title}}</h1>{{{body.html}}}</article>{{/main}}{{/base}}"

    @Test func aPageChoosesATemplateOfTheSiteOrTheme() throws {
        let site = try TestSite([
            "templates/page-wide.mustache": Self.wide,
            "pages/wide.md": "---\ntitle: 宽版页面\ntemplate: page-wide\n---\n正文。\n",
            "pages/plain.md": "---\ntitle: 普通页面\n---\n正文。\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(try site.page("wide/index.html").contains("<article class=\"wide\"><h1>宽版页面</h1><p>正文。</p>"))
        #expect(try !site.page("plain/index.html").contains("class=\"wide\""))
    }

    @Test func anUnknownOrUnfitTemplateIsAnErrorAtTheField() throws {
        let site = try TestSite([
            "templates/page-wide.mustache": Self.wide,
            "pages/a.md": "---\ntitle: 甲\ntemplate: page-wid\n---\n正文。\n",
            "pages/b.md": "---\ntitle: 乙\n模板: member\n---\n正文。\n",
        ])
        defer { site.remove() }
        #expect(site.build(write: false).errors == [
            "pages/a.md:3:11: error: " + L("theme.pageTemplate.unknown", "page-wid", "page, page-wide", L("suggest.didYouMean", "page-wide")),
            "pages/b.md:3:5: error: " + L("theme.pageTemplate.notForPages", "member", "page, page-wide", ""),
        ])
    }

    @Test func aChosenTemplateIsHeldToAPagesKeys() throws {
        let site = try TestSite([
            "templates/page-wide.mustache": "{{<base}}{{$main}}<h1>{{title}}</h1>{{name}}{{/main}}{{/base}}",
            "pages/wide.md": "---\ntitle: 宽版页面\ntemplate: page-wide\n---\n正文。\n",
        ])
        defer { site.remove() }
        #expect(site.build(write: false).errors == ["templates/page-wide.mustache:1:37: error: " + L("theme.key.unknown", "name", "page-wide", "")])
    }
}
