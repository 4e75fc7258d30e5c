import Foundation
import Testing
@testable import Tongxin

/// The bundled example in content/ must always build cleanly: it is what a new user
/// sees first.
@Suite(.language(.en)) struct ExampleSiteTests {
    @Test func theBundledExampleBuildsWithoutProblems() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = BuildPipeline.run(BuildOptions(
            contentFolder: TestSite.repository.appendingPathComponent("content"), themeFolder: TestSite.theme,
            outputFolder: output.appendingPathComponent("public")))
        #expect(report.lines.isEmpty, "\(report.lines)")
        #expect(report.pageCount > 150)
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent("public").appendingPathComponent(path), encoding: .utf8)
        }
        let home = try page("index.html")
        #expect(home.contains("示例数据（虚构）"))
        let jinhua = try page("rules/jinhua-method/index.html")
        #expect(jinhua.contains("金政协党组〔2022〕8号"))
        #expect(jinhua.contains("2022年6月28日"))
        #expect(jinhua.contains("联系五到位"))
        let jiangmen = try page("rules/jiangmen-system/index.html")
        #expect(jiangmen.contains("第七条"))
        #expect(try page("members/index.html").contains("委员名录"))
    }
}

/// The Jiangmen example: the same model configured for the other seed system.
@Suite(.language(.en)) struct JiangmenExampleTests {
    @Test func theJiangmenExampleBuildsWithItsOwnPolicy() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-jiangmen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = BuildPipeline.run(BuildOptions(
            contentFolder: TestSite.repository.appendingPathComponent("examples/jiangmen"), themeFolder: TestSite.theme,
            outputFolder: output))
        #expect(report.lines.isEmpty, "\(report.lines)")
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let assignments = try page("assignments/index.html")
        #expect(assignments.contains("党组成员联系党外常委"))
        let home = try page("index.html")
        #expect(home.contains("各专委会联系次数"))
        #expect(!home.contains("各窗口联系次数"), "Jiangmen has no windows")
        #expect(try page("records/blank/index.html").contains("谈心谈话"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("reports/2026-h1/committees/hkmt-foreign/index.html").path))
    }
}
