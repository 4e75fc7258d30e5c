import ArgumentParser
import Foundation
import Tongxin

extension Audience: ExpressibleByArgument {}

@main
struct TongxinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongxin",
        abstract: L("cli.tongxin.abstract"),
        discussion: L("cli.tongxin.discussion"),
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PublishCommand.self, DeployCommand.self, HooksCommand.self, NewCommand.self, ImportCommand.self, EditCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// `--lang zh|en` may stand anywhere on the line, for every command: it is taken
    /// off before the arguments are parsed, and the language is set before any work.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var option: String?
        if let index = arguments.firstIndex(where: { $0 == "--lang" }) {
            guard index + 1 < arguments.count else { badLanguage(nil) }
            option = arguments[index + 1]
            arguments.removeSubrange(index...(index + 1))
        } else if let index = arguments.firstIndex(where: { $0.hasPrefix("--lang=") }) {
            option = String(arguments[index].dropFirst("--lang=".count))
            arguments.remove(at: index)
        }
        if let option, Language(code: option) == nil { badLanguage(option) }
        Messages.language = Language.chosen(option: option)
        parseAndRun(arguments)
    }
}

/// Options both `build` and `check` take.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("cli.help.content"), valueName: L("usage.value.folder")))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp(L("cli.help.theme"), valueName: L("usage.value.folder")))
    var theme: String = "themes/default"

    @Option(name: .long, help: ArgumentHelp(L("cli.help.audience"), valueName: "internal|public"))
    var audience: Audience = .internal

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.requireSearch")))
    var requireSearch = false

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.noSearch")))
    var noSearch = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(L("cli.help.quiet")))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(L("cli.help.verbose")))
    var verbose = false

    func buildOptions(output: String, write: Bool) -> BuildOptions {
        var options = BuildOptions(
            contentFolder: URL(fileURLWithPath: content), themeFolder: URL(fileURLWithPath: theme),
            outputFolder: URL(fileURLWithPath: output), mode: write ? .build() : .check, audience: audience)
        // `check` writes nothing, so it has no index to build or miss.
        options.search = noSearch || !write ? .off : requireSearch ? .require : .auto
        return options
    }

    @Option(name: .long, help: ArgumentHelp(L("cli.help.format"), valueName: "text|json"))
    var format: OutputFormat = .text

    /// Runs the pipeline, prints what it found, and fails with exit code 1 on errors.
    func run(output: String, write: Bool, reuseLastBuild: Bool = false) throws {
        try run(output: output, write: write, reuseLastBuild: reuseLastBuild, contentFolder: content, shownAs: content)
    }

    /// `contentFolder`: where the content is read from (`--staged` reads a copy of the
    /// index); `shownAs`: how its paths are printed (always as the office typed them).
    func run(output: String, write: Bool, reuseLastBuild: Bool = false, contentFolder: String, shownAs prefix: String, extra: Diagnostics = Diagnostics()) throws {
        let console = Console(quiet: quiet, verbose: verbose, format: format)
        RenderWatchdog.shared.install { diagnostic in
            console.stop(diagnostic, contentFolder: prefix)
        }
        var options = buildOptions(output: output, write: write)
        options.contentFolder = URL(fileURLWithPath: contentFolder)
        if write { options.mode = .build(reuseLastBuild: reuseLastBuild) }
        // One build, then the process ends (the preview server's rebuilds must free).
        options.exitsAfterBuild = true
        var report = BuildPipeline.run(options) { stage in
            console.progress(stage)
        }
        report.diagnostics.append(contentsOf: extra)
        console.print(report, contentFolder: prefix)
        console.json(report.diagnostics, contentFolder: prefix, report: report, output: write ? output : nil)
        if !report.succeeded { throw ExitCode(1) }
        console.summary(report, output: write ? output : nil)
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: L("cli.build.abstract"),
        discussion: L("cli.build.discussion"))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(L("cli.help.output"), valueName: L("usage.value.folder")))
    var output: String = "public"

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.noCache")))
    var noCache = false

    func run() throws { try site.run(output: output, write: true, reuseLastBuild: site.audience == .internal && !noCache) }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: L("cli.check.abstract"),
        discussion: L("cli.check.discussion"))

    @OptionGroup var site: SiteOptions

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.staged")))
    var staged = false

    func run() throws {
        guard staged else {
            // The public check also finds a phone number in public content at its line.
            let leaks = site.audience == .public ? PublicContentScan.scan(contentFolder: URL(fileURLWithPath: site.content)) : Diagnostics()
            return try site.run(output: "public", write: false, contentFolder: site.content, shownAs: site.content, extra: leaks)
        }
        // What the commit will record: the index, not the working files.
        let copy: StagedContent
        do {
            copy = try StagedContent.export(content: URL(fileURLWithPath: site.content))
        } catch {
            FileHandle.standardError.write(Data((L("general.errorLine", "\(error)") + "\n").utf8))
            throw ExitCode(1)
        }
        defer { copy.remove() }
        let leaks = PublicContentScan.scan(contentFolder: copy.content)
        try site.run(output: "public", write: false, contentFolder: copy.content.path, shownAs: site.content, extra: leaks)
    }
}
