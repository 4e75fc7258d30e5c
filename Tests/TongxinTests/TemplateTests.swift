import Foundation
import Testing
@testable import Tongxin

/// The theme's template renderer: the Mustache subset the themes use.
@Suite(.language(.en)) struct TemplateTests {
    func render(_ templates: [String: String], _ name: String, _ context: [String: Any]) throws -> String {
        let parsed = try templates.mapValues { try TemplateParser.parse($0) }
        return String(decoding: TemplateRenderer(templates: parsed).render(name, context), as: UTF8.self)
    }

    @Test func variablesAreEscapedUnlessTripleBraced() throws {
        let out = try render(["t": "{{a}}|{{{a}}}|{{& a}}|{{n}}|{{missing}}"], "t", ["a": "<b class=\"x\">'&'</b>", "n": 42])
        #expect(out == "&lt;b class=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;|<b class=\"x\">'&'</b>|<b class=\"x\">'&'</b>|42|")
    }

    /// Typed models are looked up like dictionaries — also inside a dictionary page, and
    /// a name a model lacks is looked up further out.
    @Test func typedModelsAreLookedUpLikeDictionaries() throws {
        final class Person: TemplateObject {
            let name: String
            init(_ name: String) { self.name = name }
            func value(_ key: String) -> TemplateValue? { key == "name" ? .text(name) : key == "tags" ? .texts(["a", "b"]) : nil }
        }
        let template = "{{boss.name}}:{{#people}}[{{name}}{{#tags}}{{.}}{{/tags}}/{{site}}]{{/people}}{{#boss}}{{name}}{{/boss}}{{^nobody}}-{{/nobody}}"
        let out = try render(["t": template], "t", ["boss": Person("甲"), "people": [Person("乙"), Person("丙")], "site": "S", "nobody": [Person]()])
        #expect(out == "甲:[乙ab/S][丙ab/S]甲-")
    }

    @Test func sectionsFollowTruthiness() throws {
        let template = "{{#s}}S{{/s}}{{#e}}E{{/e}}{{#z}}Z{{/z}}{{#one}}O{{/one}}{{#f}}F{{/f}}{{#t}}T{{/t}}{{#l}}[{{.}}]{{/l}}{{#el}}X{{/el}}{{^el}}none{{/el}}{{^s}}not{{/s}}"
        let out = try render(["t": template], "t", ["s": "x", "e": "", "z": 0, "one": 1, "f": false, "t": true, "l": ["a", "b"], "el": [String]()])
        #expect(out == "SOT[a][b]none")
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let out = try render(["t": "{{site.name}} {{#items}}{{name}}/{{root}} {{/items}}{{#obj}}{{inner}}{{/obj}}"], "t",
                             ["site": ["name": "同心"], "root": "../", "items": [["name": "甲"], ["name": "乙"]], "obj": ["inner": "内"]])
        #expect(out == "同心 甲/../ 乙/../ 内")
    }

    /// A shared list (the navigation) is drawn once per section body and copied after,
    /// but only while the body reads the items alone: one that reads the page (here
    /// `root` and `title`), includes another template, or names a field some item lacks
    /// is drawn on every page, with that page's values.
    @Test func sharedListsGiveThePlainListsOutput() throws {
        let templates = [
            "pure": "{{#nav}}<a href=\"{{href}}\"{{#current}} class=\"on\"{{/current}}>{{title}}</a>{{/nav}}{{^nav}}无{{/nav}}",
            "outer": "{{#nav}}<a href=\"{{root}}{{href}}\">{{title}}·{{page}}</a>{{/nav}}",
            "partial": "{{#nav}}{{>item}}{{/nav}}",
            "item": "[{{title}}{{page}}]",
            "uneven": "{{#nav}}{{title}}{{#note}}({{note}}){{/note}};{{/nav}}",
        ]
        let items: [[String: Any]] = [["title": "首页", "href": "index.html", "current": true], ["title": "记录", "href": "records/", "current": false, "note": "新"]]
        let shared = SharedList(items)
        for name in templates.keys.sorted() where name != "item" {
            for page in ["甲", "乙"] {
                let plain = try render(templates, name, ["nav": items, "root": "../", "page": page])
                let fromShared = try render(templates, name, ["nav": shared, "root": "../", "page": page])
                #expect(fromShared == plain, "template \(name), page \(page)")
            }
        }
        #expect(try render(templates, "outer", ["nav": shared, "root": "../", "page": "乙"]).contains("·乙"))
        #expect(try render(templates, "pure", ["nav": SharedList([])]) == "无")
    }

    @Test func layoutsPartialsAndBlocks() throws {
        let templates = [
            "base": "<main>{{$main}}默认{{/main}}</main>{{>foot}}",
            "foot": "<footer>{{title}}</footer>",
            "page": "{{<base}}{{$main}}<h1>{{title}}</h1>{{/main}}{{/base}}",
            "plain": "{{<base}}{{/base}}",
        ]
        #expect(try render(templates, "page", ["title": "标题"]) == "<main><h1>标题</h1></main><footer>标题</footer>")
        #expect(try render(templates, "plain", ["title": "x"]) == "<main>默认</main><footer>x</footer>")
    }

    @Test func standaloneTagLinesDisappear() throws {
        let out = try render(["t": "<ul>\n  {{#l}}\n  <li>{{.}}</li>\n  {{/l}}\n</ul>\n"], "t", ["l": ["a", "b"]])
        #expect(out == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
    }

    @Test func errorsHaveLineAndColumn() {
        #expect(throws: TemplateError.self) { try TemplateParser.parse("a\n  {{#open}}x") }
        do {
            _ = try TemplateParser.parse("a\n  {{#open}}x")
        } catch let error as TemplateError {
            #expect((error.line, error.column) == (2, 3))
            #expect(error.message == L("template.neverClosed", "open"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: TemplateError.self) { try TemplateParser.parse("{{#a}}{{/b}}") }
        #expect(throws: TemplateError.self) { try TemplateParser.parse("{{name") }
    }

    @Test func aThemeWithAMissingPartialIsReportedWithItsFile() throws {
        let site = try TestSite(["templates/page.mustache": "{{<base}}{{$main}}{{>nowhere}}{{/main}}{{/base}}"])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors == ["templates/page.mustache:1:1: error: " + L("theme.missingPartial", "page", "nowhere")])
    }

    @Test func aBrokenSiteTemplateIsReportedWithItsPosition() throws {
        let site = try TestSite(["templates/page.mustache": "<p>\n{{#title}}x\n"])
        defer { site.remove() }
        let report = site.build(write: false)
        #expect(report.errors == ["templates/page.mustache:2:1: error: " + L("theme.templateError", L("template.neverClosed", "title"))])
    }
}
