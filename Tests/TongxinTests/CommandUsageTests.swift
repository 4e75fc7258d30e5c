import Foundation
import Testing
@testable import Tongxin

/// Every usage error a clerk can cause on the command line, and every help text, through
/// the real executable: Chinese by default with the parser's suggestion kept, English
/// with `--lang en`. A swift-argument-parser update that changes one of its English
/// shapes makes the Chinese expectation here fail instead of reaching the office.
@Suite struct CommandUsageTests {
    static func run(_ arguments: [String], english: Bool = false) async throws -> CommandLineTests.Run {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = english ? "en_US.UTF-8" : "zh_CN.UTF-8"
        environment["COLUMNS"] = nil
        let fixed = environment
        return try await offThePool {
            try CommandLineTests.run(arguments, in: FileManager.default.temporaryDirectory, environment: fixed, keepLanguage: true)
        }
    }

    /// The first line (the error), checked in both languages, and the exit code 64 the
    /// parser gives a usage error.
    static func expectError(_ arguments: [String], zh: String, en: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        let chinese = try await run(arguments)
        #expect(chinese.status == 64, "\(arguments)", sourceLocation: sourceLocation)
        #expect(chinese.stdout == "", sourceLocation: sourceLocation)
        #expect(chinese.stderr.split(separator: "\n").first.map(String.init) == zh, "\(chinese.stderr)", sourceLocation: sourceLocation)
        let english = try await run(arguments + ["--lang", "en"])
        #expect(english.status == 64, sourceLocation: sourceLocation)
        #expect(english.stderr.split(separator: "\n").first.map(String.init) == en, "\(english.stderr)", sourceLocation: sourceLocation)
    }

    @Test func anUnknownOptionKeepsItsSuggestion() async throws {
        try await Self.expectError(["build", "--them", "x"], zh: "错误：没有选项 --them；是不是要写 --theme？", en: "Error: Unknown option '--them'. Did you mean '--theme'?")
        try await Self.expectError(["check", "--nonsense"], zh: "错误：没有选项 --nonsense", en: "Error: Unknown option '--nonsense'")
    }

