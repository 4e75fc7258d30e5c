import ArgumentParser
import Foundation
import Tongxin

/// Options of the commands that add files to the content folder (`new`, `import`).
struct ContentEditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L("cli.help.content"), valueName: "folder"))
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
        FileHandle.standardError.write(Data("\(L("general.error")): \(message)\n".utf8))
        return ExitCode(1)
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

    @Option(name: .long, help: ArgumentHelp(L("cli.help.contactor"), valueName: "name"))
    var contactor: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.contactee"), valueName: "name"))
    var contactee: [String] = []

    @Option(name: .long, help: ArgumentHelp(L("cli.help.date"), valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.time"), valueName: "time"))
    var time: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.place"), valueName: "place"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.method"), valueName: "method"))
    var method: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.recorder"), valueName: "name"))
    var recorder: String?

    func run() throws {
        let day: Day
        if let date {
            guard let parsed = Day(parsing: date) else { throw options.fail(L("field.notDate", date)) }
            day = parsed
        } else {
            day = Day.today()
        }
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

    @Argument(help: ArgumentHelp(L("cli.help.slug"), valueName: "slug"))
    var slug: String

    @Option(name: .long, help: ArgumentHelp(L("cli.help.title"), valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.caseDate"), valueName: "date"))
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
        let day: Day
        if let date {
            guard let parsed = Day(parsing: date) else { throw options.fail(L("field.notDate", date)) }
            day = parsed
        } else {
            day = Day.today()
        }
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

    @Argument(help: ArgumentHelp(L("cli.help.memberID"), valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(L("cli.help.name"), valueName: "name"))
    var name: String?

    func run() throws {
        do {
            options.report(try Scaffold.newMember(id: id, name: name, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}
