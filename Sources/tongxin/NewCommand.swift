import ArgumentParser
import Foundation
import Tongxin

/// Options of the commands that add files to the content folder (`new`, `import`).
struct ContentEditOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder: the one holding site.json.", valueName: "folder"))
    var content: String = "content"

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print how names were resolved and each file written.")
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
        FileHandle.standardError.write(Data("warning: \(line)\n".utf8))
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
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
        abstract: "Start a new contact record, case or member file, with every field and a Chinese comment on each.",
        discussion: """
            The file is written where the content model expects it and its path is printed. \
            An existing file is never overwritten. Fill in the fields marked 必填, then run \
            tongxin check.
            """,
        subcommands: [NewRecordCommand.self, NewCaseCommand.self, NewMemberCommand.self])
}

struct NewRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Start a contact record (记录单) in records/<year>/<date>-<contactee>.md.",
        discussion: """
            The file is named after the first contactee's member id (2026-03-12-zhou-ruoxi.md); \
            when the contactee is not a member yet, after the date and a counter \
            (2026-03-12-1.md). If the name is taken, -2, -3 … is added. The comments list the \
            methods, topics and 五到位 kinds of the policy in site.json.
            """)

    @OptionGroup var options: ContentEditOptions

    @Option(name: .long, help: ArgumentHelp("The 联系人: name or id of the Party member who made the contact.", valueName: "name"))
    var contactor: String?

    @Option(name: .long, help: ArgumentHelp("A 联系对象: name or id of a member contacted; repeat the option, or separate names with 、, for several.", valueName: "name"))
    var contactee: [String] = []

    @Option(name: .long, help: ArgumentHelp("The day of the contact, YYYY-MM-DD; today when absent.", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("起止时间, e.g. 14:30-16:00.", valueName: "time"))
    var time: String?

    @Option(name: .long, help: ArgumentHelp("联系地点, e.g. 市政协三楼会议室.", valueName: "place"))
    var place: String?

    @Option(name: .long, help: ArgumentHelp("联系方式: one of the policy's methods in site.json.", valueName: "method"))
    var method: String?

    @Option(name: .long, help: ArgumentHelp("记录人, e.g. 办公室 李某.", valueName: "name"))
    var recorder: String?

    func run() throws {
        let day: Day
        if let date {
            guard let parsed = Day(parsing: date) else { throw options.fail("'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12") }
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
        abstract: "Start a case story (典型案例) in cases/<slug>.md; public unless audience is changed to internal.")

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp("The file name and web address of the case: lower-case a-z, digits, '-' and '_'.", valueName: "slug"))
    var slug: String

    @Option(name: .long, help: ArgumentHelp("标题 of the case.", valueName: "title"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("日期 of the case, YYYY-MM-DD; left empty when absent.", valueName: "date"))
    var date: String?

    func run() throws {
        var day: Day?
        if let date {
            guard let parsed = Day(parsing: date) else { throw options.fail("'\(date)' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12") }
            day = parsed
        }
        do {
            options.report(try Scaffold.newCase(slug: slug, title: title, date: day, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}

struct NewMemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member",
        abstract: "Start a member profile in members/<id>.md, with the private fields (不公开) marked.",
        discussion: "Without an id, one is made from the name's pinyin: --name 张三 gives zhang-san (zhang-san-2 when taken).")

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp("The member's id, which is also the file name and web address: lower-case a-z, digits, '-' and '_'.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("姓名 of the member.", valueName: "name"))
    var name: String?

    func run() throws {
        do {
            options.report(try Scaffold.newMember(id: id, name: name, contentFolder: options.contentURL))
        } catch {
            throw options.fail(error.message)
        }
    }
}
