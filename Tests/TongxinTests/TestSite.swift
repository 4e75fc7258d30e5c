import Foundation
import Testing
@testable import Tongxin

/// A small site written into a temporary folder, the way Hugo's integration tests
/// embed a whole site in one test. Starts from a valid minimal site; tests add or
/// replace files.
struct TestSite {
    let folder: URL
    var content: URL { folder.appendingPathComponent("content") }
    var output: URL { folder.appendingPathComponent("public") }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("themes/default")
    /// The default theme's chart colours and words (theme.json), for charts drawn alone.
    static let chartStyle: ThemeText.ChartStyle = {
        var diagnostics = Diagnostics()
        return ThemeText.load(folder: theme, diagnostics: &diagnostics)!.chart
    }()

    static let siteJSON = """
        {
          "name": "测试政协",
          "organization": "政协测试市委员会",
          "as_of": "2026-11-20",
          "policy": {
            "min_contacts_per_year": 2,
            "contactor_must_be_party_member": true,
            "assignment_kinds": [
              { "id": "branch", "name": "临时党支部", "contactor_role": "party-group", "contactee": ["window", "branch"], "min": 1, "max": 4 },
              { "id": "pair", "name": "党员委员联系党外委员", "contactor_role": "party-member", "contactee": ["member"] }
            ],
            "methods": ["走访看望", "电话信息"],
            "topics": ["听取意见建议"],
            "triggers": [ { "id": "new-member", "name": "委员新任", "due_days": 30 } ]
          }
        }
        """

    static let organizationJSON = """
        {
          "parties": [
            { "id": "cpc", "name": "中国共产党", "short": "中共" },
            { "id": "cndca", "name": "中国民主建国会", "short": "民建" }
          ],
          "sectors": [ { "id": "economy", "name": "经济界" } ],
          "committees": [ { "id": "proposal", "name": "提案委员会", "short": "提案委" } ],
          "windows": [ { "id": "w-proposal", "name": "委员同心汇·提案委窗口", "committee": "proposal" } ],
          "branches": []
        }
        """

    static let baseFiles: [String: String] = [
        "site.json": siteJSON,
        "data/organization.json": organizationJSON,
        "data/assignments.json": #"[ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" } ]"#,
        "data/events.json": "[]",
        "members/zhang-san.md": "---\nname: 张三\nparty: cpc\nsector: economy\ncommittee: proposal\nwindow: w-proposal\n---\n张三的简历。\n",
        "members/li-si.md": "---\nname: 李四\nparty: 民建\nsector: 经济界\ncommittee: proposal\nwindow: w-proposal\nphone: 13900000000\n---\n李四的简历。\n",
        "records/2026/2026-03-12-li-si.md": "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈了**很多**。\n",
        "rules/method.md": "---\ntitle: 联系办法\nnumber: 测政协党组〔2022〕8号\nissued: 2022-06-28\norder: 1\n---\n## 一、联系原则\n\n正文。\n\n## 二、联系内容\n\n内容。\n\n### （一）细则\n\n细则。\n",
        "pages/about.md": "---\ntitle: 关于\n---\n关于本平台。\n",
    ]

    init(_ files: [String: String?] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-test-\(UUID().uuidString)")
        var all: [String: String?] = Self.baseFiles
        for (path, text) in files { all[path] = text }
        for (path, text) in all {
            guard let text else { continue }
            try write(path, text)
        }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Writes `text` to the content file `path`, or removes the file when it is nil.
    func edit(_ path: String, _ text: String?) throws {
        if let text { try write(path, text) } else { try FileManager.default.removeItem(at: content.appendingPathComponent(path)) }
    }

    @discardableResult
    func build(write: Bool = true) -> BuildReport {
        BuildPipeline.run(BuildOptions(contentFolder: content, themeFolder: Self.theme, outputFolder: output, mode: write ? .build() : .check, today: Day(year: 2026, month: 11, day: 20)!))
    }

    /// A build as `tongxin build` runs it: pages unchanged since the last build into
    /// `output` are linked from it (BuildMode.build(reuseLastBuild:)).
    @discardableResult
    func repeatedBuild(audience: Audience = .internal) -> BuildReport {
        var options = BuildOptions(contentFolder: content, themeFolder: Self.theme, outputFolder: output, today: Day(year: 2026, month: 11, day: 20)!, audience: audience)
        options.mode = .build(reuseLastBuild: true)
        return BuildPipeline.run(options)
    }

    /// Options as the preview builds with them: `cache` kept between builds, the output
    /// updated in place, and the watcher's report of changed files (nil: not known).
    func previewOptions(cache: BuildCache = BuildCache(), changed: Set<String>? = nil) -> BuildOptions {
        var options = BuildOptions(contentFolder: content, themeFolder: Self.theme, outputFolder: output, today: Day(year: 2026, month: 11, day: 20)!)
        options.mode = .preview(cache: cache, changed: changed)
        return options
    }

    /// A preview build as `tongxin serve` runs one: reported, then the work it leaves
    /// until after the report (files deleted meanwhile put back, changed Word files drawn).
    func previewBuild(cache: BuildCache, changed: Set<String>? = nil) -> BuildReport {
        var report = BuildPipeline.run(previewOptions(cache: cache, changed: changed))
        report.afterReport?()
        report.afterReport = nil
        return report
    }

    /// The output of a build from scratch of the base site with `files` added or replaced.
    static func freshSnapshot(_ files: [String: String?]) throws -> [String: Data] {
        let fresh = try TestSite(files)
        defer { fresh.remove() }
        return try snapshotAfterBuild(fresh)
    }

    /// The output of a build from scratch of a copy of this site's content as it is now.
    func freshSnapshotOfContent() throws -> [String: Data] {
        let fresh = try TestSite()
        defer { fresh.remove() }
        try? FileManager.default.removeItem(at: fresh.content)
        try FileManager.default.copyItem(at: content, to: fresh.content)
        return try Self.snapshotAfterBuild(fresh)
    }

    private static func snapshotAfterBuild(_ site: TestSite) throws -> [String: Data] {
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        return try site.snapshot()
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path)
    }

    /// Every output file with its bytes, for comparing builds.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = output.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                files[String(url.standardizedFileURL.path.dropFirst(root.count + 1))] = try Data(contentsOf: url)
            }
        }
        return files
    }
}

extension BuildReport {
    /// Diagnostics as printed, for asserting exact locations.
    var lines: [String] { diagnostics.sorted.map(\.description) }
    var errors: [String] { diagnostics.sorted.filter { $0.severity == .error }.map(\.description) }
    var warnings: [String] { diagnostics.sorted.filter { $0.severity == .warning }.map(\.description) }
}
