import ArgumentParser
import Foundation
import Tongxin

/// Parsing the command line in the office's language. swift-argument-parser prints its
/// own usage errors and help headings in English; `TongxinCommand.main` parses and runs
/// through here instead, and every text the parser writes is said again by `UsageText`
/// from the catalogue (English with `--lang en`). Exit codes stay the parser's: 0 for
/// help, 64 for a usage error, the command's own otherwise.
extension TongxinCommand {
    static func parseAndRun(_ arguments: [String]) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exitInLanguage(error, arguments: arguments)
        }
        Foundation.exit(0)
    }

    /// What `exit(withError:)` does, in the reader's language.
    static func exitInLanguage(_ error: Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        // Unwrapped: UsageText wraps by display width, where the parser counts characters.
        let english = fullMessage(for: error, columns: 1_000_000)
        if code == .success {
            FileHandle.standardOutput.write(Data((UsageText.help(english, width: terminalWidth()) + "\n").utf8))
        } else if !english.isEmpty {
            let reached = subcommandsReached(by: arguments)
            let text = UsageText.error(english, subcommands: reached.names, wordAfterCommand: reached.word)
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
        Foundation.exit(code.rawValue)
    }

    /// The subcommands of the deepest command the arguments name, and the word after
    /// it when that word is not an option: where `tongxin biuld` or `tongxin new recrod`
    /// went wrong.
    static func subcommandsReached(by arguments: [String]) -> (names: [String], word: String?) {
        var command: ParsableCommand.Type = TongxinCommand.self
        for argument in arguments {
            let subcommands: [ParsableCommand.Type] = command.configuration.subcommands
            // A plain loop: a key path over the existential metatypes crashes Swift 6.3's SIL lowering.
            var names: [String] = [], next: ParsableCommand.Type?
            for subcommand in subcommands {
                let configuration = subcommand.configuration
                guard let name = configuration.commandName else { continue }
                names.append(name)
                if name == argument { next = subcommand }
            }
            if let next {
                command = next
                continue
            }
            return (names, argument.hasPrefix("-") ? nil : argument)
        }
        return ([], nil)
    }

    /// The terminal's width when the text goes to one (COLUMNS first, as the parser
    /// reads it); nil for a pipe or file, which is left unwrapped.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return Int(size.ws_col)
    }

    /// `--lang` without a language or with one that is neither zh nor en: said in the
    /// language the environment chose, exit 64 as any usage error.
    static func badLanguage(_ value: String?) -> Never {
        Messages.language = Language.chosen(option: nil)
        let message = value.map { L("usage.language", $0) } ?? L("usage.language.missing")
        FileHandle.standardError.write(Data((L("usage.error", message) + "\n").utf8))
        Foundation.exit(ExitCode.validationFailure.rawValue)
    }
}
