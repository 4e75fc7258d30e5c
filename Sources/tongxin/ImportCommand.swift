import ArgumentParser
import Foundation
import Tongxin

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn the office's spreadsheets into content files.",
        subcommands: [ImportMembersCommand.self])
}

struct ImportMembersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "members",
        abstract: "Turn a roster exported from Excel or WPS as CSV (UTF-8 or GB18030) into members/<id>.md files.",
        discussion: """
            The first row names the columns, in Chinese or English: 姓名/name (required), \
            性别/gender, 党派/party (or 政治面貌), 界别/sector, 专委会/committee, 窗口/window, \
            身份/roles, 工作单位/unit, 职务/position, 届次/term, 电话/手机/phone, 地址/address, \
            备注/notes, 编号/id. Other columns are reported once and ignored. Without an 编号 \
            column, ids are made from the names' pinyin (张三 → zhang-san; 单 is read shan, \
            曾 zeng …), with -2, -3 when taken.

            A row is skipped, and reported as roster.csv:LINE: error: …, when it has no name, \
            a different number of cells from the heading row, a party, 界别, committee, window \
            or role the content folder does not know, the same name as an earlier row, or the \
            name of an existing member whose file says something else (use --overwrite to \
            update that file: its biography and the fields the roster leaves empty are kept). \
            Rows whose member file already says the same are left alone.

            Exit status: 0 when every row was used; 1 when any row was skipped — the good rows \
            are still written, so fix the reported rows and run the import again.
            """)

    @OptionGroup var options: ContentEditOptions

    @Argument(help: ArgumentHelp("The roster as CSV (comma- or tab-separated), in UTF-8 (with or without BOM), GB18030/GBK or UTF-16.", valueName: "roster.csv"))
    var roster: String

    @Flag(name: .long, help: "Check every row and say what would be written, without writing anything.")
    var dryRun = false

    @Flag(name: .long, help: "Update existing member files whose fields differ from the roster (the biography is kept).")
    var overwrite = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: roster) else {
            throw options.fail("cannot read \(roster)")
        }
        let report = RosterImport.run(
            bytes: [UInt8](data), file: roster, contentFolder: options.contentURL,
            options: RosterImportOptions(overwrite: overwrite, dryRun: dryRun)
        ) { done, total in
            guard !options.quiet else { return }
            FileHandle.standardError.write(Data("… \(done) of \(total) rows\n".utf8))
        }
        if let encoding = report.encoding { options.detail("read \(roster) as \(encoding.rawValue)") }
        for line in report.columns { options.detail(line) }
        for problem in report.problems {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        let verb = dryRun ? "would write" : "wrote"
        for path in report.written {
            options.detail("\(verb) \(options.shown(path))\(report.updated.contains(path) ? " (updated)" : "")")
        }
        options.say(summary(report))
        if report.hasErrors { throw ExitCode(1) }
    }

    private func summary(_ report: RosterImportReport) -> String {
        var parts = ["\(report.written.count) \(dryRun ? "would be written" : "written")"]
        if !report.updated.isEmpty { parts[0] += " (\(report.updated.count) updated)" }
        if !report.unchanged.isEmpty { parts.append("\(report.unchanged.count) unchanged") }
        parts.append("\(report.skipped) skipped")
        return "\(roster): \(report.rows) row\(report.rows == 1 ? "" : "s"); " + parts.joined(separator: ", ") + (dryRun ? "; nothing was written (dry run)" : "")
    }
}
