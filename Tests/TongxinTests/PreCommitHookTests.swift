import Foundation
import Testing
@testable import Tongxin

/// The pre-commit hook checks what the commit records (the index), not the working
/// files, and finds a phone number in public content at its line. Git runs the hook
/// with LC_ALL=C.UTF-8 here (Git.runDetailed), so it speaks Chinese, the default.
@Suite(.language(.zh)) struct PreCommitHookTests {
    static let identity = ["GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"]
    static let bad = "---\nname: 李四\nparty: nobody\n---\n"
    static let good = "---\nname: 李四\nparty: cndca\n---\n"

    static func installed() throws -> TestSite {
        let site = try PublishTests.repository()
        let executable = try #require(CommandLineTests.executable)
        _ = try Hooks.installPreCommit(content: site.content, theme: TestSite.theme, executable: executable, force: false)
        return site
    }

    struct Outcome: Sendable {
        var status: Int32
        var error: String
    }

    /// `git commit`, which runs the hook (a tongxin process), off the cooperative pool.
    static func commit(_ site: TestSite, _ arguments: [String] = []) async throws -> Outcome {
        let folder = site.folder
        return try await offThePool {
            let result = Git.runDetailed(["commit", "-q", "-m", "改"] + arguments, in: folder, environment: identity)
            return Outcome(status: result.status, error: result.error)
        }
    }

    @Test func aFileStagedBadAndFixedInTheWorkingCopyIsRefused() async throws {
        let site = try Self.installed()
        defer { site.remove() }
        try site.write("members/li-si.md", Self.bad)
        try GitHistoryTests.git(["add", "content/members/li-si.md"], in: site.folder)
        try site.write("members/li-si.md", Self.good)  // fixed, but not staged
        let refused = try await Self.commit(site)
        #expect(refused.status != 0)
        #expect(refused.error.contains("content/members/li-si.md:3:8: error: 没有找到党派“nobody”"), "\(refused.error)")
        // Staging the fix lets it through.
        try GitHistoryTests.git(["add", "content/members/li-si.md"], in: site.folder)
        let accepted = try await Self.commit(site)
        #expect(accepted.status == 0, "\(accepted.error)")
    }

    @Test func aFileStagedGoodAndBrokenInTheWorkingCopyIsAccepted() async throws {
        let site = try Self.installed()
        defer { site.remove() }
        try site.write("pages/about.md", "---\ntitle: 新的关于\n---\n新。\n")
        try GitHistoryTests.git(["add", "content/pages/about.md"], in: site.folder)
        try site.write("members/li-si.md", Self.bad)  // broken, but not staged
        let accepted = try await Self.commit(site)
        #expect(accepted.status == 0, "\(accepted.error)")
        // `commit -a` records the working copy: now the broken file is refused.
        let refused = try await Self.commit(site, ["-a"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("content/members/li-si.md:3:8: error:"))
    }

    @Test func aPhoneNumberInAPublicCaseIsReportedAtItsLine() async throws {
        let site = try Self.installed()
        defer { site.remove() }
        let story = "---\ntitle: 一个案例\n---\n第一段。\n\n联系电话 139-0000-1234，欢迎来电。\n"
        try site.write("cases/story.md", story)
        // The same number in an internal record is no leak.
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n李四留了电话 13900001234。\n")
        try GitHistoryTests.git(["add", "-A"], in: site.folder)
        let refused = try await Self.commit(site)
        #expect(refused.status != 0)
        let lines = refused.error.split(separator: "\n").map(String.init)
        let mobile = Catalogue.text("leak.kind.mobile", [], language: .zh)
        #expect(lines.contains("content/cases/story.md:6:6: error: " + Catalogue.text("leak.number", [mobile, "139******34"], language: .zh)), "\(refused.error)")
        #expect(!refused.error.contains("records/2026"))
        // A member's private value copied into a public page is found too.
        try site.write("cases/story.md", "---\ntitle: 一个案例\n---\n李四的电话是 13900000000。\n")
        try GitHistoryTests.git(["add", "-A"], in: site.folder)
        let again = try await Self.commit(site)
        #expect(again.error.contains("content/cases/story.md:4:8: error: " + Catalogue.text("leak.number", [mobile, "139******00"], language: .zh)), "\(again.error)")
        let field = Catalogue.text("leak.kind.memberField", [], language: .zh)
        #expect(again.error.contains("content/cases/story.md:4:8: error: " + Catalogue.text("leak.value", [field, "139******00", "members/li-si.md:7:8"], language: .zh)), "\(again.error)")
    }
}
