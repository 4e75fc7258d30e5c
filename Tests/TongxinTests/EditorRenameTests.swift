import Foundation
import Testing
@testable import Tongxin

/// 改名 of a record or case: one `git mv` commit by the person, refused while a brief
/// names the case, on a taken or invalid name, on an older version, or for a role that
/// may not delete the file.
@Suite(.language(.en)) struct EditorRenameTests {
    static let publicCase = "---\ntitle: 一个案例\ndate: 2026-05-01\nmembers: [李四]\naudience: internal\n---\n正文。\n"
    static let brief = "---\nissue: 1\ndate: 2026-06-01\ntitle: 简报\ncases: [open]\n---\n编者按。\n"

    @Test func aRecordIsRenamedInOneCommit() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let path = "records/2026/2026-03-12-li-si.md"
        let version = FileVersion.current(path, contentFolder: site.content)
        guard case .refused = ContentRename.rename(path, to: "2026-03-12-visit", version: version, by: EditorCaseTests.publicity, contentFolder: site.content) else {
            Issue.record("宣传 renamed a record")
            return
        }
        guard case .invalid = ContentRename.rename(path, to: "../x", version: version, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("a name with a slash was taken")
            return
        }
        guard case .stale = ContentRename.rename(path, to: "2026-03-12-visit", version: "new", by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("an older version was renamed")
            return
        }
        guard case .renamed(let target, _) = ContentRename.rename(path, to: "2026-03-12-visit", version: version, by: EditorTests.clerk, contentFolder: site.content) else {
            Issue.record("the record was not renamed")
            return
        }
        #expect(target == "records/2026/2026-03-12-visit.md")
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent(path).path))
        #expect(Git.run(["log", "-1", "--format=%an|%s"], in: site.folder)?.trimmed == "王某|rename \(path) → \(target)")
        #expect(Git.run(["show", "--format=", "--name-status", "-M", "HEAD"], in: site.folder)?.hasPrefix("R100") == true)
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }

    @Test func aCaseABriefNamesIsNotRenamed() throws {
        let site = try EditorTests.repositorySite(["cases/open.md": Self.publicCase, "cases/other.md": Self.publicCase, "briefs/2026-01.md": Self.brief])
        defer { site.remove() }
        let version = FileVersion.current("cases/open.md", contentFolder: site.content)
        guard case .invalid(let taken) = ContentRename.rename("cases/open.md", to: "other", version: version, by: EditorCaseTests.publicity, contentFolder: site.content) else {
            Issue.record("a taken name was accepted")
            return
        }
        #expect(taken.contains("cases/other.md"))
        guard case .blocked(let places) = ContentRename.rename("cases/open.md", to: "renamed", version: version, by: EditorCaseTests.publicity, contentFolder: site.content) else {
            Issue.record("a case named in a brief was renamed")
            return
        }
        #expect(places.contains { $0.message.hasPrefix("briefs/2026-01.md:") }, "\(places)")
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/open.md").path))
        #expect(Git.run(["status", "--porcelain"], in: site.folder) == "")
    }
}
