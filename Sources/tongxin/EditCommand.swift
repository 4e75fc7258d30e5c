import ArgumentParser
import Foundation
import Tongxin
import TongxinServe

/// `tongxin edit`: the preview with the forms (TongxinServe/Edit), and `tongxin edit
/// user add` for its accounts.
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: L("cli.edit.abstract"),
        discussion: L("cli.edit.discussion"),
        subcommands: [EditStartCommand.self, EditUserCommand.self],
        defaultSubcommand: EditStartCommand.self)
}

struct EditStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: L("cli.edit.abstract"), discussion: L("cli.edit.discussion"))

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: ArgumentHelp(L("cli.help.accounts"), valueName: "file"))
    var accounts: String

    @Option(name: .long, help: ArgumentHelp(L("cli.help.port"), valueName: "port"))
    var port: UInt16 = 8080

    @Option(name: .long, help: ArgumentHelp(L("cli.help.host"), valueName: "address"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp(L("cli.help.origin"), valueName: "origin"))
    var origin: [String] = []

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.secureCookie")))
    var secureCookie = false

    @Option(name: .long, help: ArgumentHelp(L("cli.help.previewOutput"), valueName: "folder"))
    var output: String?

    func run() throws {
        var editor = EditorOptions(accounts: URL(fileURLWithPath: accounts))
        editor.origins = origin
        editor.secureCookie = secureCookie
        try ServeCommand.preview(site: site, port: port, output: output, host: host, editor: editor)
    }
}

struct EditUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: L("cli.editUser.abstract"), subcommands: [EditUserAddCommand.self])
}

struct EditUserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: L("cli.editUser.abstract"), discussion: L("cli.editUser.discussion"))

    @Option(name: .long, help: ArgumentHelp(L("cli.help.accounts"), valueName: "file"))
    var accounts: String

    @Argument(help: ArgumentHelp(L("cli.help.login"), valueName: "login"))
    var login: String

    @Option(name: .long, help: ArgumentHelp(L("cli.help.personName"), valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp(L("cli.help.role"), valueName: "role"))
    var role: [String] = []

    @Flag(name: .long, help: ArgumentHelp(L("cli.help.passwordStdin")))
    var passwordStdin = false

    func run() throws {
        var roles = Set<EditRole>()
        for text in role.flatMap({ $0.split(whereSeparator: { ",、".contains($0) }).map(String.init) }) {
            guard let parsed = EditRole(parsing: text) else { throw fail(L("edit.user.badRole", text)) }
            roles.insert(parsed)
        }
        let password: String
        if passwordStdin {
            password = readLine(strippingNewline: true) ?? ""
        } else {
            let first = String(cString: getpass(L("edit.user.passwordPrompt", login)))
            let second = String(cString: getpass(L("edit.user.passwordAgain")))
            guard first == second else { throw fail(L("edit.user.passwordMismatch")) }
            password = first
        }
        let file = EditAccounts(URL(fileURLWithPath: accounts))
        do {
            let change = try file.set(login: login, name: name, roles: roles, password: password)
            let roleNames = roles.sorted().map(\.rawValue).joined(separator: "、")
            print(L(change == .added ? "edit.user.added" : "edit.user.replaced", login, roleNames, accounts))
        } catch {
            throw fail(error.message)
        }
    }

    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data((L("general.errorLine", message) + "\n").utf8))
        return ExitCode(1)
    }
}
