import ArgumentParser
import Foundation
import Tongxin

/// Options of the commands that add files to the content folder (`new`, `import`).
struct ContentEditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("cli.help.content"), valueName: L("usage.value.folder")))
    var content: String = "content"

    @Flag(name: .shortAndLong, help: ArgumentHelp(L("cli.help.quiet")))
    var quiet = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(L("cli.help.newVerbose")))
    var verbose = false

    var contentURL: URL { URL(fileURLWithPath: content) }

    /// A path under the content folder as the office types it (content/members/x.md).
    func shown(_ relative: String) -> String {
        (content.hasSuffix("/") ? content : content + "/") + relative
    }

    func say(_ line: String) {
        guard !quiet else { return }
        print(line)
    }

    func detail(_ line: String) {
        guard verbose, !quiet else { return }
        FileHandle.standardError.write(Data("… \(line)\n".utf8))
    }

    func warn(_ line: String) {
        FileHandle.standardError.write(Data("\(L("general.warning")): \(line)\n".utf8))
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((L("general.errorLine", message) + "\n").utf8))
        return ExitCode(1)
    }

    /// The day a `--date` option names, or today without one.
    func day(_ date: String?) throws -> Day {
        guard let date else { return Day.today() }
        guard let day = Day(parsing: date) else { throw fail(L("field.notDate", date)) }
        return day
    }

    /// Prints what `new` did: the path on stdout (so `$EDITOR $(tongxin new …)` works),
    /// warnings and details on stderr.
    func report(_ result: ScaffoldResult) {
        for line in result.details { detail(line) }
        for line in result.warnings { warn(line) }
        say(shown(result.path))
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: L("cli.new.abstract"),
        discussion: L("cli.new.discussion"),
        subcommands: [NewRecordCommand.self, NewCaseCommand.self, NewBriefCommand.self, NewMemberCommand.self])
}

struct NewRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: L("cli.newRecord.abstract"),
        discussion: L("cli.newRecord.discussion"))

    @OptionGroup var options: ContentEditOptions

    @Option(name: .long, help: ArgumentHelp(L("cli.help.contactor"), valueName: L("usage.value.person")))
    var contactor: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.contactee"), valueName: L("usage.value.person")))
    var contactee: [String] = []

    @Option(name: .long, help: ArgumentHelp(L("cli.help.date"), valueName: L("usage.value.date")))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.time"), valueName: L("usage.value.time")))
    var time: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.place"), valueName: L("usage.value.place")))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.method"), valueName: L("usage.value.method")))
    var method: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.recorder"), valueName: L("usage.value.person")))
    var recorder: String?

    func run() throws {
        let day = try options.day(date)
        let draft = RecordDraft(date: day, contactor: contactor, contactees: contactee, time: time, place: place, method: method, recorder: recorder)
        do {
            options.report(try Scaffold.newRecord(draft, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}

struct NewCaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: L("cli.newCase.abstract"))

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp(L("cli.help.slug"), valueName: L("usage.value.slug")))
    var slug: String

    @Option(name: .long, help: ArgumentHelp(L("cli.help.title"), valueName: L("usage.value.title")))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.caseDate"), valueName: L("usage.value.date")))
    var date: String?

    func run() throws {
        var day: Day?
        if let date {
            guard let parsed = Day(parsing: date) else { throw options.fail(L("field.notDate", date)) }
            day = parsed
        }
        do {
            options.report(try Scaffold.newCase(slug: slug, title: title, date: day, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}

struct NewBriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: L("cli.newBrief.abstract"))

    @OptionGroup var options: ContentEditOptions

    @Option(name: .long, help: ArgumentHelp(L("cli.help.briefTitle"), valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.briefDate"), valueName: "date"))
    var date: String?

    func run() throws {
        let day = try options.day(date)
        do {
            options.report(try Scaffold.newBrief(date: day, title: title, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}

struct NewMemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: L("cli.newMember.abstract"),
        discussion: L("cli.newMember.discussion"))

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp(L("cli.help.memberID"), valueName: L("usage.value.id")))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.name"), valueName: L("usage.value.person")))
    var name: String?

    func run() throws {
        do {
            options.report(try Scaffold.newMember(id: id, name: name, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}
