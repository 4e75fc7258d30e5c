import ArgumentParser
import Foundation
import Tongxin

struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: L("deploy.help.deploy.abstract"),
        subcommands: [NginxCommand.self, UserCommand.self])
}

struct NginxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nginx",
        abstract: L("deploy.help.nginx.abstract"),
        discussion: L("deploy.help.nginx.discussion"))

    @Option(name: .customLong("internal"), help: ArgumentHelp(L("deploy.help.internalRoot"), valueName: L("usage.value.folder")))
    var internalRoot: String

    @Option(name: .customLong("public"), help: ArgumentHelp(L("deploy.help.publicRoot"), valueName: L("usage.value.folder")))
    var publicRoot: String

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.htpasswd"), valueName: L("usage.value.file")))
    var htpasswd: String = NginxConfig.defaultPasswordFile

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.allow"), valueName: "CIDR"))
    var allow: [String] = []

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.internalListen"), valueName: L("usage.value.address")))
    var internalListen: String?

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.publicListen"), valueName: L("usage.value.address")))
    var publicListen: String = "80"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.internalServerName"), valueName: L("usage.value.name")))
    var internalServerName: String = "_"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.publicServerName"), valueName: L("usage.value.name")))
    var publicServerName: String = "_"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.tlsCertificate"), valueName: L("usage.value.file")))
    var tlsCertificate: String?

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.tlsKey"), valueName: L("usage.value.file")))
    var tlsKey: String?

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.redirectListen"), valueName: L("usage.value.address")))
    var internalRedirectListen: String = "80"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.content"), valueName: L("usage.value.folder")))
    var content: String = "content"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.theme"), valueName: L("usage.value.folder")))
    var theme: String = "themes/default"

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.output"), valueName: L("usage.value.file")))
    var output: String?

    func run() throws {
        let hashes = try ContentSecurityPolicy.errorStyleHashes(theme: URL(fileURLWithPath: theme), content: URL(fileURLWithPath: content))
        var config = NginxConfig(
            internalSite: .init(root: internalRoot, listen: internalListen ?? (tlsCertificate == nil ? "80" : "443"), serverName: internalServerName),
            publicSite: .init(root: publicRoot, listen: publicListen, serverName: publicServerName),
            policy: ContentSecurityPolicy(errorStyleHashes: hashes ?? []))
        config.errorPages = hashes != nil
        config.htpasswd = htpasswd
        config.allow = allow
        config.tlsCertificate = tlsCertificate
        config.tlsKey = tlsKey
        config.redirectListen = internalRedirectListen
        let text = try config.text()
        guard let output else { print(text, terminator: ""); return }
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        FileHandle.standardError.write(Data("\(L("deploy.nginx.wrote", output))\n".utf8))
    }
}

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: L("deploy.help.user.abstract"),
        discussion: L("deploy.help.user.discussion"))

    @Argument(help: ArgumentHelp(L("deploy.help.userName"), valueName: L("usage.value.name")))
    var name: String

    @Option(name: .long, help: ArgumentHelp(L("deploy.help.htpasswd"), valueName: L("usage.value.file")))
    var htpasswd: String = NginxConfig.defaultPasswordFile

    func run() throws {
        let password = try isatty(STDIN_FILENO) == 1 ? askTwice() : (readLine(strippingNewline: true) ?? "")
        let file = URL(fileURLWithPath: htpasswd)
        switch try PasswordFile(file).set(name, password: password) {
        case .added: print(L("deploy.user.added", name, htpasswd))
        case .replaced: print(L("deploy.user.replaced", name, htpasswd))
        }
    }

    private func askTwice() throws -> String {
        let first = Terminal.readHidden(prompt: L("deploy.user.prompt", name))
        let second = Terminal.readHidden(prompt: L("deploy.user.again"))
        guard first == second else { throw DeployError.passwordsDiffer }
        return first
    }
}

/// A line typed at the terminal without echoing it.
enum Terminal {
    static func readHidden(prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
