import Foundation

/// Publishing is a commit per audience: the office portal and the public site are built
/// and each is committed, as the root of its own tree, to its own branch. The two
/// branches share no commit, so a server (or a mirror) that fetches the public branch
/// receives nothing of the internal site, not even in history. The working tree and the
/// current branch are never touched: the commits are made with git's plumbing.
public struct Publisher {
    public struct Options: Sendable {
        public var content: URL
        public var theme: URL
        public var branches: [Audience: String]
        public var allowUncommitted = false
        public var search: SearchIndexer.Mode = .auto

        public init(content: URL, theme: URL, branches: [Audience: String] = Publisher.defaultBranches) {
            self.content = content
            self.theme = theme
            self.branches = branches
        }

        public func branch(_ audience: Audience) -> String { branches[audience] ?? Publisher.defaultBranches[audience]! }
    }

    public enum Outcome: Sendable, Equatable {
        case published(commit: String, source: String)
        case unchanged(commit: String)
        case rolledBack(commit: String, restores: String)
    }

    /// What happened to one audience's branch.
    public struct Release: Sendable, Equatable {
        public let audience: Audience
        public let branch: String
        public let outcome: Outcome
    }

    public static let defaultBranches: [Audience: String] = [.internal: "portal-internal", .public: "portal-public"]
    /// The single branch of earlier versions (internal/ and public/ in one tree); see docs/deploy.md.
    public static let formerBranch = "portal-publish"
    /// Built in this order, so a broken content stops before anything is committed.
    public static let audiences: [Audience] = [.internal, .public]

    let options: Options
    let repository: GitRepository

    public init(_ options: Options) throws {
        guard options.branch(.internal) != options.branch(.public) else { throw PublishError.sameBranch(options.branch(.internal)) }
        self.options = options
        repository = try GitRepository(containing: options.content)
    }

    /// Checks and builds both audiences, then commits each to its branch; returns the
    /// build problems (and no releases) when there are errors.
    public func publish(progress: (String) -> Void = { _ in }) throws -> ([Release], Diagnostics) {
        let source = try repository.revision("HEAD")
        if !options.allowUncommitted, try repository.hasUncommittedChanges(in: [options.content, options.theme]) {
            throw PublishError.uncommitted
        }
        // The whole internal portal is built here: readable by this user only, removed
        // on every way out (PrivateFolder).
        let staging = try PrivateFolder.makeTemporary(prefix: "tongxin-publish")
        defer { ExitCleanup.shared.remove(staging.path) }
        var diagnostics = Diagnostics()
        for audience in Self.audiences {
            progress(L(audience == .internal ? "deploy.publish.buildingInternal" : "deploy.publish.buildingPublic"))
            var build = BuildOptions(contentFolder: options.content, themeFolder: options.theme,
                                     outputFolder: staging.appendingPathComponent(audience.rawValue), audience: audience)
            build.search = options.search
            let report = BuildPipeline.run(build)
            diagnostics.append(contentsOf: report.diagnostics)
            if !report.succeeded { return ([], diagnostics) }
        }
        var releases: [Release] = [], moves: [GitRepository.BranchMove] = []
        for audience in Self.audiences {
            let branch = options.branch(audience)
            progress(L("deploy.publish.committing", branch))
            let (outcome, move) = try commit(staging.appendingPathComponent(audience.rawValue), to: branch, source: source,
                                             message: message(for: audience, source: source))
            releases.append(Release(audience: audience, branch: branch, outcome: outcome))
            moves += [move].compactMap { $0 }
        }
        try repository.moveBranches(moves)
        return (releases, diagnostics)
    }

    /// The internal release names the source commit and its subject; the public one only
    /// the commit's id, since a commit subject may name a person or a record.
    func message(for audience: Audience, source: String) throws -> String {
        // The trailer's key stays English: `rollbackPlan` and scripts read it back.
        let trailer = "\n\nSource-Commit: \(source)\n"
        guard audience == .internal else { return L("deploy.commit.publish", String(source.prefix(12))) + trailer }
        return L("deploy.commit.publishSubject", String(source.prefix(12)), try repository.subject(of: source)) + trailer
    }

    /// The release commit of `site` on `branch` and the move that makes it live (none
    /// when the branch already holds these files).
    func commit(_ site: URL, to branch: String, source: String, message: String) throws -> (Outcome, GitRepository.BranchMove?) {
        let tree = try repository.tree(of: site)
        let parent = try repository.branchHead(branch)
        if let parent, try repository.revision(parent + "^{tree}") == tree {
            return (.unchanged(commit: parent), nil)
        }
        let commit = try repository.commit(tree: tree, parent: parent, message: message)
        return (.published(commit: commit, source: source), GitRepository.BranchMove(branch: branch, commit: commit, old: parent))
    }

    /// Puts back, on each audience's branch, the release before its live one, as a new
    /// commit on top, so servers that pull keep fast-forwarding. Either all the given
    /// branches roll back or none does (every one is checked, then all move at once).
    public func rollback(_ audiences: [Audience] = Publisher.audiences) throws -> [Release] {
        let plans = try audiences.map { audience in (audience, try rollbackPlan(options.branch(audience))) }
        var moves: [GitRepository.BranchMove] = []
        let releases = try plans.map { audience, plan in
            let branch = options.branch(audience)
            // The office reads the subject in `git log`; `Restores:` is read back by `rollbackPlan`.
            let message = L("deploy.commit.rollback", try repository.subject(of: plan.previous)) + "\n\nRestores: \(plan.previous)\n"
            let commit = try repository.commit(tree: plan.tree, parent: plan.head, message: message)
            moves.append(GitRepository.BranchMove(branch: branch, commit: commit, old: plan.head))
            return Release(audience: audience, branch: branch, outcome: .rolledBack(commit: commit, restores: plan.previous))
        }
        try repository.moveBranches(moves)
        return releases
    }

    func rollbackPlan(_ branch: String) throws -> (head: String, previous: String, tree: String) {
        guard let head = try repository.branchHead(branch) else { throw PublishError.nothingPublished(branch) }
        let live = try repository.trailer("Restores", of: head) ?? head
        guard let previous = try? repository.revision(live + "^") else { throw PublishError.nothingToRollBackTo(branch) }
        return (head, previous, try repository.revision(previous + "^{tree}"))
    }
}

public enum PublishError: Error, CustomStringConvertible {
    case notARepository(String)
    case uncommitted
    case sameBranch(String)
    case nothingPublished(String)
    case nothingToRollBackTo(String)
    case git(String)

    public var description: String {
        switch self {
        case .notARepository(let path): L("deploy.publish.notARepository", path)
        case .uncommitted: L("deploy.publish.uncommitted")
        case .sameBranch(let branch): L("deploy.publish.sameBranch", branch)
        case .nothingPublished(let branch): L("deploy.publish.nothingPublished", branch)
        case .nothingToRollBackTo(let branch): L("deploy.publish.nothingToRollBackTo", branch)
        case .git(let message): L("deploy.publish.git", message)
        }
    }
}

extension Publisher {
    /// Whether the single branch of earlier versions is still there (it holds the
    /// internal site next to the public one, so it must not be served to the public).
    public var hasFormerBranch: Bool { (try? repository.branchHead(Self.formerBranch)) != nil }
}
