import Foundation
import Testing
@testable import Tongxin

/// The executable speaks Chinese by default, English with `--lang en` (anywhere on the
/// line) or an English LANG, and prints one JSON document with `--format json`.
@Suite struct CommandLanguageTests {
    static let broken = ["records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张山\ncontactees: [李四]\nmethod: 走访看望\nplace：会议室\nrecorder: 办公室\n---\n谈话。\n"]

    /// Runs the executable off the cooperative pool (it waits for the process).
    static func check(_ site: TestSite, _ extra: [String], language: String?) async throws -> CommandLineTests.Run {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        environment["LANG"] = language
        let folder = site.folder, fixed = environment
        return try await offThePool {
            try CommandLineTests.run(["check", "--content", "content", "--theme", TestSite.theme.path] + extra, in: folder, environment: fixed, keepLanguage: true)
        }
    }

    @Test func chineseByDefaultEnglishOnRequest() async throws {
        let site = try TestSite(Self.broken)
        defer { site.remove() }
        let chinese = try await Self.check(site, [], language: nil)
        #expect(chinese.status == 1)
        #expect(chinese.stderr == "content/records/2026/2026-03-12-li-si.md:6:6: error: 这里的“：”是全角冒号（中文输入法打出的）；请改为半角的 :\n1 个错误，0 个警告；未写入任何文件。\n")
        let english = try await Self.check(site, ["--lang", "en"], language: "zh_CN.UTF-8")
        #expect(english.stderr == "content/records/2026/2026-03-12-li-si.md:6:6: error: '：' here is a full-width colon (typed with a Chinese input method); type the half-width : instead\n1 error, 0 warnings; nothing was written.\n")
        let byLocale = try await Self.check(site, [], language: "en_GB.UTF-8")
        #expect(byLocale.stderr == english.stderr)
        let folder = site.folder
        let help = try await offThePool { try CommandLineTests.run(["check", "--lang", "zh", "--help"], in: folder, environment: ["LANG": "en_US.UTF-8"], keepLanguage: true) }
        #expect(help.stdout.contains("检查内容（每个文件、每处引用、每篇 Markdown 正文），不写入任何文件。"))
    }

    @Test func jsonForScripts() async throws {
        let site = try TestSite(Self.broken)
        defer { site.remove() }
        try site.write("records/2026/2026-03-12-li-si.md", Self.broken.values.first!.replacingOccurrences(of: "place：", with: "place: "))
        let run = try await Self.check(site, ["--format", "json", "--lang", "en"], language: nil)
        #expect(run.status == 1)
        #expect(run.stderr == "")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["errors"] as? Int == 1)
        #expect(document["succeeded"] as? Bool == false)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == "content/records/2026/2026-03-12-li-si.md")
        #expect(diagnostics.first?["line"] as? Int == 3)
        #expect(diagnostics.first?["column"] as? Int == 12)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(diagnostics.first?["message"] as? String == "unknown member '张山'; did you mean '张三'?")
        try site.write("records/2026/2026-03-12-li-si.md", TestSite.baseFiles["records/2026/2026-03-12-li-si.md"]!)
        let clean = try await Self.check(site, ["--format", "json"], language: nil)
        #expect(clean.status == 0)
        let good = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any])
        #expect(good["succeeded"] as? Bool == true)
        #expect((good["diagnostics"] as? [Any])?.isEmpty == true)
    }

    /// `check --audience public` finds a phone number in public content at its line, as
    /// the pre-commit hook does.
    @Test func thePublicCheckNamesTheLineOfAPhoneNumber() async throws {
        let site = try TestSite(["cases/story.md": "---\ntitle: 一个案例\n---\n正文。\n\n电话 13912345678。\n"])
        defer { site.remove() }
        let run = try await Self.check(site, ["--audience", "public"], language: nil)
        #expect(run.status == 1)
        let mobile = Catalogue.text("leak.kind.mobile", [], language: .zh)
        #expect(run.stderr.contains("content/cases/story.md:6:4: error: " + Catalogue.text("leak.number", [mobile, "139******78"], language: .zh) + "\n"), "\(run.stderr)")
    }
}
