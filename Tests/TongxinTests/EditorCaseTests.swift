import Foundation
import Testing
@testable import Tongxin

/// The case story and member profile forms of `tongxin edit`: round trips, uploads
/// checked by their bytes, and who may make a case public.
@Suite(.language(.en)) struct EditorCaseTests {
    static let publicity = EditAccount(login: "xuan", name: "宣传某", roles: [.publicity], hash: "")
    static let reviewer = EditAccount(login: "shen", name: "审核某", roles: [.review], hash: "")
    static let admin = EditAccount(login: "guan", name: "管理某", roles: [.admin], hash: "")
    static let clerk = EditAccount(login: "wang", name: "王某", roles: [.entry], hash: "")

    /// A 1 × 1 PNG.
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")!

    static let publicCase = "---\ntitle: 一个案例\ndate: 2026-05-01\nmembers: [李四]\ntags: [调研]\n---\n正文。\n"

    @Test func everyBundledCaseAndMemberRoundTripsThroughItsForm() throws {
        for (section, read) in [("cases", CaseForm.reading), ("members", MemberForm.reading)] as [(String, (String, String) -> FieldForm?)] {
            let folder = TestSite.repository.appendingPathComponent("content/\(section)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            #expect(!names.isEmpty)
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                var form = try #require(read(text, "\(section)/\(name)"), "\(section)/\(name)")
                if form.body.hasSuffix("\n") { form.body.removeLast() }
                let again = section == "cases" ? CaseForm.text(form, original: text) : MemberForm.text(form, original: text)
                #expect(again == text, "\(section)/\(name)")
            }
        }
    }

    @Test func anHTMLFileNamedJPGIsRefused() {
        let page = Data("<!DOCTYPE html><html><script>alert(1)</script></html>".utf8)
        #expect(throws: UploadedImage.Refusal.self) { try UploadedImage(filename: "photo.jpg", data: page) }
        #expect(throws: UploadedImage.Refusal.self) { try UploadedImage(filename: "drawing.svg", data: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8)) }
        #expect(throws: UploadedImage.Refusal.self) { try UploadedImage(filename: "photo.jpg", data: Self.png) }
        #expect(throws: UploadedImage.Refusal.self) { try UploadedImage(filename: "big.png", data: Self.png + Data(count: UploadedImage.maxBytes)) }
        #expect((try? UploadedImage(filename: "photo.PNG", data: Self.png))?.kind == .png)
    }

    @Test func onlyAReviewerMakesACasePublic() throws {
        let site = try EditorTests.repositorySite(["cases/open.md": Self.publicCase])
        defer { site.remove() }
        var form = FieldForm()
        form["title"] = "新案例"
        form["date"] = "2026-06-01"
        form["audience"] = "public"
        form.body = "正文。"
        guard case .invalid(let problems) = CaseSave.save(form, slug: "new-case", uploads: [], by: Self.publicity, contentFolder: site.content) else {
            Issue.record("宣传 made a case public")
            return
        }
        #expect(problems.first?.field == "audience")
        #expect(!FileManager.default.fileExists(atPath: site.content.appendingPathComponent("cases/new-case.md").path))

        // Left empty, a new case by 宣传 is written internal, not public by default.
        form["audience"] = ""
        guard case .saved(let path, _) = CaseSave.save(form, slug: "new-case", uploads: [], by: Self.publicity, contentFolder: site.content) else {
            Issue.record("宣传 could not save an internal case")
            return
        }
        #expect(try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8).contains("audience: internal"))

        // A public case is changed by a reviewer only.
        let open = try String(contentsOf: site.content.appendingPathComponent("cases/open.md"), encoding: .utf8)
        var edit = try #require(CaseForm.reading(open, path: "cases/open.md"))
        edit["title"] = "改过的标题"
        guard case .invalid = CaseSave.save(edit, slug: nil, uploads: [], by: Self.publicity, contentFolder: site.content) else {
            Issue.record("宣传 changed a public case")
            return
        }
        guard case .saved = CaseSave.save(edit, slug: nil, uploads: [], by: Self.reviewer, contentFolder: site.content) else {
            Issue.record("审核 could not change a public case")
            return
        }
        #expect(Git.run(["log", "-1", "--format=%an"], in: site.folder)?.trimmed == "审核某")
        // 录入 may not write cases at all.
        guard case .refused = CaseSave.save(form, slug: "other", uploads: [], by: Self.clerk, contentFolder: site.content) else {
            Issue.record("录入 wrote a case")
            return
        }
    }

    @Test func anUploadedCoverIsStoredAndCommittedWithTheCase() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        var form = FieldForm()
        form["title"] = "有封面的案例"
        form["date"] = "2026-06-01"
        form.body = "正文。"
        let image = try UploadedImage(filename: "车间.png", data: Self.png)
        let uploads = [CaseUpload(use: .cover, image: image), CaseUpload(use: .body(alt: "车间"), image: image)]
        guard case .saved(let path, _) = CaseSave.save(form, slug: "with-cover", uploads: uploads, by: Self.publicity, contentFolder: site.content) else {
            Issue.record("the case with pictures was not saved")
            return
        }
        let text = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains("cover: assets/images/case-with-cover-1.png"))
        #expect(text.contains("![车间](../../assets/images/case-with-cover-2.png)"))
        let committed = Git.run(["show", "--name-only", "--format=", "HEAD"], in: site.folder)?.split(separator: "\n").map(String.init).sorted()
        #expect(committed == ["content/assets/images/case-with-cover-1.png", "content/assets/images/case-with-cover-2.png", "content/cases/with-cover.md"])
        #expect(!site.build(write: false).diagnostics.hasErrors)
    }

    @Test func memberProfilesAreSavedByAdministratorsOnly() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let path = "members/li-si.md"
        let text = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        var form = try #require(MemberForm.reading(text, path: path))
        #expect(form["phone"] == "13900000000")
        form["phone"] = "13900000001"
        guard case .refused = MemberSave.save(form, id: nil, by: Self.clerk, contentFolder: site.content) else {
            Issue.record("录入 changed a member")
            return
        }
        guard case .saved = MemberSave.save(form, id: nil, by: Self.admin, contentFolder: site.content) else {
            Issue.record("管理 could not change a member")
            return
        }
        let saved = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        #expect(saved == text.replacingOccurrences(of: "13900000000", with: "\"13900000001\""))
        // An unknown party is refused by the same check as `tongxin check`, at its field.
        let now = try String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)
        var bad = try #require(MemberForm.reading(now, path: path))
        bad["party"] = "不存在的党派"
        guard case .invalid(let problems) = MemberSave.save(bad, id: nil, by: Self.admin, contentFolder: site.content) else {
            Issue.record("an unknown party was saved")
            return
        }
        #expect(problems.contains { $0.field == "party" })
    }
}
