import ArgumentParser
import Foundation
import Tongxin

extension Audience: ExpressibleByArgument {}

@main
struct TongxinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tongxin",
        abstract: "Tongxin (同心): builds the contact-work portal of a CPPCC office from Markdown and JSON.",
        discussion: """
            The content folder holds site.json, data/*.json, members/, records/<year>/, cases/, \
            rules/ and pages/ (see docs/content-format.md). Problems are printed as \
            path:line:column: error: message, like a compiler, so editors can jump to them.
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PublishCommand.self, DeployCommand.self, HooksCommand.self, NewCommand.self, ImportCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// `--lang zh|en` may stand anywhere on the line, for every command: it is taken
    /// off before the arguments are parsed, and the language is set before any work.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var option: String?
        if let index = arguments.firstIndex(where: { $0 == "--lang" }), index + 1 < arguments.count {
            option = arguments[index + 1]
            arguments.removeSubrange(index...(index + 1))
        } else if let index = arguments.firstIndex(where: { $0.hasPrefix("--lang=") }) {
            option = String(arguments[index].dropFirst("--lang=".count))
            arguments.remove(at: index)
        }
        Messages.language = Language.chosen(option: option)
        main(arguments)
    }
}

/// Options both `build` and `check` take.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder: the one holding site.json.", valueName: "folder"))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp("The theme folder, with templates/ and static/. A site may override single templates in <content>/templates/.", valueName: "folder"))
    var theme: String = "themes/default"

    @Option(name: .long, help: ArgumentHelp("Who the build is for: internal (everything, the default) or public (rules, public case stories and public pages only; records, dashboards and private fields are never read).", valueName: "internal|public"))
    var audience: Audience = .internal

    @Flag(name: .long, help: "Fail when the search index cannot be built (Pagefind missing); by default the build warns and goes on without search.")
    var requireSearch = false

    @Flag(name: .long, help: "Do not build the search index.")
    var noSearch = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print each stage and how long it took.")
    var verbose = false

    func buildOptions(output: String, write: Bool) -> BuildOptions {
        var options = BuildOptions(
            contentFolder: URL(fileURLWithPath: content), themeFolder: URL(fileURLWithPath: theme),
            outputFolder: URL(fileURLWithPath: output), write: write, audience: audience)
        // `check` writes nothing, so it has no index to build or miss.
        options.search = noSearch || !write ? .off : requireSearch ? .require : .auto
        return options
    }

    /// Runs the pipeline, prints what it found, and fails with exit code 1 on errors.
    func run(output: String, write: Bool, reuseLastBuild: Bool = false) throws {
        let console = Console(quiet: quiet, verbose: verbose)
        let prefix = content
        RenderWatchdog.shared.install { diagnostic in
            console.stop(diagnostic, contentFolder: prefix)
        }
        var options = buildOptions(output: output, write: write)
        // One build, then the process ends (the preview server's rebuilds must free).
        options.keepResultsUntilExit = true
        options.reuseLastBuild = reuseLastBuild
        let report = BuildPipeline.run(options) { stage in
            console.progress(stage)
        }
        console.print(report, contentFolder: content)
        if !report.succeeded { throw ExitCode(1) }
        console.summary(report, output: write ? output : nil)
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content and build the portal into the output folder.",
        discussion: """
            The new site is written beside the output folder and swapped in only when every \
            page was built: after any error the previous site stays exactly as it was. The \
            same content always gives byte-identical files.

            An internal build keeps a list of its pages and their inputs beside the output \
            folder (.public.pages for public/). The next build hard-links each page whose \
            content files, templates, settings and Tongxin itself are unchanged, and whose \
            file nobody touched, from the live folder instead of drawing it again; the files \
            are the same bytes a full build writes. --no-cache draws every page.
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where the portal is written; replaced as a whole.", valueName: "folder"))
    var output: String = "public"

    @Flag(name: .long, help: "Draw every page again instead of linking the unchanged ones from the last build.")
    var noCache = false

    func run() throws { try site.run(output: output, write: true, reuseLastBuild: site.audience == .internal && !noCache) }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content (every file, every reference, every Markdown body) without writing anything.",
        discussion: "Exits with status 1 when there is any error; warnings alone do not fail the check.")

    @OptionGroup var site: SiteOptions

    func run() throws { try site.run(output: "public", write: false) }
}
