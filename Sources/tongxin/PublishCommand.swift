import ArgumentParser
import Foundation
import Tongxin

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Check, build both audiences and commit them to the publish branch the web servers pull.",
        discussion: """
            The release is one commit on the publish branch holding internal/ (the office portal) \
            and public/ (the public site), with a message naming the source commit. Publishing \
            the same content twice changes nothing. Your working tree and current branch are \
            not touched. --rollback puts the previous release back as a new commit, so servers \
            keep fast-forwarding.
            """)

    @Option(name: .long, help: ArgumentHelp("The content folder: the one holding site.json.", valueName: "folder"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("The theme folder.", valueName: "folder"))
    var theme: String = "themes/default"

    @Option(name: .long, help: ArgumentHelp("The branch releases are committed to.", valueName: "name"))
    var branch: String = Publisher.defaultBranch

    @Flag(name: .long, help: "Put the release before the live one back, instead of publishing.")
    var rollback = false

    @Flag(name: .long, help: "Publish even when content or theme has uncommitted changes (the release then names a commit that does not hold them).")
    var allowUncommitted = false

    @Flag(name: .long, help: "Fail when the search index cannot be built.")
    var requireSearch = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    func run() throws {
        var options = Publisher.Options(content: URL(fileURLWithPath: content), theme: URL(fileURLWithPath: theme), branch: branch)
        options.allowUncommitted = allowUncommitted
        options.search = requireSearch ? .require : .auto
        let publisher = try Publisher(options)
        if rollback {
            describe(try publisher.rollback())
            return
        }
        let (outcome, diagnostics) = try publisher.publish { step in
            if !quiet { print("… \(step)") }
        }
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data("\(Console.shown(diagnostic, contentFolder: content))\n".utf8))
        }
        guard let outcome else {
            FileHandle.standardError.write(Data("nothing was published: fix the errors above.\n".utf8))
            throw ExitCode(1)
        }
        describe(outcome)
    }

    private func describe(_ outcome: Publisher.Outcome) {
        guard !quiet else { return }
        switch outcome {
        case .published(let commit, let source): print("published \(source.prefix(12)) as \(commit.prefix(12)) on \(branch)")
        case .unchanged(let commit): print("already published: \(branch) is at \(commit.prefix(12)) with the same files; nothing to do")
        case .rolledBack(let commit, let restores): print("rolled back: \(branch) is at \(commit.prefix(12)), restoring \(restores.prefix(12))")
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

        @Option(name: .long, help: ArgumentHelp(L("cli.help.content"), valueName: "folder"))
        var content: String = "content"

        @Option(name: .long, help: ArgumentHelp(L("cli.help.theme"), valueName: "folder"))
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
