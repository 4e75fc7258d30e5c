import Foundation
import Testing
@testable import Tongxin

/// The library side of `tongxin edit`: accounts, the 记录单 form's round trip, saving
/// through the validator into git, and the path guard.
@Suite(.language(.en)) struct EditorTests {
    /// A TestSite whose folder is a git repository with everything committed.
    static func repositorySite(_ files: [String: String?] = [:]) throws -> TestSite {
        let site = try TestSite(files)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=setup", "-c", "user.email=setup@example.invalid", "commit", "-qm", "start"]] {
            #expect(Git.runDetailed(arguments, in: site.folder).status == 0)
        }
        return site
    }

    static let clerk = EditAccount(login: "wang", name: "王某", roles: [.entry], hash: "")

    @Test func accountsKeepYescryptHashesAndCheckPasswords() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-accounts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = EditAccounts(folder.appendingPathComponent("accounts"))
        #expect(try file.set(login: "wang", name: "王某", roles: [.entry], password: "correct horse") == .added)
        #expect(try file.set(login: "li", name: "李某", roles: [.publicity, .review], password: "another one") == .added)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(text.contains("wang:王某:录入:$y$"))
        #expect(!text.contains("correct horse"))
        let mode = try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try file.verify(login: "wang", password: "correct horse")?.name == "王某")
        #expect(try file.verify(login: "wang", password: "wrong horse") == nil)
        #expect(try file.verify(login: "nobody", password: "correct horse") == nil)
        #expect(try file.verify(login: "li", password: "another one")?.roles == [.publicity, .review])
        #expect(try file.set(login: "wang", name: "王某", roles: [.entry, .admin], password: "new password") == .replaced)
        #expect(try file.accounts().count == 2)
        #expect(throws: EditAccountError.self) { try file.set(login: "../x", name: "x", roles: [.entry], password: "12345678") }
        #expect(throws: EditAccountError.self) { try file.set(login: "x", name: "a:b", roles: [.entry], password: "12345678") }
        #expect(throws: EditAccountError.self) { try file.set(login: "x", name: "x", roles: [.entry], password: "short") }
        #expect(throws: EditAccountError.self) { try file.set(login: "x", name: "x", roles: [], password: "12345678") }
    }

    /// Every record of the bundled example through its form, unchanged: the same bytes.
    @Test func everyBundledRecordRoundTripsThroughItsForm() throws {
        let records = TestSite.repository.appendingPathComponent("content/records")
        let paths = try #require(FileManager.default.subpaths(atPath: records.path)).filter { $0.hasSuffix(".md") }
        #expect(paths.count > 50)
        for path in paths {
            let text = try String(contentsOf: records.appendingPathComponent(path), encoding: .utf8)
            let form = try #require(RecordSheet.reading(text, path: "records/" + path), "records/\(path)")
            #expect(form.text(original: text) == text, "records/\(path)")
            // As a browser posts it: a text area without the last line end, an empty
            // suggestion row at the end.
            var posted = form
            if posted.body.hasSuffix("\n") { posted.body.removeLast() }
            posted.suggestions.append(SuggestionRow())
            // Check boxes are posted in the policy's order, not the file's.
            posted.topics.sort()
            #expect(posted.text(original: text) == text, "records/\(path) as posted")
        }
    }

    /// Awkward values (YAML's own marks, quotes, a leading digit, full-width punctuation)
    /// written into every bundled record read back exactly, and every other field with them.
    @Test func awkwardValuesReadBackExactlyAndLeaveTheOtherFieldsAlone() throws {
        let records = TestSite.repository.appendingPathComponent("content/records")
        let paths = try #require(FileManager.default.subpaths(atPath: records.path)).filter { $0.hasSuffix(".md") }.sorted().prefix(40)
        let values = ["会议室: 三楼 # 东侧", "\"引号\" 和 '单引号'", "0571-1234", "[不是列表]", "true", "  前后空格  ".trimmingCharacters(in: .whitespaces),
                      "市政协，三楼：会议室", "- 破折号开头", "{大括号}", "a\\b", "@开头", "null"]
        for (index, path) in paths.enumerated() {
            let text = try String(contentsOf: records.appendingPathComponent(path), encoding: .utf8)
            let form = try #require(RecordSheet.reading(text, path: "records/" + path))
            var changed = form
            changed.place = values[index % values.count]
            changed.recorder = values[(index + 3) % values.count]
            changed.contactees = form.contactees + "、" + "王五"
            let edited = changed.text(original: text)
            var again = try #require(RecordSheet.reading(edited, path: "records/" + path), "records/\(path)")
            #expect(again.place == changed.place, "records/\(path)")
            #expect(again.recorder == changed.recorder, "records/\(path)")
            #expect(again.contacteeList == changed.contacteeList, "records/\(path)")
            again.place = form.place
            again.recorder = form.recorder
            again.contactees = form.contactees
            again.version = form.version
            #expect(again == form, "records/\(path): another field changed")
        }
    }

    @Test func aChangedFieldIsEditedInPlaceKeepingCommentsAliasesAndUnknownKeys() throws {
        let original = """
            ---
            # 记录单
            编号: 2026-031              # 本年度编号
            date: 2026-03-12
            联系地点: 会议室             # 联系地点（必填）
            contactor: 张三
            contactees: [李四]
            method: 走访看望
            extra_note: 办公室自用
            suggestions:
              - text: 建议一
                route: 提案
                handling: 转提案委        # 处理意见
            recorder: 办公室
            ---
            谈了很多。

            """
        var form = try #require(RecordSheet.reading(original, path: "records/2026/x.md"))
        #expect(form.number == "2026-031")
        #expect(form.place == "会议室")
        form.place = "市政协三楼会议室"
        form.suggestions[0].status = "办理中"
        let edited = form.text(original: original)
        #expect(edited == """
            ---
            # 记录单
            编号: 2026-031              # 本年度编号
            date: 2026-03-12
            联系地点: 市政协三楼会议室   # 联系地点（必填）
            contactor: 张三
            contactees: [李四]
            method: 走访看望
            extra_note: 办公室自用
            suggestions:
              - text: 建议一
                route: 提案
                status: 办理中
                handling: 转提案委
            recorder: 办公室
            ---
            谈了很多。

            """)
    }

    @Test func anUnknownContacteeIsShownAtItsFieldAndNothingIsWritten() throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        var form = RecordSheet.blank(today: Day(year: 2026, month: 11, day: 20)!, contentFolder: site.content)
        #expect(form.number == "2026-001")
        form.contactor = "张三"
        form.contactees = "李斯"
        form.method = "走访看望"
        form.place = "会议室"
        form.recorder = "办公室 王某"
        form.body = "谈了工作。"
        guard case .invalid(let problems) = RecordSave.save(form, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("an unknown contactee was saved")
            return
        }
        #expect(problems.contains { $0.field == "contactees" && $0.message.contains("李斯") })
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("records/2026/2026-11-20-record.md").path))
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")

        form.contactees = "李四"
        guard case .saved(let path, _) = RecordSave.save(form, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("the corrected form was not saved")
            return
        }
        #expect(path == "records/2026/2026-11-20-li-si.md")
        #expect(Git.run(["log", "-1", "--format=%an|%s"], in: site.folder)?.trimmed == "王某|contact record 2026-001: 张三 contacted 李四")
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
        #expect(FileHistory.commits(path, contentFolder: site.content).map(\.author) == ["王某"])
        // The saved file passes `tongxin check` as a whole.
        #expect(!site.build(write: false).diagnostics.hasErrors)
    }

    @Test func aSaveOnAnOlderVersionIsRefusedWithBothTexts() throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        let path = "records/2026/2026-03-12-li-si.md"
        let text = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        var first = try #require(RecordSheet.reading(text, path: path))
        var second = first
        first.place = "第一会议室"
        second.place = "第二会议室"
        guard case .saved = RecordSave.save(first, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("the first save failed")
            return
        }
        guard case .stale(let current) = RecordSave.save(second, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("the second save on the old version was not refused")
            return
        }
        #expect(current.contains("第一会议室"))
        #expect(second.place == "第二会议室")
        #expect(try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8).contains("第一会议室"))
    }

    /// Jinhua 四.4: the window's 处理意见, 处理情况 and 备案日期 of a suggestion.
    @Test func aSuggestionsFollowUpIsSavedAndChecked() throws {
        let site = try Self.repositorySite(["records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\nsuggestions:\n  - text: 建议一\n    route: 提案\n    status: 待处理\n---\n谈了**很多**。\n"])
        defer { site.remove() }
        let path = "records/2026/2026-03-12-li-si.md"
        let text = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        var form = try #require(RecordSheet.reading(text, path: path))
        form.suggestions[0].status = "已反馈"
        form.suggestions[0].feedback = "2026-04-02"
        form.suggestions[0].handling = "转为提案，由提案委跟进"
        form.suggestions[0].result = "已立案，承办单位答复采纳"
        form.suggestions[0].filed = "2026-03-01"
        guard case .invalid(let problems) = RecordSave.save(form, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("a filing date before the contact was saved")
            return
        }
        #expect(problems.contains { $0.field == "suggestions" && $0.message.contains("2026-03-01") })
        form.suggestions[0].filed = "2026-04-03"
        guard case .saved = RecordSave.save(form, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("the follow-up was not saved")
            return
        }
        let saved = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        #expect(saved.contains("    handling: 转为提案，由提案委跟进\n    result: 已立案，承办单位答复采纳\n    filed: 2026-04-03\n"))
        let (site2, diagnostics) = ContentLoader.load(contentFolder: site.content)
        #expect(!diagnostics.hasErrors)
        #expect(site2.records.first?.suggestions.first?.filed?.value == Day(year: 2026, month: 4, day: 3))
    }

    @Test func onlyRolesThatMayWriteRecordsSaveThem() throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        let publicity = EditAccount(login: "xc", name: "宣传某", roles: [.publicity], hash: "")
        var form = RecordSheet.blank(today: Day(year: 2026, month: 11, day: 20)!, contentFolder: site.content)
        form.contactor = "张三"
        form.contactees = "李四"
        guard case .refused = RecordSave.save(form, by: publicity, contentFolder: site.content) else {
            Issue.record("a 宣传 account saved a record")
            return
        }
    }

    @Test func membersAreOfferedWithTheirPinyinInitials() {
        #expect(NameInitials.of("潘志远") == "pzy")
        #expect(NameInitials.of("单志诚") == "szc")
        #expect(NameInitials.of("曾雅琴") == "zyq")
        #expect(NameInitials.of("陈 琳") == "cl")
    }

    @Test func pathsOutsideTheContentFolderAreRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        let content = site.content
        #expect(ContentPath.checked("records/2026/2026-03-12-li-si.md", sections: ["records"], contentFolder: content) != nil)
        for bad in ["../site.json", "records/../../etc/passwd", "/etc/passwd", "records/2026/../../../x.md", "records/.hidden.md",
                    "records//x.md", "records\\..\\x.md", "members/zhang-san.md", "records", ""] {
            #expect(ContentPath.checked(bad, sections: ["records"], contentFolder: content) == nil, "\(bad)")
        }
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("records/out").path, withDestinationPath: "/tmp")
        #expect(ContentPath.checked("records/out/x.md", sections: ["records"], contentFolder: content) == nil)
    }
}
