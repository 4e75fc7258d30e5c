import Foundation
import Testing
@testable import Tongxin

/// Pages, rules and briefs through their simple forms: 管理 only, keys not in the form
/// (a rule's attachments) kept, a brief's 抄送 with 、 inside an item read one per line.
@Suite(.language(.en)) struct EditorDocumentTests {
    static let rule = "---\ntitle: 联系办法\nnumber: 测政协党组〔2022〕8号\nissued: 2022-06-28\norder: 1\nattachments:\n  - label: 附件1\n    source: data/assignments.json\n---\n## 一、联系原则\n\n正文。\n"

    @Test func aRuleIsSavedByAdminKeepingItsAttachments() throws {
        let site = try EditorTests.repositorySite(["rules/method.md": Self.rule])
        defer { site.remove() }
        let path = "rules/method.md"
        var form = try #require(DocumentForm.reading(Self.rule, path: path))
        #expect(form["number"] == "测政协党组〔2022〕8号")
        form["issuer"] = "测试市政协党组"
        guard case .refused = DocumentSave.save(form, by: EditorDataTests.clerk, contentFolder: site.content) else {
            Issue.record("录入 saved a rule")
            return
        }
        guard case .saved = DocumentSave.save(form, by: EditorDataTests.admin, contentFolder: site.content) else {
            Issue.record("管理 could not save the rule")
            return
        }
        let saved = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        // A new field goes at the end of the front matter; the rest keeps its bytes.
        #expect(saved == Self.rule.replacingOccurrences(of: "data/assignments.json\n---", with: "data/assignments.json\nissuer: 测试市政协党组\n---"))
        #expect(Git.run(["log", "-1", "--format=%an|%s"], in: site.folder)?.trimmed == "管理某|edit rules/method.md")
        guard case .stale = DocumentSave.save(form, by: EditorDataTests.admin, contentFolder: site.content) else {
            Issue.record("a save on the older version was not refused")
            return
        }
    }

    @Test func aBriefsCopyListKeepsItemsHoldingCommas() throws {
        let text = "---\nissue: 1\ndate: 2026-06-01\ntitle: 简报\ncc: [市政协主席、副主席、秘书长, 各专门委员会]\n---\n编者按。\n"
        var form = try #require(DocumentForm.reading(text, path: "briefs/2026-01.md"))
        #expect(form["cc"] == "市政协主席、副主席、秘书长\n各专门委员会")
        #expect(DocumentForm.text(form, original: text) == text)
        form["cc"] = "市政协主席、副主席、秘书长\n各专门委员会\n各县（市、区）政协"
        #expect(DocumentForm.text(form, original: text).contains("cc: [市政协主席、副主席、秘书长, 各专门委员会, 各县（市、区）政协]\n"))
    }
}
