import Foundation
import Testing
@testable import Tongxin

/// Templates are held to the keys their pages are given (PageKinds): a key no page of
/// the kind has is an error at its tag, a key a page may leave out is not.
@Suite(.language(.en)) struct TemplateKeysTests {
    static let keys: TemplateKeys = [
        .text("title"),
        .text("note").optional,
        .object("site", [.text("name"), .flag("demo")]),
        .list("rows", [.text("name"), .number("count"), .object("link", [.text("href")]).optional]),
        .texts("tags"),
    ]

    func problems(_ templates: [String: String], _ name: String, _ keys: TemplateKeys = Self.keys) throws -> [String] {
        let parsed = try templates.mapValues { try TemplateParser.parse($0) }
        return TemplateCheck(templates: parsed).check(name, keys: keys).map { "\($0.template):\($0.at.line):\($0.at.column): \($0.message)" }
    }

    @Test func aMisspeltKeyIsAnErrorAtItsTagWithTheNearestKey() throws {
        #expect(try problems(["t": "<h1>{{title}}</h1>\n  <p>{{titl}}</p>"], "t") == ["t:2:6: " + L("theme.key.unknown", "titl", "t", L("suggest.didYouMean", "title"))])
        #expect(try problems(["t": "{{#nothing}}x{{/nothing}}"], "t") == ["t:1:1: " + L("theme.key.unknown", "nothing", "t", "")])
        #expect(try problems(["t": "{{site.nme}}"], "t") == ["t:1:1: " + L("theme.key.unknownInside", "nme", "site", "t", L("suggest.didYouMean", "name"))])
        #expect(try problems(["t": "{{rows}}"], "t") == ["t:1:1: " + L("theme.key.notText", "rows")])
    }

    /// Keys a page may leave out, sections over lists, flags, texts and objects, the
    /// implicit iterator, and outer keys read inside a section are all legitimate.
    @Test func keysKnownToThePageKindPassEvenWhenEmpty() throws {
        let template = """
        {{#note}}<p>{{note}}</p>{{/note}}{{^note}}-{{/note}}{{site.name}}{{#site.demo}}demo{{/site.demo}}
        {{#rows}}{{name}} {{count}} {{title}} {{site.name}}{{#link}}<a href="{{href}}">{{title}}</a>{{/link}}{{/rows}}
        {{#tags}}{{.}}{{/tags}}{{#title}}{{.}}{{/title}}
        """
        #expect(try problems(["t": template], "t").isEmpty)
    }

    /// A key of a list's items is not a key of the page, nor the other way round once
    /// the section closed.
    @Test func namesAreResolvedInTheSectionsTheyAreIn() throws {
        #expect(try problems(["t": "{{count}}"], "t") == ["t:1:1: " + L("theme.key.unknown", "count", "t", "")])
        #expect(try problems(["t": "{{#rows}}{{href}}{{/rows}}"], "t") == ["t:1:10: " + L("theme.key.unknown", "href", "t", "")])
        // An inverted section shows when the list is empty: its items' keys are not there.
        #expect(try problems(["t": "{{^rows}}{{name}}{{/rows}}"], "t") == ["t:1:10: " + L("theme.key.unknown", "name", "t", "")])
    }

    /// Partials and layouts are checked with the keys of the page that includes them,
    /// the problems named at the partial's own tags.
    @Test func partialsAndLayoutsAreCheckedWhereTheyAreUsed() throws {
        let templates = [
            "base": "<title>{{title}}</title>{{$main}}{{/main}}{{>foot}}",
            "foot": "{{site.name}}{{footer}}",
            "t": "{{<base}}{{$main}}{{#rows}}{{nme}}{{/rows}}{{/main}}{{/base}}",
            "loop": "{{>loop}}{{title}}",
        ]
        #expect(try problems(templates, "t") == [
            "foot:1:14: " + L("theme.key.unknown", "footer", "t", ""),
            "t:1:28: " + L("theme.key.unknown", "nme", "t", L("suggest.didYouMean", "name")),
        ])
        #expect(try problems(templates, "loop").isEmpty)
    }

    /// A site's own template with a misspelt key fails `check` and the build at the
    /// tag, with what to do; the default theme passes.
    @Test func aSiteTemplateWithAMisspeltKeyFailsTheBuild() throws {
        let site = try TestSite(["templates/member.mustache": "{{<base}}{{$main}}\n<h1>{{name}}</h1>\n<p>{{partyFul}}</p>{{/main}}{{/base}}"])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors == ["templates/member.mustache:3:4: error: " + L("theme.key.unknown", "partyFul", "member", L("suggest.didYouMean", "partyFull"))])
        try site.edit("templates/member.mustache", nil)
        #expect(site.build(write: false).errors.isEmpty)
    }

    @Test func aContextThatDoesNotMatchItsDeclarationIsFound() {
        let good: [String: Any] = ["title": "t", "site": ["name": "n", "demo": false], "rows": [["name": "a", "count": 1]], "tags": ["x"]]
        #expect(Self.keys.violations(of: good).isEmpty)
        var bad = good
        bad["titel"] = "t"
        bad["rows"] = [["name": "a", "count": "1"]] as [[String: Any]]
        bad["site"] = nil
        #expect(Self.keys.violations(of: bad) == ["rows[].count: String is not number", "site: declared but missing", "titel: not declared"])
    }

    /// Every context the views made while building the example sites (both audiences,
    /// with and without base_url) matches its page kind's declaration: no key the
    /// declaration lacks, none it requires missing, every value of its declared kind.
    @Test func everyViewsContextsMatchTheirDeclarations() throws {
        let repository = TestSite.repository
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-keys-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let withBaseURL = output.appendingPathComponent("content")
        try FileManager.default.copyItem(at: repository.appendingPathComponent("content"), to: withBaseURL)
        let settings = withBaseURL.appendingPathComponent("site.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: settings)) as! [String: Any]
        json["base_url"] = "https://example.org/tongxin/"
        try JSONSerialization.data(withJSONObject: json).write(to: settings)
        let builds: [(URL, Audience)] = [
            (repository.appendingPathComponent("content"), .internal), (withBaseURL, .public),
            (repository.appendingPathComponent("examples/jiangmen"), .internal), (repository.appendingPathComponent("examples/jiangmen"), .public),
        ]
        for (index, (content, audience)) in builds.enumerated() {
            let report = BuildPipeline.run(BuildOptions(contentFolder: content, themeFolder: TestSite.theme, outputFolder: output.appendingPathComponent("out\(index)"), audience: audience))
            #expect(report.errors.isEmpty, "\(report.errors)")
        }
        for (template, problems) in TemplateKeys.conformance.all.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(template): \(problems.sorted().joined(separator: "; "))")
        }
        // And every page keyed by the files it names shows no member or record outside them.
        for (route, files) in PageInputs.undeclared.all.sorted(by: { $0.key < $1.key }) {
            Issue.record("\(route) shows \(files.sorted().joined(separator: ", ")) without naming them in its inputs")
        }
        #expect(PageKinds.all.count == Set(PageKinds.all.map(\.template)).count)
    }

    /// A typed model is held to its declaration too: a declared key it does not answer,
    /// or answers with a value of another kind, is found.
    @Test func aTypedModelThatDoesNotMatchItsDeclarationIsFound() {
        final class Row: TemplateObject {
            let count: TemplateValue
            init(count: TemplateValue) { self.count = count }
            func value(_ key: String) -> TemplateValue? { key == "name" ? .text("a") : key == "count" ? count : nil }
        }
        final class Page: TemplateObject {
            let rows: [Row], withSite: Bool
            init(rows: [Row], withSite: Bool) { self.rows = rows; self.withSite = withSite }
            func value(_ key: String) -> TemplateValue? {
                switch key {
                case "title": .text("t")
                case "site": withSite ? .dictionary(["name": "n", "demo": false]) : nil
                case "rows": .list(rows)
                case "tags": .texts(["x"])
                default: nil
                }
            }
        }
        #expect(Self.keys.violations(of: Page(rows: [Row(count: .number(1))], withSite: true)).isEmpty)
        #expect(Self.keys.violations(of: Page(rows: [Row(count: .text("1"))], withSite: false)) == ["rows[].count: String is not number", "site: declared but missing"])
    }

    /// A page's own keys are looked up before the layout's (TemplateRenderer): no page
    /// kind may declare a key of the layout, or its value would hide the layout's.
    /// A page that shows a record its inputs do not name is found: the preview would
    /// keep it when that record changes.
    @Test func aShownRecordOutsideThePagesInputsIsFound() {
        let row = RecordRowValues(number: "1", href: "records/2026/a/", date: "2026年3月1日", contactor: "张三", contactees: "李四", method: "",
                                  groups: [:], file: "records/2026/a.md")
        let page = RecordsMonthValues(heading: "2026年3月", records: [row], neighbours: MonthNeighbours.Links(older: nil, newer: nil))
        #expect(ShownSources.undeclared(in: page, keys: PageKinds.recordsMonth, declared: []) == ["records/2026/a.md"])
        #expect(ShownSources.undeclared(in: page, keys: PageKinds.recordsMonth, declared: ["records/2026/a.md"]).isEmpty)
    }

    @Test func noPageKindHasAKeyOfTheLayout() {
        let layout = Set(PageKinds.layout.names)
        for kind in PageKinds.all where kind.hasLayout {
            #expect(layout.isDisjoint(with: kind.keys.names), "\(kind.template): \(layout.intersection(kind.keys.names).sorted())")
        }
    }
}
