import Foundation
import Testing
@testable import Tongxin

/// The forms over the JSON data files (assignments, events, organisation, site.json):
/// byte-identical round trips, edits in place, rows added and taken out, and saves
/// refused to anyone but 管理, on an older version, or with a problem.
@Suite(.language(.en)) struct EditorDataTests {
    static let admin = EditAccount(login: "guan", name: "管理某", roles: [.admin], hash: "")
    static let clerk = EditAccount(login: "wang", name: "王某", roles: [.entry], hash: "")

    /// The form as a browser posts it: every value, the blank row each table ends with.
    static func posted(_ form: DataForm) -> DataForm {
        var posted = form
        for (table, count) in form.rowCounts {
            for key in ["contactor", "kind", "contactees", "note", "member", "date", "id", "name", "title", "url"] {
                posted["\(table).\(count).\(key)"] = ""
            }
        }
        return posted
    }

    /// Every JSON file of the bundled example and of examples/jiangmen through its form,
    /// unchanged: the same bytes.
    @Test func everyBundledDataFileRoundTripsThroughItsForm() throws {
        var seen = 0
        for content in ["content", "examples/jiangmen"] {
            for file in DataFiles.all {
                let url = TestSite.repository.appendingPathComponent("\(content)/\(file.path)")
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let form = try #require(DataForm.reading(text, file: file), "\(content)/\(file.path)")
                #expect(form.text(original: text, file: file) == text, "\(content)/\(file.path)")
                #expect(Self.posted(form).text(original: text, file: file) == text, "\(content)/\(file.path) as posted")
                seen += 1
            }
        }
        #expect(seen >= 5)
    }

    /// Issue 15's done-when: every file in content/ through its form without a change
    /// gives the same bytes — records, cases, members, pages, rules, briefs, the data
    /// files and site.json. Pictures in assets/ are uploaded, not edited in a form.
    @Test func everyFileInContentRoundTripsThroughItsForm() throws {
        let content = TestSite.repository.appendingPathComponent("content")
        let paths = try #require(FileManager.default.subpaths(atPath: content.path)).filter { path in
            var directory: ObjCBool = false
            return FileManager.default.fileExists(atPath: content.appendingPathComponent(path).path, isDirectory: &directory) && !directory.boolValue
        }.sorted()
        var bySection: [String: Int] = [:]
        for path in paths where !path.hasPrefix("assets/") {
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            let section = String(path.split(separator: "/").first ?? "")
            let again: String?
            if let file = DataFiles.file(path) {
                again = DataForm.reading(text, file: file).map { Self.posted($0).text(original: text, file: file) }
            } else if section == "records" {
                again = RecordSheet.reading(text, path: path).map { form in
                    var posted = form
                    if posted.body.hasSuffix("\n") { posted.body.removeLast() }
                    posted.suggestions.append(SuggestionRow())
                    return posted.text(original: text)
                }
            } else {
                again = Self.markdownRoundTrip(text, path: path, section: section)
            }
            #expect(again == text, "\(path) has no form or does not round-trip")
            bySection[section, default: 0] += 1
        }
        #expect(Set(bySection.keys) == ["records", "cases", "members", "pages", "rules", "briefs", "data", "site.json"], "\(bySection)")
        #expect(paths.filter { $0.hasPrefix("assets/") }.allSatisfy { ["jpg", "jpeg", "png", "gif", "webp", "svg"].contains(($0 as NSString).pathExtension.lowercased()) })
    }

    /// A case, member, page, rule or brief through its form as a browser posts it (the
    /// text area without its last line end); nil where the file has no such form.
    static func markdownRoundTrip(_ text: String, path: String, section: String) -> String? {
        let form: FieldForm?
        switch section {
        case "cases": form = CaseForm.reading(text, path: path)
        case "members": form = MemberForm.reading(text, path: path)
        default: form = DocumentForm.reading(text, path: path)
        }
        guard var posted = form else { return nil }
        if posted.body.hasSuffix("\n") { posted.body.removeLast() }
        switch section {
        case "cases": return CaseForm.text(posted, original: text)
        case "members": return MemberForm.text(posted, original: text)
        default: return DocumentForm.text(posted, original: text)
        }
    }

    static let assignments = """
        [
          {"contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal"},
          {"联系人": "zhang-san", "kind": "branch", "contactees": ["w-proposal"], "extra_key": "kept", "note": "备注"}
        ]

        """

    @Test func aChangedValueIsEditedInPlaceKeepingUnknownKeysAndSpellings() throws {
        let file = DataFiles.assignments
        var form = try #require(DataForm.reading(Self.assignments, file: file))
        #expect(form["d.1.contactor"] == "zhang-san")
        #expect(form["d.0.contactees"] == "li-si")
        form["d.1.note"] = "改过的备注"
        form["d.1.from"] = "2026-07-01"
        form["d.0.organizer"] = ""
        #expect(form.text(original: Self.assignments, file: file) == """
            [
              {"contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"]},
              {"联系人": "zhang-san", "kind": "branch", "contactees": ["w-proposal"], "extra_key": "kept", "note": "改过的备注", "from": "2026-07-01"}
            ]

            """)
    }

    @Test func rowsAreAddedOnTheirOwnLineAndTakenOutWithTheirComma() throws {
        let file = DataFiles.assignments
        var form = try #require(DataForm.reading(Self.assignments, file: file))
        form["d.2.contactor"] = "zhang-san"
        form["d.2.kind"] = "pair"
        form["d.2.contactees"] = "li-si、wang-wu"
        form["d.3.contactor"] = ""
        form.removed = ["d.0"]
        #expect(form.text(original: Self.assignments, file: file) == """
            [
              {"联系人": "zhang-san", "kind": "branch", "contactees": ["w-proposal"], "extra_key": "kept", "note": "备注"},
              {"联系人": "zhang-san", "kind": "pair", "contactees": ["li-si", "wang-wu"]}
            ]

            """)
        // All rows out, then one in: the list is written anew.
        form.removed = ["d.0", "d.1"]
        form["d.2.contactees"] = "li-si"
        #expect(form.text(original: Self.assignments, file: file) == """
            [
              {"联系人": "zhang-san", "kind": "pair", "contactees": ["li-si"]}
            ]

            """)
        // A row number beyond any list is ignored, not walked to.
        var far = try #require(DataForm.reading(Self.assignments, file: file))
        far["d.99999999.contactor"] = "zhang-san"
        #expect(far.rowCount("d") == 2)
        #expect(far.text(original: Self.assignments, file: file) == Self.assignments)
        var empty = try #require(DataForm.reading("[]\n", file: file))
        empty["d.0.contactor"] = "zhang-san"
        empty["d.0.kind"] = "pair"
        empty["d.0.contactees"] = "li-si"
        #expect(empty.text(original: "[]\n", file: file) == "[\n  {\"contactor\": \"zhang-san\", \"kind\": \"pair\", \"contactees\": [\"li-si\"]}\n]\n")
    }

    @Test func thePolicyIsEditedInTheFilesOwnIndentation() throws {
        let file = DataFiles.site
        let text = TestSite.siteJSON + "\n"
        var form = try #require(DataForm.reading(text, file: file))
        #expect(form["d.policy.methods"] == "走访看望\n电话信息")
        #expect(form["d.policy.assignment_kinds.0.contactee"] == "window、branch")
        form["d.policy.methods"] = "走访看望\n电话信息\n委员会客厅、座谈"
        form["d.policy.min_contacts_per_year"] = "3"
        form["d.policy.triggers.1.id"] = "job-change"
        form["d.policy.triggers.1.name"] = "工作变动"
        form["d.policy.triggers.1.due_days"] = "15"
        form["d.term.name"] = "测试市政协第十届"
        form["d.term.first_year"] = "2022"
        form["d.term.last_year"] = "2026"
        let edited = form.text(original: text, file: file)
        #expect(edited.contains(#""methods": ["走访看望", "电话信息", "委员会客厅、座谈"],"#))
        #expect(edited.contains(#""min_contacts_per_year": 3,"#))
        #expect(edited.contains("""
            "triggers": [ { "id": "new-member", "name": "委员新任", "due_days": 30 }, {"id": "job-change", "name": "工作变动", "due_days": 15} ]
            """))
        #expect(edited.contains("""
              },
              "term": {
                "name": "测试市政协第十届",
                "first_year": 2022,
                "last_year": 2026
              }
            }
            """))
        let again = try #require(DataForm.reading(edited, file: file))
        #expect(again["d.policy.methods"] == "走访看望\n电话信息\n委员会客厅、座谈")
        #expect(again["d.term.first_year"] == "2022")
    }

    @Test func onlyAdminSavesDataFiles() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let file = DataFiles.assignments
        let text = try String(contentsOf: site.content.appendingPathComponent(file.path), encoding: .utf8)
        var form = try #require(DataForm.reading(text, file: file))
        form["d.0.note"] = "录入不能改"
        guard case .refused(let reason) = DataSave.save(form, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("录入 saved the assignments")
            return
        }
        #expect(reason.contains("管理"))
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }

    @Test func anInvalidRowIsShownAtItsFieldAndNothingIsWritten() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let file = DataFiles.assignments
        let text = try String(contentsOf: site.content.appendingPathComponent(file.path), encoding: .utf8)
        var form = try #require(DataForm.reading(text, file: file))
        form["d.1.contactor"] = "zhang-san"
        form["d.1.kind"] = "pair"
        form["d.1.contactees"] = "nobody-here"
        guard case .invalid(let problems) = DataSave.save(form, by: Self.admin, contentFolder: site.content) else {
            Issue.record("an unknown contactee was saved")
            return
        }
        #expect(problems.contains { $0.field == "d.1.contactees" && $0.message.contains("nobody-here") }, "\(problems)")
        // A missing key is reported at its row's start and placed at the field it names.
        form["d.1.contactees"] = "li-si"
        form["d.2.contactor"] = "zhang-san"
        form["d.2.contactees"] = "li-si"
        guard case .invalid(let missing) = DataSave.save(form, by: Self.admin, contentFolder: site.content) else {
            Issue.record("a row without its kind was saved")
            return
        }
        #expect(missing.contains { $0.field == "d.2.kind" }, "\(missing)")
        #expect(try String(contentsOf: site.content.appendingPathComponent(file.path), encoding: .utf8) == text)
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }

    @Test func aChangeThatBreaksOtherFilesIsRefusedWithTheirPlaces() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let file = DataFiles.site
        let text = try String(contentsOf: site.content.appendingPathComponent(file.path), encoding: .utf8)
        var form = try #require(DataForm.reading(text, file: file))
        form["d.policy.methods"] = "电话信息"
        guard case .invalid(let problems) = DataSave.save(form, by: Self.admin, contentFolder: site.content) else {
            Issue.record("a method still used by a record was taken out of the policy")
            return
        }
        #expect(problems.contains { $0.field == nil && $0.message.hasPrefix("records/2026/2026-03-12-li-si.md:") }, "\(problems)")
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }

    @Test func aSaveIsOneCommitByThePersonAndAnOlderFormIsRefused() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let file = DataFiles.assignments
        let text = try String(contentsOf: site.content.appendingPathComponent(file.path), encoding: .utf8)
        let opened = try #require(DataForm.reading(text, file: file))
        guard case .unchanged = DataSave.save(opened, by: Self.admin, contentFolder: site.content) else {
            Issue.record("an unchanged form was written")
            return
        }
        var first = opened
        first["d.0.note"] = "第一次"
        guard case .saved(let path, _) = DataSave.save(first, by: Self.admin, contentFolder: site.content) else {
            Issue.record("the change was not saved")
            return
        }
        #expect(path == "data/assignments.json")
        #expect(Git.run(["log", "-1", "--format=%an|%s"], in: site.folder)?.trimmed == "管理某|assignments (data/assignments.json): 1 values changed, 0 rows added, 0 rows removed")
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
        #expect(FileHistory.commits(path, contentFolder: site.content).count == 2)
        var second = opened
        second["d.0.note"] = "第二次"
        guard case .stale(let current) = DataSave.save(second, by: Self.admin, contentFolder: site.content) else {
            Issue.record("a save on the older version was not refused")
            return
        }
        #expect(current.contains("第一次"))
        #expect(!site.build(write: false).diagnostics.hasErrors)
        // 历史 and 恢复此版本 work for a data file too.
        let commits = FileHistory.commits(path, contentFolder: site.content)
        let now = FileVersion.current(path, contentFolder: site.content)
        guard case .saved = VersionRestore.restore(path, commit: commits[1].hash, version: now, by: Self.admin, contentFolder: site.content) else {
            Issue.record("the older version was not restored")
            return
        }
        #expect(try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8) == text)
    }

    @Test func dataPathsAreOnlyTheFilesWithForms() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(EditPermission.checkedPath("site.json", contentFolder: site.content) == "site.json")
        #expect(EditPermission.checkedPath("data/events.json", contentFolder: site.content) == "data/events.json")
        for bad in ["data/../site.json", "data/other.json", "../site.json", "/site.json", "data", "data/assignments.json/"] {
            #expect(EditPermission.checkedPath(bad, contentFolder: site.content) == nil, "\(bad)")
        }
        #expect(EditPermission.forFile("data/assignments.json") == .policy)
        #expect(EditPermission.forFile("data/other.json") == nil)
    }

    /// Every label a data form shows is in the catalogue.
    @Test func everyDataFieldHasALabel() {
        func check(_ kind: DataField.Kind) {
            guard case .group(let group) = kind else {
                if case .rows(let group) = kind { check(.group(group)) }
                return
            }
            for field in group.fields {
                #expect(Catalogue.all[group.labelKey(field.key)] != nil, "\(group.labelKey(field.key))")
                check(field.kind)
            }
        }
        for file in DataFiles.all {
            #expect(Catalogue.all[file.titleKey] != nil, "\(file.titleKey)")
            check(file.root.kind)
        }
    }
}

/// The data forms over HTTP: only 管理 opens and saves them, 添加一行 adds a blank row
/// without saving, and the page posted back as it came changes nothing.
@Suite(.language(.en)) struct EditorDataPageTests {
    typealias Browser = EditorHandlerTests.Browser

    static func browser(_ site: TestSite) throws -> Browser {
        let browser = try EditorHandlerTests.make(site)
        try EditAccounts(site.folder.appendingPathComponent("accounts")).set(login: "guan", name: "管理某", roles: [.admin], password: "admin-pass")
        return browser
    }

    /// Every input, select and text area of a page with its value, as a browser posts it.
    static func fields(_ page: String) throws -> [(String, String)] {
        var fields: [(String, String)] = []
        let unescape = { (text: Substring) -> String in
            String(text).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
        for match in page.matches(of: try Regex(#"<input ([^>]*)>"#)) {
            let attributes = String(match.output[1].substring ?? "")
            guard let name = attributes.firstMatch(of: try Regex(#"name="([^"]*)""#))?.output[1].substring,
                  !attributes.contains("type=\"checkbox\"") else { continue }
            let value = attributes.firstMatch(of: try Regex(#"value="([^"]*)""#))?.output[1].substring ?? ""
            fields.append((unescape(name), unescape(value)))
        }
        for match in page.matches(of: try Regex(#"<textarea [^>]*name="([^"]*)"[^>]*>\n?([^<]*)</textarea>"#)) {
            fields.append((unescape(match.output[1].substring ?? ""), unescape(match.output[2].substring ?? "")))
        }
        for match in page.matches(of: try Regex(#"<select [^>]*name="([^"]*)"[^>]*>(.*?)</select>"#)) {
            let selected = (match.output[2].substring ?? "").firstMatch(of: try Regex(#"<option value="([^"]*)" selected>"#))?.output[1].substring ?? ""
            fields.append((unescape(match.output[1].substring ?? ""), unescape(selected)))
        }
        return fields
    }

    @Test func onlyAdminOpensAndSavesADataForm() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.browser(site)
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        let token = try await browser.token()
        #expect(try await browser.send(.GET, "/__edit/data/form?path=data%2Fassignments.json").statusCode == .forbidden)
        let refused = try await browser.send(.POST, "/__edit/data", form: [("csrf", token), ("path", "data/assignments.json"), ("version", FileVersion.current("data/assignments.json", contentFolder: site.content)), ("d.0.note", "录入")])
        #expect(refused.statusCode == .forbidden)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
    }

    @Test func theFormPostedBackUnchangedWritesNothingAndAddRowAddsABlankRow() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.browser(site)
        #expect(try await browser.signIn("guan", "admin-pass").statusCode == .seeOther)
        let head = Git.run(["rev-parse", "HEAD"], in: site.folder)
        for file in DataFiles.all {
            let response = try await browser.send(.GET, "/__edit/data/form?path=\(Browser.encode(file.path))")
            #expect(response.statusCode == .ok, "\(file.path)")
            let page = try await browser.page(response)
            let fields = try Self.fields(page)
            #expect(fields.contains { $0.0 == "csrf" })
            let saved = try await browser.send(.POST, "/__edit/data", form: fields + [("action", "save")])
            let answer = try await browser.page(saved)
            #expect(saved.statusCode == .seeOther, "\(file.path): \(answer.prefix(2000))")
        }
        #expect(Git.run(["rev-parse", "HEAD"], in: site.folder) == head)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")

        let page = try await browser.page(browser.send(.GET, "/__edit/data/form?path=data%2Fassignments.json"))
        #expect(page.contains("name=\"d.1.contactor\"") && !page.contains("name=\"d.2.contactor\""))
        #expect(page.contains("<datalist id=\"party-members\"><option value=\"zhang-san\" label=\"张三 · zs · zhang-san\">"))
        let more = try await browser.page(browser.send(.POST, "/__edit/data", form: try Self.fields(page) + [("more", "d")]))
        #expect(more.contains("name=\"d.2.contactor\""))
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")

        // A new row with an unknown contactee: the error under its field, nothing written.
        var fields = try Self.fields(page).filter { !$0.0.hasPrefix("d.1.") }
        fields += [("d.1.contactor", "zhang-san"), ("d.1.kind", "pair"), ("d.1.contactees", "nobody-here"), ("action", "save")]
        let invalid = try await browser.send(.POST, "/__edit/data", form: fields)
        #expect(invalid.statusCode == .unprocessableContent)
        let shown = try await browser.page(invalid)
        #expect(shown.contains("id=\"problem-d.1.contactees\""))
        #expect(shown.contains("value=\"nobody-here\""))
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
    }
}
