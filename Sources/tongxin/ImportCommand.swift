import ArgumentParser
import Foundation
import Tongxin

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: L("cli.import.abstract"),
        subcommands: [ImportMembersCommand.self])
}

struct ImportMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: L("cli.importMembers.abstract"),
        discussion: L("cli.importMembers.discussion"))

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp(L("cli.help.roster"), valueName: L("usage.value.roster")))
    var roster: String

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.dryRun")))
    var dryRun = false

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.overwrite")))
    var overwrite = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: roster) else {
            throw options.fail(L("cli.cannotRead", roster))
        }
        let report = RosterImport.run(
            bytes: [UInt8](data), file: roster, contentFolder: options.contentURL,
            options: RosterImportOptions(overwrite: overwrite, dryRun: dryRun)
        ) { done, total in
            guard !options.quiet else { return }
            FileHandle.standardError.write(Data("… \(L("cli.import.progress", done, total))\n".utf8))
        }
        if let encoding = report.encoding { options.detail(L("cli.import.encoding", roster, encoding.rawValue)) }
        for line in report.columns { options.detail(line) }
        for problem in report.problems {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        for path in report.written {
            let key = report.updated.contains(path) ? (dryRun ? "cli.import.wouldUpdate" : "cli.import.updated") : (dryRun ? "cli.import.wouldWrite" : "cli.import.wrote")
            options.detail(L(key, options.shown(path)))
        }
        options.say(summary(report))
        if report.hasErrors { throw ExitCode(1) }
    }

    private func summary(_ report: RosterImportReport) -> String {
        var parts = [L(dryRun ? "cli.import.wouldBeWritten" : "cli.import.written", report.written.count)]
        if !report.updated.isEmpty { parts[0] += L("cli.import.updatedCount", report.updated.count) }
        if !report.unchanged.isEmpty { parts.append(L("cli.import.unchanged", report.unchanged.count)) }
        parts.append(L("cli.import.skipped", report.skipped))
        return L(report.rows == 1 ? "cli.import.summary.one" : "cli.import.summary", roster, report.rows, parts.joined(separator: L("cli.separator")))
            + (dryRun ? L("cli.import.dryRun") : "")
    }
}