    @Test func theLinesAfterTheErrorAreInTheReadersLanguage() async throws {
        let chinese = try await Self.run(["build", "--theme"])
        #expect(chinese.stderr == """
            错误：选项 --theme <文件夹> 后面缺少要填的值
            说明：--theme <文件夹>  \(Catalogue.text("cli.help.theme", [], language: .zh))
            用法：tongxin build [--content <文件夹>] [--theme <文件夹>] [--audience <internal|public>] [--require-search] [--no-search] [--quiet] [--verbose] [--format <text|json>] [--output <文件夹>] [--no-cache]
              运行 tongxin build --help 查看完整说明。

            """)
        let english = try await Self.run(["build", "--theme"], english: true)
        #expect(english.stderr == """
            Error: Missing value for '--theme <folder>'
            Help:  --theme <folder>  \(Catalogue.text("cli.help.theme", [], language: .en))
            Usage: tongxin build [--content <folder>] [--theme <folder>] [--audience <internal|public>] [--require-search] [--no-search] [--quiet] [--verbose] [--format <text|json>] [--output <folder>] [--no-cache]
              See 'tongxin build --help' for more information.

            """)
    }

    @Test func missingAndWrongValues() async throws {
        try await Self.expectError(["new", "record", "--date"], zh: "错误：选项 --date <日期> 后面缺少要填的值", en: "Error: Missing value for '--date <date>'")
        try await Self.expectError(["build", "--audience", "pub"], zh: "错误：“pub”不是 --audience <internal|public> 可以用的值；可选：public、internal",
                                   en: "Error: The value 'pub' is invalid for '--audience <internal|public>'; allowed: public, internal")
        try await Self.expectError(["serve", "--port", "abc"], zh: "错误：“abc”不是 --port <端口> 可以用的值", en: "Error: The value 'abc' is invalid for '--port <port>'")
        try await Self.expectError(["check", "--quiet=3"], zh: "错误：选项 --quiet 后面不带值，却写了“3”", en: "Error: The option '--quiet' does not take any value, but '3' was specified.")
        try await Self.expectError(["import", "members"], zh: "错误：缺少 <名册.csv>", en: "Error: Missing expected argument '<roster.csv>'")
    }

    /// A place name with a space typed without quotes leaves a word the parser cannot place.
    @Test func wordsTheParserCannotPlace() async throws {
        try await Self.expectError(["new", "record", "--place", "市政协", "三楼"],
                                   zh: "错误：多余的参数“三楼”；选项要以 -- 开头，含空格的值要加引号",
                                   en: "Error: Unexpected argument '三楼'; options start with --, and a value with spaces needs quotes")
        try await Self.expectError(["build", "a", "b"], zh: "错误：多余的参数：“a”、“b”；选项要以 -- 开头，含空格的值要加引号",
                                   en: "Error: Unexpected arguments: 'a', 'b'; options start with --, and a value with spaces needs quotes")
    }

    @Test func aMistypedSubcommandIsNamedWithTheNearestOne() async throws {
        try await Self.expectError(["biuld"], zh: "错误：没有子命令“biuld”；是不是要写 build？", en: "Error: Unknown subcommand 'biuld'. Did you mean 'build'?")
        try await Self.expectError(["new", "recrod"], zh: "错误：没有子命令“recrod”；是不是要写 record？", en: "Error: Unknown subcommand 'recrod'. Did you mean 'record'?")
        try await Self.expectError(["new", "记录"], zh: "错误：没有子命令“记录”；可用的子命令：record、case、member",
                                   en: "Error: Unknown subcommand '记录'; the subcommands are: record, case, member")
    }

    @Test func aWrongLanguageIsAUsageError() async throws {
        let missing = try await Self.run(["check", "--lang"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "错误：--lang 后面缺少语言：zh（中文）或 en（英文）\n")
        let wrong = try await Self.run(["check", "--lang", "fr"], english: true)
        #expect(wrong.status == 64)
        #expect(wrong.stderr == "Error: --lang takes zh (Chinese) or en (English), not 'fr'\n")
    }

    /// Our own validation errors get the same frame.
    @Test func aCommandsOwnUsageErrorIsFramedTheSameWay() async throws {
        let run = try await Self.run(["publish", "--audience", "public"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("错误：" + Catalogue.text("deploy.help.audienceNeedsRollback", [], language: .zh) + "\n用法：tongxin publish "))
        // Outside a repository, installing the hook is not told about publishing only.
        let site = try TestSite()
        defer { site.remove() }
        let hooks = try await Self.run(["hooks", "install", "--content", site.content.path])
        #expect(hooks.status == 1)
        #expect(hooks.stderr.hasPrefix("错误：") && hooks.stderr.contains("安装检查钩子"), "\(hooks.stderr)")
    }

    /// Every command's help, however it is asked for, has no word of the parser's English
    /// in Chinese, and has them in English.
    @Test func everyHelpTextSpeaksTheReadersLanguage() async throws {
        let commands = [[], ["build"], ["check"], ["serve"], ["publish"], ["deploy"], ["deploy", "nginx"], ["deploy", "user"], ["hooks"], ["hooks", "install"],
                        ["new"], ["new", "record"], ["new", "case"], ["new", "member"], ["import"], ["import", "members"]]
        let english = ["OVERVIEW", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "Show subcommand", "(default", "(values", "<subcommand>", "<folder>", "<name>", "See '"]
        for command in commands {
            let chinese = try await Self.run(command + ["--help"])
            #expect(chinese.status == 0)
            #expect(chinese.stdout.contains("用法：tongxin"), "\(command)")
            for word in english { #expect(!chinese.stdout.contains(word), "\(command) --help: \(word)\n\(chinese.stdout)") }
            let inEnglish = try await Self.run(command + ["--help", "--lang", "en"])
            #expect(inEnglish.stdout.contains("USAGE: tongxin"), "\(command)")
            #expect(inEnglish.stdout.contains("Show help information."))
        }
        let root = try await Self.run(["help", "new"])
        #expect(root.stdout.contains("子命令：\n  record  ") || root.stdout.contains("子命令：\n  record "), "\(root.stdout)")
        #expect(root.stdout.contains("运行 tongxin help new <子命令> 查看子命令的详细说明。") || root.stdout.contains("运行 tongxin help <子命令>"), "\(root.stdout)")
        let overview = try await Self.run(["--help"])
        #expect(overview.stdout.contains("  build（默认）           " + Catalogue.text("cli.build.abstract", [], language: .zh) + "\n"), "\(overview.stdout)")
        let build = try await Self.run(["build", "--help"])
        #expect(build.stdout.contains("  --content <文件夹>      " + Catalogue.text("cli.help.content", [], language: .zh) + "（默认：content）\n"))
        #expect(build.stdout.contains("（可选：public、internal；默认：internal）\n"))
    }

    /// On a terminal, help is wrapped by display width: a Chinese character takes two
    /// columns, descriptions stay in their column, no line starts with closing punctuation.
    @Test func helpIsWrappedByDisplayWidth() {
        let line = "  --theme <文件夹>        主题文件夹，内有 templates/ 和 static/；网站可在 <内容>/templates/ 中覆盖单个模板。（默认：themes/default）"
        let lines = UsageText.wrapped(line, width: 60).split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        for (index, shown) in lines.enumerated() {
            #expect(UsageText.displayWidth(shown) <= 60, "\(shown)")
            if index > 0 {
                #expect(shown.hasPrefix(String(repeating: " ", count: 26)) && !shown.hasPrefix(String(repeating: " ", count: 27)), "\(shown)")
                #expect(!"，。、；：）”>".contains(shown.trimmingCharacters(in: .whitespaces).first!), "\(shown)")
            }
        }
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == line.replacingOccurrences(of: " ", with: ""))
        #expect(UsageText.wrapped("短", width: 60) == "短")
    }

    @Test func shapesAreReadPartByPart() {
        #expect(UsageText.match("Unknown option '--x'. Did you mean '--y'?", "Unknown option '{}'. Did you mean '{}'?") == ["--x", "--y"])
        #expect(UsageText.match("Unknown option '--x'", "Unknown option '{}'. Did you mean '{}'?") == nil)
        #expect(UsageText.match("The value 'a' is invalid for '--b <c>'", "The value '{}' is invalid for '{}'{}") == ["a", "--b <c>", ""])
        // A shape no one knows is shown as the parser wrote it, never dropped.
        #expect(Messages.$override.withValue(.zh) { UsageText.error("Error: Something new\nUsage: tongxin x") } == "错误：Something new\n用法：tongxin x")
    }
}
