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

    static let internalBranch = Publisher.defaultBranches[.internal]!
    static let publicBranch = Publisher.defaultBranches[.public]!

    static func outcome(_ releases: [Publisher.Release], _ audience: Audience) -> Publisher.Outcome? {
        releases.first { $0.audience == audience }?.outcome
    }

    @Test func publishCommitsEachAudienceToItsOwnBranchOnce() throws {
        let site = try Self.repository()
        defer { site.remove() }
        let source = Self.git(["rev-parse", "HEAD"], in: site)
        let (releases, problems) = try Self.publisher(site).publish()
        #expect(!problems.hasErrors, "\(problems.sorted)")
        #expect(releases.map(\.branch) == [Self.internalBranch, Self.publicBranch])
        guard case .published(let internalCommit, let named) = Self.outcome(releases, .internal),
              case .published(let publicCommit, _) = Self.outcome(releases, .public) else {
            Issue.record("not published: \(releases)"); return
        }
        #expect(named == source)
        #expect(Self.git(["log", "-1", "--format=%B", Self.internalBranch], in: site).contains("Source-Commit: \(source)"))
        #expect(Self.git(["log", "-1", "--format=%B", Self.internalBranch], in: site).contains("第一版内容"))
        let publicMessage = Self.git(["log", "-1", "--format=%B", Self.publicBranch], in: site)
        #expect(publicMessage.contains("Source-Commit: \(source)"))
        #expect(!publicMessage.contains("第一版内容"), "a source commit's subject may name people: not in the public branch")

        // Each branch's root is its site's root.
        let internalFiles = Self.git(["ls-tree", "-r", "--name-only", Self.internalBranch], in: site).split(separator: "\n")
        let publicFiles = Self.git(["ls-tree", "-r", "--name-only", Self.publicBranch], in: site).split(separator: "\n")
        #expect(internalFiles.contains("records/2026/2026-03-12-li-si/index.html"))
        #expect(internalFiles.contains("index.html"))
        #expect(publicFiles.contains("index.html"))
        #expect(publicFiles.contains("rules/method/index.html"))
        #expect(!publicFiles.contains { $0.hasPrefix("records/") || $0.hasPrefix("members/") || $0.hasPrefix("internal/") })
        #expect(!(internalFiles + publicFiles).contains { $0.hasPrefix(".") || $0.contains(".lock") || $0.contains(".pages") })
        #expect(Self.git(["rev-parse", "--abbrev-ref", "HEAD"], in: site) == "main", "the current branch is untouched")
        #expect(Self.git(["status", "--porcelain"], in: site).isEmpty, "the working tree is untouched")

        let (again, _) = try Self.publisher(site).publish()
        #expect(Self.outcome(again, .internal) == .unchanged(commit: internalCommit), "publishing the same commit twice is a no-op")
        #expect(Self.outcome(again, .public) == .unchanged(commit: publicCommit))
    }

    /// What a public server fetches: a clone of the public branch alone holds no object
    /// of the internal site, in any commit.
    @Test func thePublicBranchHistoryHoldsNothingInternal() throws {
        let site = try Self.repository()
        defer { site.remove() }
        _ = try Self.publisher(site).publish()
        try site.write("rules/method.md", "---\ntitle: 联系办法（修订）\nnumber: 测政协党组〔2022〕8号\nissued: 2022-06-28\norder: 1\n---\n修订。\n")
        try GitHistoryTests.git(["commit", "-q", "-am", "第二版"], in: site.folder)
        _ = try Self.publisher(site).publish()
        #expect(Git.run(["merge-base", Self.internalBranch, Self.publicBranch], in: site.folder) == nil, "the branches share no commit")

        let clone = site.folder.appendingPathComponent("public-server")
        let cloned = Git.runDetailed(["clone", "-q", "--single-branch", "--branch", Self.publicBranch, "file://" + site.folder.path, clone.path], in: site.folder)
        #expect(cloned.status == 0, "\(cloned.error)")
        let objects = Git.run(["rev-list", "--all", "--objects"], in: clone) ?? ""
        #expect(Git.run(["rev-list", "--all", "--count"], in: clone)?.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
        #expect(!objects.contains("records/") && !objects.contains("members/"), "\(objects)")
        var everyBlob = ""
        for line in objects.split(separator: "\n") {
            let id = String(line.prefix(40))
            if Git.run(["cat-file", "-t", id], in: clone)?.hasPrefix("blob") == true { everyBlob += Git.run(["cat-file", "-p", id], in: clone) ?? "" }
        }
        #expect(everyBlob.contains("联系办法（修订）") && everyBlob.contains("联系办法"))
        #expect(!everyBlob.contains("13900000000") && !everyBlob.contains("谈了"), "no private field or record in any public object")
    }

    @Test func rollbackWorksPerBranch() throws {
        let site = try Self.repository()
        defer { site.remove() }
        let (first, _) = try Self.publisher(site).publish()
        guard case .published(let firstInternal, _) = Self.outcome(first, .internal),
              case .published(let firstPublic, _) = Self.outcome(first, .public) else { Issue.record("\(first)"); return }
        try site.write("pages/about.md", "---\ntitle: 关于（新）\n---\n新内容。\n")
        try site.write("rules/method.md", "---\ntitle: 联系办法（修订）\nnumber: 测政协党组〔2022〕8号\nissued: 2022-06-28\norder: 1\n---\n修订。\n")
        try GitHistoryTests.git(["commit", "-q", "-am", "第二版"], in: site.folder)
        let (second, _) = try Self.publisher(site).publish()
        guard case .published(let secondPublic, _) = Self.outcome(second, .public) else { Issue.record("\(second)"); return }
        #expect(Self.git(["show", "\(Self.internalBranch):about/index.html"], in: site).contains("关于（新）"))

        let publicOnly = try Self.publisher(site).rollback([.public])
        #expect(publicOnly == [Publisher.Release(audience: .public, branch: Self.publicBranch,
                                                 outcome: .rolledBack(commit: Self.git(["rev-parse", Self.publicBranch], in: site), restores: firstPublic))])
        #expect(Self.git(["rev-parse", "\(Self.publicBranch)^{tree}"], in: site) == Self.git(["rev-parse", "\(firstPublic)^{tree}"], in: site))
        #expect(Self.git(["rev-parse", "\(Self.publicBranch)^"], in: site) == secondPublic, "the branch only moves forward")
        #expect(Self.git(["show", "\(Self.internalBranch):about/index.html"], in: site).contains("关于（新）"), "the internal branch did not move")

        // Both at once: the public branch's live release is now its first, so nothing
        // moves, not even the internal branch that could roll back.
        let internalHead = Self.git(["rev-parse", Self.internalBranch], in: site)
        #expect(throws: PublishError.self) { try Self.publisher(site).rollback() }
        #expect(Self.git(["rev-parse", Self.internalBranch], in: site) == internalHead)

        let internalOnly = try Self.publisher(site).rollback([.internal])
        #expect(internalOnly.first?.outcome == .rolledBack(commit: Self.git(["rev-parse", Self.internalBranch], in: site), restores: firstInternal))
        #expect(Self.git(["rev-parse", "\(Self.internalBranch)^{tree}"], in: site) == Self.git(["rev-parse", "\(firstInternal)^{tree}"], in: site))
    }

    /// The office reads release and rollback commits in `git log` in its language; the
    /// trailers a rollback reads back stay as they are.
    @Test func commitMessagesAreInTheOfficesLanguage() throws {
        let site = try Self.repository()
        defer { site.remove() }
        let source = Self.git(["rev-parse", "--short=12", "HEAD"], in: site)
        try Messages.$override.withValue(.zh) {
            _ = try Self.publisher(site).publish()
            #expect(Self.git(["log", "-1", "--format=%s", Self.internalBranch], in: site) == "发布 \(source)：第一版内容")
            #expect(Self.git(["log", "-1", "--format=%s", Self.publicBranch], in: site) == "发布 \(source)")
            try site.write("rules/method.md", "---\ntitle: 联系办法（修订）\nnumber: 测政协党组〔2022〕8号\nissued: 2022-06-28\norder: 1\n---\n修订。\n")
            try GitHistoryTests.git(["commit", "-q", "-am", "第二版"], in: site.folder)
            _ = try Self.publisher(site).publish()
            let restored = Self.git(["rev-parse", "\(Self.internalBranch)^"], in: site)
            _ = try Self.publisher(site).rollback([.internal])
            let message = Self.git(["log", "-1", "--format=%B", Self.internalBranch], in: site)
            #expect(message == "回滚到：发布 \(source)：第一版内容\n\nRestores: \(restored)")
        }
        // English on request, as every other message.
        try Messages.$override.withValue(.en) {
            _ = try Self.publisher(site).rollback([.public])
            #expect(Self.git(["log", "-1", "--format=%s", Self.publicBranch], in: site).hasPrefix("Roll back to 发布 "))
        }
    }

    /// Both branches move in one ref transaction: when one of them is no longer where the
    /// publisher read it (another publish got there first), neither moves.
    @Test func theBranchesMoveTogetherOrNotAtAll() throws {
        let site = try Self.repository()
        defer { site.remove() }
        _ = try Self.publisher(site).publish()
        let repository = try GitRepository(containing: site.content)
        let internalHead = Self.git(["rev-parse", Self.internalBranch], in: site)
        let publicHead = Self.git(["rev-parse", Self.publicBranch], in: site)
        let main = Self.git(["rev-parse", "main"], in: site)
        #expect(throws: PublishError.self) {
            try repository.moveBranches([.init(branch: Self.internalBranch, commit: main, old: internalHead),
                                         .init(branch: Self.publicBranch, commit: main, old: main)])
        }
        #expect(Self.git(["rev-parse", Self.internalBranch], in: site) == internalHead, "the internal branch did not move alone")
        #expect(Self.git(["rev-parse", Self.publicBranch], in: site) == publicHead)
    }

    @Test func theTwoSitesCannotShareABranchAndTheFormerBranchIsNoticed() throws {
        let site = try Self.repository()
        defer { site.remove() }
        var options = Publisher.Options(content: site.content, theme: TestSite.theme, branches: [.internal: "site", .public: "site"])
        options.search = .off
        #expect(throws: PublishError.self) { try Publisher(options) }
        #expect(try Self.publisher(site).hasFormerBranch == false)
        try GitHistoryTests.git(["branch", Publisher.formerBranch], in: site.folder)
        #expect(try Self.publisher(site).hasFormerBranch)
    }

    @Test func brokenContentIsNotPublished() throws {
        let site = try Self.repository()
        defer { site.remove() }
        try site.write("members/li-si.md", "---\nname: 李四\nparty: nobody\n---\n")
        try GitHistoryTests.git(["commit", "-q", "-am", "坏"], in: site.folder)
        let (releases, problems) = try Self.publisher(site).publish()
        #expect(releases.isEmpty)
        #expect(problems.sorted.map(\.description).contains("members/li-si.md:3:8: error: unknown party 'nobody'"))
        #expect(Self.git(["branch", "--list", Self.internalBranch, Self.publicBranch], in: site).isEmpty)
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
