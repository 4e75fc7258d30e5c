import Foundation

/// Publishing is a commit: both audiences are built and committed, as one tree with
/// internal/ and public/, to a branch the web servers pull. The working tree and the
/// current branch are never touched: the commit is made with git's plumbing.
public struct Publisher {
    public struct Options: Sendable {
        public var content: URL
        public var theme: URL
        public var branch: String
        public var allowUncommitted = false
        public var search: SearchIndexer.Mode = .auto

        public init(content: URL, theme: URL, branch: String = Publisher.defaultBranch) {
            self.content = content
            self.theme = theme
            self.branch = branch
        }
    }

    public enum Outcome: Sendable, Equatable {
        case published(commit: String, source: String)
        case unchanged(commit: String)
        case rolledBack(commit: String, restores: String)
    }

    public static let defaultBranch = "portal-publish"

    let options: Options
    let repository: GitRepository

    public init(_ options: Options) throws {
        self.options = options
        repository = try GitRepository(containing: options.content)
    }

    /// Checks and builds both audiences; returns the build problems when there are errors.
    public func publish(progress: (String) -> Void = { _ in }) throws -> (Outcome?, Diagnostics) {
        let source = try repository.revision("HEAD")
        if !options.allowUncommitted, try repository.hasUncommittedChanges(in: [options.content, options.theme]) {
            throw PublishError.uncommitted
        }
        // The whole internal portal is built here: readable by this user only, removed
        // on every way out (PrivateFolder).
        let staging = try PrivateFolder.makeTemporary(prefix: "tongxin-publish")
        defer { ExitCleanup.shared.remove(staging.path) }
        var diagnostics = Diagnostics()
        for audience in Audience.allCases {
            progress("building the \(audience.rawValue) site")
            var build = BuildOptions(contentFolder: options.content, themeFolder: options.theme,
                                     outputFolder: staging.appendingPathComponent(audience.rawValue), audience: audience)
            build.search = options.search
            let report = BuildPipeline.run(build)
            diagnostics.append(contentsOf: report.diagnostics)
            if !report.succeeded { return (nil, diagnostics) }
        }
        // The builds leave their lock files beside the outputs; they are not part of a release.
        for entry in try FileManager.default.contentsOfDirectory(atPath: staging.path) where entry.hasPrefix(".") {
            try FileManager.default.removeItem(at: staging.appendingPathComponent(entry))
        }
        progress("committing to \(options.branch)")
        let tree = try repository.tree(of: staging)
        let parent = try repository.branchHead(options.branch)
        if let parent, try repository.revision(parent + "^{tree}") == tree {
            return (.unchanged(commit: parent), diagnostics)
        }
        let subject = try repository.subject(of: source)
        let message = "Publish \(source.prefix(12)): \(subject)\n\nSource-Commit: \(source)\n"
        let commit = try repository.commit(tree: tree, parent: parent, message: message)
        try repository.moveBranch(options.branch, to: commit, from: parent)
        return (.published(commit: commit, source: source), diagnostics)
    }

    /// Puts the release before the live one back, as a new commit on top, so servers
    /// that pull keep fast-forwarding.
    public func rollback() throws -> Outcome {
        guard let head = try repository.branchHead(options.branch) else { throw PublishError.nothingPublished(options.branch) }
        let live = try repository.trailer("Restores", of: head) ?? head
        guard let previous = try? repository.revision(live + "^") else { throw PublishError.nothingToRollBackTo }
        let tree = try repository.revision(previous + "^{tree}")
        let message = "Roll back to \(try repository.subject(of: previous))\n\nRestores: \(previous)\n"
        let commit = try repository.commit(tree: tree, parent: head, message: message)
        try repository.moveBranch(options.branch, to: commit, from: head)
        return .rolledBack(commit: commit, restores: previous)
    }
}

public enum PublishError: Error, CustomStringConvertible {
    case notARepository(String)
    case uncommitted
    case nothingPublished(String)
    case nothingToRollBackTo
    case git(String)

    public var description: String {
        switch self {
        case .notARepository(let path): "\(path) is not inside a git repository; publishing commits the built site to a branch"
        case .uncommitted: "the content or theme has uncommitted changes; commit them first so the release names its source (or pass --allow-uncommitted)"
        case .nothingPublished(let branch): "nothing has been published to '\(branch)' yet"
        case .nothingToRollBackTo: "the live release is the first one; there is nothing to roll back to"
        case .git(let message): "git: \(message)"
        }
    }
}
