import Foundation
import Testing
@testable import Tongxin

/// docs/theme.md is written from the declarations the build checks templates against:
/// this test fails while the checked-in file differs, and rewrites it when run with
/// TONGXIN_WRITE_THEME_DOC=1.
@Suite struct ThemeDocTests {
    @Test func docsThemeMdIsUpToDate() throws {
        let file = TestSite.repository.appendingPathComponent(ThemeDoc.path)
        let generated = ThemeDoc.markdown()
        if ProcessInfo.processInfo.environment["TONGXIN_WRITE_THEME_DOC"] == "1" {
            try Data(generated.utf8).write(to: file)
        }
        let checkedIn = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        #expect(checkedIn == generated, "docs/theme.md is out of date: run TONGXIN_WRITE_THEME_DOC=1 swift test --filter ThemeDocTests and commit it")
    }

    /// Every template the default theme draws pages with is in the reference.
    @Test func everyPageTemplateOfTheDefaultThemeIsListed() throws {
        let doc = ThemeDoc.markdown()
        for name in Theme.requiredTemplates where name != "base" {
            #expect(doc.contains("## \(name)\n"), "\(name)")
        }
    }
}
