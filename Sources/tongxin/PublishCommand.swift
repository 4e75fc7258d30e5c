import ArgumentParser
import Foundation
import Tongxin

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: L("deploy.help.publish.abstract"),
        discussion: L("deploy.help.publish.discussion"))

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.content"), valueName: L("usage.value.folder")))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.theme"), valueName: L("usage.value.folder")))
    var theme: String = "themes/default"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.internalBranch"), valueName: L("usage.value.branch")))
    var internalBranch: String = Publisher.defaultBranches[.internal]!

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.publicBranch"), valueName: L("usage.value.branch")))
    var publicBranch: String = Publisher.defaultBranches[.public]!

    @Flag(name: .long, help: ArgumentHelp(L("deploy.help.rollback")))
    var rollback = false

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.rollbackAudience"), valueName: "internal|public"))
    var audience: Audience?

    @Flag(name: .long, help: ArgumentHelp(L("deploy.help.allowUncommitted")))
    var allowUncommitted = false

    @Flag(name: .long, help: ArgumentHelp(L("deploy.help.requireSearch")))
    var requireSearch = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(L("deploy.help.quiet")))
    var quiet = false

    func validate() throws {
        if audience != nil && !rollback { throw ValidationError(L("deploy.help.audienceNeedsRollback")) }
    }

    func run() throws {
        // Publishing renders every page twice: the same budget as `build` holds.
        let console = Console(quiet: quiet, verbose: false), contentFolder = content
        RenderWatchdog.shared.install { diagnostic in
            console.stop(diagnostic, contentFolder: contentFolder)
        }
        var options = Publisher.Options(content: URL(fileURLWithPath: content), theme: URL(fileURLWithPath: theme),
                                        branches: [.internal: internalBranch, .public: publicBranch])
        options.allowUncommitted = allowUncommitted
        options.search = requireSearch ? .require : .auto
        let publisher = try Publisher(options)
        if !quiet, publisher.hasFormerBranch { print(L("deploy.publish.formerBranch", Publisher.formerBranch)) }
        if rollback {
            try publisher.rollback(audience.map { [$0] } ?? Publisher.audiences).forEach(describe)
            return
        }
        let (releases, diagnostics) = try publisher.publish { step in
            if !quiet { print("… \(step)") }
        }
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data("\(Console.shown(diagnostic, contentFolder: content))\n".utf8))
        }
        guard !releases.isEmpty else {
            FileHandle.standardError.write(Data("\(L("deploy.publish.failed"))\n".utf8))
            throw ExitCode(1)
        }
        releases.forEach(describe)
    }

    private func describe(_ release: Publisher.Release) {
        guard !quiet else { return }
        switch release.outcome {
        case .published(let commit, let source): print(L("deploy.publish.published", source.prefix(12), release.branch, commit.prefix(12)))
        case .unchanged(let commit): print(L("deploy.publish.unchanged", release.branch, commit.prefix(12)))
        case .rolledBack(let commit, let restores): print(L("deploy.publish.rolledBack", release.branch, commit.prefix(12), restores.prefix(12)))
        }
    }
}

struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: L("cli.hooks.abstract"),
        subcommands: [InstallHooks.self])

    struct InstallHooks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: L("cli.hooksInstall.abstract"))

        @Option(name: .long, help: ArgumentHelp(L("cli.help.content"), valueName: L("usage.value.folder")))
        var content: String = "content"

        @Option(name: .long, help: ArgumentHelp(L("cli.help.theme"), valueName: L("usage.value.folder")))
        var theme: String = "themes/default"

        @Flag(name: .long, help: ArgumentHelp(L("cli.help.force")))
        var force = false

        func run() throws {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            let resolved = executable.path.hasPrefix("/") ? executable : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(CommandLine.arguments[0]).standardizedFileURL
            let hook = try Hooks.installPreCommit(content: URL(fileURLWithPath: content), theme: URL(fileURLWithPath: theme), executable: resolved, force: force)
            print(L("cli.hooks.installed", hook.path))
        }
    }
}
