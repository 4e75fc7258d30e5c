import FlyingFox
import Foundation
import Testing
@testable import Tongxin
@testable import TongxinServe

/// 恢复此版本 and 删除 in `tongxin edit`: an older version written back as a new commit
/// after the same checks as a save, and a deletion refused while other content refers
/// to the file, committed by the person, and restorable from the file's 历史.
@Suite(.language(.en)) struct EditorRestoreTests {
    static let record = "records/2026/2026-03-12-li-si.md"
    static let admin = EditAccount(login: "guan", name: "管理某", roles: [.admin], hash: "")
    static let publicity = EditAccount(login: "xc", name: "宣传某", roles: [.publicity], hash: "")
    static let story = "---\ntitle: 一个故事\ndate: 2026-05-01\naudience: public\n---\n正文。\n"

    static func read(_ site: TestSite, _ path: String) -> Data? {
        try? Data(contentsOf: site.content.appendingPathComponent(path))
    }

    static func head(_ site: TestSite) -> String {
        Git.run(["log", "-1", "--format=%an|%s"], in: site.folder)?.trimmed ?? ""
    }

    @Test func anOlderVersionComesBackAsANewCommit() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let original = try #require(Self.read(site, Self.record))
        var form = try #require(RecordSheet.reading(String(decoding: original, as: UTF8.self), path: Self.record))
        form.place = "第二会议室"
        guard case .saved = RecordSave.save(form, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the change was not saved")
            return
        }
        let commits = FileHistory.commits(Self.record, contentFolder: site.content)
        #expect(commits.count == 2)
        let older = commits[1].hash
        let current = FileVersion.current(Self.record, contentFolder: site.content)
        // The version the page was opened on is checked as a save's is.
        guard case .stale = VersionRestore.restore(Self.record, commit: older, version: FileVersion.of(original), by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("a restore from an outdated page was not refused")
            return
        }
        guard case .refused = VersionRestore.restore(Self.record, commit: older, version: current, by: Self.publicity, contentFolder: site.content) else {
            Issue.record("a 宣传 account restored a record")
            return
        }
        guard case .saved = VersionRestore.restore(Self.record, commit: older, version: current, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the older version was not restored")
            return
        }
        #expect(Self.read(site, Self.record) == original)
        #expect(Self.head(site) == "王某|restore \(Self.record) to the version of \(older.prefix(10))")
        // Nothing rewritten: the replaced version is still there, and can come back too.
        let after = FileHistory.commits(Self.record, contentFolder: site.content)
        #expect(after.count == 3 && after[2].hash == older)
        #expect(FileHistory.text(Self.record, at: after[1].hash, contentFolder: site.content)?.contains("第二会议室") == true)
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
        // Restoring what the file already holds commits nothing.
        let same = VersionRestore.restore(Self.record, commit: older, version: FileVersion.current(Self.record, contentFolder: site.content), by: EditorTests.clerk, contentFolder: site.content)
        #expect(same == .unchanged(path: Self.record))
        #expect(FileHistory.commits(Self.record, contentFolder: site.content).count == 3)
    }

    @Test func aVersionThatFailsTodaysChecksIsNotRestored() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        // An older version naming someone who is no longer a member (committed by hand).
        let text = try #require(Self.read(site, Self.record))
        try site.write(Self.record, String(decoding: text, as: UTF8.self).replacingOccurrences(of: "contactees: [李四]", with: "contactees: [李四, 王五]"))
        try site.write("members/wang-wu.md", "---\nname: 王五\nparty: 民建\nsector: 经济界\n---\n王五。\n")
        #expect(Git.runDetailed(["-c", "user.name=x", "-c", "user.email=x@x.invalid", "commit", "-qam", "with 王五"], in: site.folder).status == 0)
        #expect(Git.runDetailed(["add", "."], in: site.folder).status == 0)
        #expect(Git.runDetailed(["-c", "user.name=x", "-c", "user.email=x@x.invalid", "commit", "-qm", "王五"], in: site.folder).status == 0)
        let withWangWu = try #require(FileHistory.commits(Self.record, contentFolder: site.content).first).hash
        try site.write(Self.record, String(decoding: text, as: UTF8.self))
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("members/wang-wu.md"))
        #expect(Git.runDetailed(["-c", "user.name=x", "-c", "user.email=x@x.invalid", "commit", "-qam", "王五 left"], in: site.folder).status == 0)
        let before = Git.run(["rev-parse", "HEAD"], in: site.folder)
        let outcome = VersionRestore.restore(Self.record, commit: withWangWu, version: FileVersion.current(Self.record, contentFolder: site.content), by: EditorTests.clerk, contentFolder: site.content)
        guard case .invalid(let problems) = outcome else {
            Issue.record("a version naming an unknown member was restored: \(outcome)")
            return
        }
        #expect(problems.contains { $0.message.hasPrefix("\(Self.record):") && $0.message.contains("王五") })
        #expect(Git.run(["rev-parse", "HEAD"], in: site.folder) == before)
        #expect(Self.read(site, Self.record) == text)
    }

    @Test func aDeletionIsRefusedWhileOthersReferToTheFile() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let member = "members/li-si.md"
        let outcome = ContentDelete.delete(member, version: FileVersion.current(member, contentFolder: site.content), by: Self.admin, contentFolder: site.content)
        guard case .blocked(let problems) = outcome else {
            Issue.record("a member named in a record and an assignment was deleted: \(outcome)")
            return
        }
        // Each place is located, in the file that names the member.
        #expect(problems.contains { $0.message.hasPrefix("\(Self.record):") && $0.message.contains("李四") })
        #expect(problems.contains { $0.message.hasPrefix("data/assignments.json:") && $0.message.contains("li-si") })
        #expect(Self.read(site, member) != nil)
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
        // Roles: 录入 deletes records only.
        guard case .refused = ContentDelete.delete(member, version: FileVersion.current(member, contentFolder: site.content), by: EditorTests.clerk, contentFolder: site.content),
              case .refused = ContentDelete.delete(Self.record, version: FileVersion.current(Self.record, contentFolder: site.content), by: Self.publicity, contentFolder: site.content) else {
            Issue.record("a deletion outside the account's roles was made")
            return
        }
    }

    @Test func aDeletedFileIsOneCommitAndComesBackFromItsHistory() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let original = try #require(Self.read(site, Self.record))
        guard case .stale = ContentDelete.delete(Self.record, version: FileVersion.absent, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("a deletion confirmed on another version was made")
            return
        }
        guard case .deleted = ContentDelete.delete(Self.record, version: FileVersion.of(original), by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the record was not deleted")
            return
        }
        #expect(Self.read(site, Self.record) == nil)
        #expect(Self.head(site) == "王某|delete \(Self.record)")
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
        #expect(!site.build(write: false).diagnostics.hasErrors)
        // The 历史 of the deleted path: the deletion, then the version before it.
        #expect(FileHistory.deletedFiles(sections: EditPermission.editableSections, contentFolder: site.content).map(\.path) == [Self.record])
        #expect(ContentPath.checked(Self.record, sections: ["records"], contentFolder: site.content) == Self.record)
        let commits = FileHistory.commits(Self.record, contentFolder: site.content)
        #expect(commits.count == 2)
        #expect(FileHistory.deletions(Self.record, contentFolder: site.content) == [commits[0].hash])
        guard case .refused = VersionRestore.restore(Self.record, commit: commits[0].hash, version: FileVersion.absent, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the deleting commit was taken for a version")
            return
        }
        guard case .saved = VersionRestore.restore(Self.record, commit: commits[1].hash, version: FileVersion.absent, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the deleted record did not come back")
            return
        }
        #expect(Self.read(site, Self.record) == original)
        #expect(FileHistory.deletedFiles(sections: EditPermission.editableSections, contentFolder: site.content).isEmpty)
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }

    @Test func aPublicCaseIsDeletedOnlyByAReviewerOrAnAdministrator() throws {
        let site = try EditorTests.repositorySite(["cases/story.md": Self.story])
        defer { site.remove() }
        let path = "cases/story.md"
        let version = FileVersion.current(path, contentFolder: site.content)
        guard case .refused(let reason) = ContentDelete.delete(path, version: version, by: Self.publicity, contentFolder: site.content) else {
            Issue.record("a 宣传 account took a public case off the public site")
            return
        }
        #expect(reason.contains("public"))
        guard case .deleted = ContentDelete.delete(path, version: version, by: Self.admin, contentFolder: site.content) else {
            Issue.record("管理 could not delete the case")
            return
        }
        // Bringing a public version back is making a case public: 审核 only.
        let commits = FileHistory.commits(path, contentFolder: site.content)
        guard case .refused = VersionRestore.restore(path, commit: commits[1].hash, version: FileVersion.absent, by: Self.publicity, contentFolder: site.content) else {
            Issue.record("a 宣传 account restored a public case")
            return
        }
        #expect(Self.read(site, path) == nil)
    }

    @Test func aCaseInABriefIsNotDeleted() throws {
        let site = try EditorTests.repositorySite(["cases/story.md": Self.story, "briefs/2026-01.md": BriefTests.brief(issue: 1, cases: "[story]")])
        defer { site.remove() }
        let path = "cases/story.md"
        guard case .blocked(let problems) = ContentDelete.delete(path, version: FileVersion.current(path, contentFolder: site.content), by: Self.admin, contentFolder: site.content) else {
            Issue.record("a case named in a brief was deleted")
            return
        }
        #expect(problems.contains { $0.message.hasPrefix("briefs/2026-01.md:") && $0.message.contains("story") }, "\(problems)")
        #expect(Self.read(site, path) != nil)
    }

    // MARK: - through the editor's pages

    @Test func theHistoryPageRestoresAndTheDeletePageConfirms() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try EditorHandlerTests.make(site)
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        let token = try await browser.token()
        let original = try #require(Self.read(site, Self.record))
        var form = try #require(RecordSheet.reading(String(decoding: original, as: UTF8.self), path: Self.record))
        form.place = "第二会议室"
        _ = RecordSave.save(form, by: EditorTests.clerk, contentFolder: site.content)
        let older = FileHistory.commits(Self.record, contentFolder: site.content)[1].hash
        let history = try await browser.page(browser.send(.GET, "/__edit/history?path=\(Self.record)"))
        #expect(history.contains("Restore this version") && history.contains("value=\"\(older)\"") && history.contains("current version"))
        let version = FileVersion.current(Self.record, contentFolder: site.content)
        let fields = [("path", Self.record), ("commit", older), ("version", version)]
        #expect(try await browser.send(.POST, "/__edit/restore", form: fields).statusCode == .forbidden)
        #expect(try await browser.send(.POST, "/__edit/restore", form: [("csrf", token), ("path", "records/../site.json"), ("commit", older), ("version", version)]).statusCode == .badRequest)
        let restored = try await browser.send(.POST, "/__edit/restore", form: [("csrf", token)] + fields)
        #expect(restored.statusCode == .seeOther)
        #expect(Self.read(site, Self.record) == original)
        // The same button again, on the page as it was: the file changed since.
        #expect(try await browser.send(.POST, "/__edit/restore", form: [("csrf", token)] + fields).statusCode == .conflict)

        // Delete: a confirmation page, then the POST with the token.
        let confirm = try await browser.page(browser.send(.GET, "/__edit/delete?path=\(Self.record)"))
        #expect(confirm.contains("action=\"/__edit/delete\""))
        let current = FileVersion.current(Self.record, contentFolder: site.content)
        #expect(try await browser.send(.POST, "/__edit/delete", form: [("path", Self.record), ("version", current)]).statusCode == .forbidden)
        #expect(Self.read(site, Self.record) != nil)
        let deleted = try await browser.send(.POST, "/__edit/delete", form: [("csrf", token), ("path", Self.record), ("version", current)])
        #expect(deleted.statusCode == .seeOther)
        #expect(Self.read(site, Self.record) == nil)
        let list = try await browser.page(browser.send(.GET, try #require(deleted.headers[.location])))
        #expect(list.contains(Self.record) && list.contains("deleted and committed"))
        // The deleted file's history still offers its last version.
        let gone = try await browser.page(browser.send(.GET, "/__edit/history?path=\(Self.record)"))
        #expect(gone.contains("was deleted") && gone.contains("deleted here") && gone.contains("value=\"new\""))
        // 录入 may not delete a member; the page says so before anything is asked.
        #expect(try await browser.send(.GET, "/__edit/delete?path=members/li-si.md").statusCode == .forbidden)
    }
}
