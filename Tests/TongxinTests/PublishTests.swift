import Foundation
import Testing
@testable import Tongxin

/// Publishing and rolling back in a temporary git repository.
@Suite(.language(.en)) struct PublishTests {
    static func repository() throws -> TestSite {
        let site = try TestSite()
        try GitHistoryTests.git(["init", "-q", "-b", "main"], in: site.folder)
        try GitHistoryTests.git(["add", "-A"], in: site.folder)
        try GitHistoryTests.git(["commit", "-q", "-m", "第一版内容"], in: site.folder)
        return site
    }

    static func publisher(_ site: TestSite) throws -> Publisher {
        var options = Publisher.Options(content: site.content, theme: TestSite.theme)
        options.search = .off
        return try Publisher(options)
    }

    static func git(_ arguments: [String], in site: TestSite) -> String {
        Git.run(arguments, in: site.folder)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    @Test func publishCommitsBothAudiencesOnceAndRollsBack() throws {
        let site = try Self.repository()
        defer { site.remove() }
        let source = Self.git(["rev-parse", "HEAD"], in: site)
        let (first, problems) = try Self.publisher(site).publish()
        #expect(!problems.hasErrors, "\(problems.sorted)")
        guard case .published(let firstCommit, let named) = first else { Issue.record("not published: \(String(describing: first))"); return }
        #expect(named == source)
        #expect(Self.git(["log", "-1", "--format=%B", Publisher.defaultBranch], in: site).contains("Source-Commit: \(source)"))
        let files = Self.git(["ls-tree", "-r", "--name-only", Publisher.defaultBranch], in: site).split(separator: "\n")
        #expect(files.contains("internal/records/2026/2026-03-12-li-si/index.html"))
        #expect(files.contains("public/index.html"))
        #expect(!files.contains { $0.hasPrefix("public/records/") })
        #expect(!files.contains { $0.contains(".lock") })
        #expect(Self.git(["rev-parse", "--abbrev-ref", "HEAD"], in: site) == "main", "the current branch is untouched")
        #expect(Self.git(["status", "--porcelain"], in: site).isEmpty, "the working tree is untouched")

        let (again, _) = try Self.publisher(site).publish()
        #expect(again == .unchanged(commit: firstCommit), "publishing the same commit twice is a no-op")

        try site.write("pages/about.md", "---\ntitle: 关于（新）\n---\n新内容。\n")
        try GitHistoryTests.git(["commit", "-q", "-am", "第二版"], in: site.folder)
        let (second, _) = try Self.publisher(site).publish()
        guard case .published(let secondCommit, _) = second else { Issue.record("second release missing"); return }
        #expect(Self.git(["show", "\(Publisher.defaultBranch):internal/about/index.html"], in: site).contains("关于（新）"))

        let rolledBack = try Self.publisher(site).rollback()
        #expect(rolledBack == .rolledBack(commit: Self.git(["rev-parse", Publisher.defaultBranch], in: site), restores: firstCommit))
        #expect(Self.git(["rev-parse", "\(Publisher.defaultBranch)^{tree}"], in: site) == Self.git(["rev-parse", "\(firstCommit)^{tree}"], in: site))
        #expect(Self.git(["rev-parse", "\(Publisher.defaultBranch)^"], in: site) == secondCommit, "the branch only moves forward")
        #expect(throws: PublishError.self) { try Self.publisher(site).rollback() }
    }

    @Test func brokenContentIsNotPublished() throws {
        let site = try Self.repository()
        defer { site.remove() }
        try site.write("members/li-si.md", "---\nname: 李四\nparty: nobody\n---\n")
        try GitHistoryTests.git(["commit", "-q", "-am", "坏"], in: site.folder)
        let (outcome, problems) = try Self.publisher(site).publish()
        #expect(outcome == nil)
        #expect(problems.sorted.map(\.description).contains("members/li-si.md:3:8: error: unknown party 'nobody'"))
        #expect(Self.git(["branch", "--list", Publisher.defaultBranch], in: site).isEmpty)
    }

    @Test func uncommittedContentIsRefused() throws {
        let site = try Self.repository()
        defer { site.remove() }
        try site.write("pages/about.md", "---\ntitle: 未提交\n---\n")
        #expect(throws: PublishError.self) { try Self.publisher(site).publish() }
    }

    @Test func thePreCommitHookRunsTheCheck() throws {
        let site = try Self.repository()
        defer { site.remove() }
        let executable = try #require(CommandLineTests.executable)
        let hook = try Hooks.installPreCommit(content: site.content, theme: TestSite.theme, executable: executable, force: false)
        #expect(FileManager.default.isExecutableFile(atPath: hook.path))
        try site.write("members/li-si.md", "---\nname: 李四\nparty: nobody\n---\n")
        let refused = Git.runDetailed(["commit", "-q", "-am", "坏"], in: site.folder, environment: ["GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("content/members/li-si.md:3:8: error: 没有找到党派“nobody”"), "the hook speaks the office's language: Chinese")
        try site.write("members/li-si.md", "---\nname: 李四\nparty: cndca\n---\n")
        let accepted = Git.runDetailed(["commit", "-q", "-am", "好"], in: site.folder, environment: ["GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b", "GIT_COMMITTER_NAME": "a", "GIT_COMMITTER_EMAIL": "a@b"])
        #expect(accepted.status == 0, "\(accepted.error)")
        try "#!/bin/sh\necho mine\n".write(to: hook, atomically: true, encoding: .utf8)
        #expect(throws: HookError.self) { try Hooks.installPreCommit(content: site.content, theme: TestSite.theme, executable: executable, force: false) }
    }
}
