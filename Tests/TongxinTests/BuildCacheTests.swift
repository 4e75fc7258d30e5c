import Foundation
import Testing
@testable import Tongxin

/// The cache the preview server keeps between builds must never serve a stale file.
@Suite(.language(.en)) struct BuildCacheTests {
    func build(_ site: TestSite, cache: BuildCache) -> BuildReport {
        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.output, today: Day(year: 2026, month: 11, day: 20)!)
        options.mode = .preview(cache: cache)
        return BuildPipeline.run(options)
    }

    @Test func aChangedFileIsReloadedAndTheRestComeFromTheCache() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        let firstMisses = cache.misses
        #expect(build(site, cache: cache).wrote)
        #expect(cache.misses == firstMisses, "nothing changed: every file from the cache")
        try site.write("pages/about.md", "---\ntitle: 改过的关于\n---\n新的正文。\n")
        #expect(build(site, cache: cache).wrote)
        #expect(cache.misses == firstMisses + 1, "only the saved file is read again")
        #expect(try site.page("about/index.html").contains("改过的关于"))
        #expect(try site.page("about/index.html").contains("新的正文。"))
    }

    @Test func aFileChangedToTheSameSizeWithinOneSecondIsStillSeen() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        try site.write("pages/about.md", "---\ntitle: 甲\n---\n一\n")
        #expect(build(site, cache: cache).wrote)
        try site.write("pages/about.md", "---\ntitle: 乙\n---\n二\n")
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page("about/index.html").contains(">乙<") || site.page("about/index.html").contains("乙"))
        #expect(!(try site.page("about/index.html")).contains("<p>一</p>"))
    }

    @Test func errorsStayReportedWhileTheFileIsUnchanged() throws {
        let site = try TestSite(["members/wang-wu.md": "---\nname: 王五\nparty: [cpc\n---\n"])
        defer { site.remove() }
        let cache = BuildCache()
        let first = build(site, cache: cache)
        let second = build(site, cache: cache)
        #expect(!first.succeeded && !second.succeeded)
        #expect(first.errors == second.errors)
    }

    /// A body's findings (warnings) are reported at every build while the file has them,
    /// whichever file was saved, in file order, and go when it is mended.
    @Test func bodyFindingsStayReportedUntilMended() throws {
        let site = try TestSite([
            "pages/a.md": "---\ntitle: 甲\n---\n<b>粗</b>\n",
            "pages/b.md": "---\ntitle: 乙\n---\n[链接](javascript:x)\n",
        ])
        defer { site.remove() }
        let cache = BuildCache()
        func warnings(_ report: BuildReport) -> [String] { report.diagnostics.items.map(\.description).filter { $0.hasPrefix("pages/") } }
        let first = warnings(build(site, cache: cache))
        // The inline tags are two findings (opening and closing).
        #expect(first.count == 3 && first[0].hasPrefix("pages/a.md") && first[2].hasPrefix("pages/b.md"), "\(first)")
        try site.edit("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n谈了。\n")
        #expect(warnings(site.previewBuild(cache: cache, changed: ["records/2026/2026-03-12-li-si.md"])) == first)
        try site.edit("pages/a.md", "---\ntitle: 甲\n---\n**粗**\n")
        #expect(warnings(site.previewBuild(cache: cache, changed: ["pages/a.md"])) == [first[2]])
        try site.edit("pages/a.md", "---\ntitle: 甲\n---\n<i>斜</i>\n")
        #expect(warnings(site.previewBuild(cache: cache, changed: ["pages/a.md"])).count == 3)
    }
}

@Suite(.language(.en)) struct InPlaceUpdateTests {
    @Test func onlyChangedFilesAreRewrittenAndRemovedOnesGo() throws {
        let site = try TestSite()
        defer { site.remove() }
        let options = site.previewOptions()
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try "old".write(to: site.output.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        #expect(BuildPipeline.run(options).wrote)
        #expect(!site.exists("stale.html"), "the first build swaps in a clean folder")
        let rule = site.output.appendingPathComponent("rules/method/index.html")
        let ruleInode = try FileManager.default.attributesOfItem(atPath: rule.path)[.systemFileNumber] as? Int
        try site.write("pages/about.md", "---\ntitle: 新关于\n---\n正文\n")
        try site.write("pages/help.md", "---\ntitle: 帮助\n---\n帮助\n")
        #expect(BuildPipeline.run(options).wrote)
        #expect(try site.page("about/index.html").contains("新关于"))
        #expect(site.exists("help/index.html"))
        #expect(try FileManager.default.attributesOfItem(atPath: rule.path)[.systemFileNumber] as? Int == ruleInode, "an unchanged page is not rewritten")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/help.md"))
        #expect(BuildPipeline.run(options).wrote)
        #expect(!site.exists("help/index.html"))
        #expect(try site.snapshot() == TestSite.freshSnapshot(["pages/about.md": "---\ntitle: 新关于\n---\n正文\n"]), "in place ends exactly where a full build does")
    }

    /// A cleaner of temporary files may empty part of the preview's folder while it runs.
    @Test func filesDeletedFromTheFolderAreWrittenAgainAfterTheNextBuild() throws {
        let site = try TestSite()
        defer { site.remove() }
        let options = site.previewOptions()
        #expect(BuildPipeline.run(options).wrote)
        #expect(BuildPipeline.run(options).wrote)
        let rule = try site.page("rules/method/index.html")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("rules/method/index.html"))
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("members"))
        try site.write("pages/about.md", "---\ntitle: 新关于\n---\n正文\n")
        let report = BuildPipeline.run(options)
        #expect(report.wrote)
        #expect(try site.page("about/index.html").contains("新关于"))
        #expect(!site.exists("rules/method/index.html"), "checked once the build is reported, not before")
        report.afterReport?()
        #expect(try site.page("rules/method/index.html") == rule)
        #expect(site.exists("members/index.html"), "a deleted folder comes back with its pages")
        #expect(try site.snapshot() == TestSite.freshSnapshot(["pages/about.md": "---\ntitle: 新关于\n---\n正文\n"]))
    }
}

/// Pages reused by the preview must change whenever anything they show changes.
@Suite(.language(.en)) struct PageReuseTests {
    /// `changed`: the watcher's report, as the preview passes it.
    func build(_ site: TestSite, cache: BuildCache, changed: Set<String>? = nil) -> BuildReport {
        site.previewBuild(cache: cache, changed: changed)
    }

    /// The base site with more members, records and cases: the site of the edits below.
    static let editedSite: [String: String?] = {
        // Eleven cases: two pages of ten in the case list; removing the oldest leaves the
        // first page as it was but for its pager.
        var files: [String: String?] = Dictionary(uniqueKeysWithValues: (1...9).map { ("cases/more-\($0).md", "---\ntitle: 案例\($0)\ndate: 2026-01-\(10 + $0)\n---\n正文\($0)。\n") })
        files.merge([
            // 张三 is a 党组成员, so leader reports are drawn (and reused) too.
            "members/zhang-san.md": "---\nname: 张三\nparty: cpc\nsector: economy\ncommittee: proposal\nwindow: w-proposal\nroles: [party-group]\n---\n张三的简历。\n",
            "members/wang-wu.md": "---\nname: 王五\nparty: cpc\n---\n王五的简历。\n",
            "members/zhao-liu.md": "---\nname: 赵六\nparty: cndca\n---\n赵六的简历。\n",
            "cases/a.md": "---\ntitle: 案例甲\ndate: 2026-05-01\nmembers: [li-si]\ntags: [协商]\n---\n案例甲正文。\n",
            "cases/b.md": "---\ntitle: 案例乙\ndate: 2026-06-01\ntags: [协商, 履职]\n---\n案例乙正文。\n",
        ]) { $1 }
        return files
    }()

    /// Edits of every kind of content file, each of which must leave some pages reused.
    static let edits: [(String, String?)] = [
        // A record that names neither 李四 nor 张三.
        ("records/2026/2026-04-01-wang-wu.md", "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作。\n"),
        // It gains a suggestion (its month's suggestion page appears), which is then answered.
        ("records/2026/2026-04-01-wang-wu.md", "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nsuggestions:\n  - text: 修路\n    status: 待处理\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作。\n"),
        ("records/2026/2026-04-01-wang-wu.md", "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nsuggestions:\n  - text: 修路\n    status: 已反馈\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作。\n"),
        // Only its text changes: the analysis is kept.
        ("records/2026/2026-04-01-wang-wu.md", "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nsuggestions:\n  - text: 修路\n    status: 已反馈\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作，又谈了生活。\n"),
        // The pair's record changes: both members' pages and counts change.
        ("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-15\ncontactor: zhang-san\ncontactees: [李四]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n改了。\n"),
        // Its text changes: the committee's report quotes the opening.
        ("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-15\ncontactor: zhang-san\ncontactees: [李四]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n又改了开头。\n"),
        // A member paired with 李四 is renamed: 李四's page shows the new name.
        ("members/zhang-san.md", "---\nname: 张叁\nparty: cpc\nsector: economy\ncommittee: proposal\nwindow: w-proposal\nroles: [party-group]\n---\n张三的简历。\n"),
        // 赵六 joins the committee: the committee reports count one member more.
        ("members/zhao-liu.md", "---\nname: 赵六\nparty: cndca\ncommittee: proposal\n---\n赵六的简历。\n"),
        // 赵六 leaves the committee and window on 04-15: a contact of 04-10 still counts
        // for their pages, though 赵六 is no longer listed there; moved to 05-10, it
        // no longer does.
        ("members/zhao-liu.md", "---\nname: 赵六\nparty: cndca\nhistory:\n  - committee: proposal\n    window: w-proposal\n    until: 2026-04-15\n---\n赵六的简历。\n"),
        ("records/2026/2026-04-10-zhao-liu.md", "---\ndate: 2026-04-10\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n离开前。\n"),
        ("records/2026/2026-04-10-zhao-liu.md", "---\ndate: 2026-05-10\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n离开后。\n"),
        // A second record for the pair, then it goes again.
        ("records/2026/2026-05-20-li-si.md", "---\ndate: 2026-05-20\ncontactor: zhang-san\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n再谈。\n"),
        ("records/2026/2026-05-20-li-si.md", nil),
        // A contact in an earlier year adds a yearly report to the page of 张叁 (党组成员),
        // though the record names neither 张叁 nor anyone paired with 张叁.
        ("records/2025/2025-06-01-wang-wu.md", "---\ndate: 2025-06-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n去年。\n"),
        // A case moves to the front of the list and onto a tag page; then one goes,
        // so the list has one page fewer.
        ("cases/more-1.md", "---\ntitle: 案例一改\ndate: 2026-09-01\ntags: [履职]\n---\n改了。\n"),
        ("cases/more-2.md", nil),
    ]

    @Test func unchangedPagesAreReusedAndChangedInputsAreNot() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        #expect(cache.pagesReused == 0)
        #expect(build(site, cache: cache).wrote)
        let reusedOnce = cache.pagesReused
        #expect(reusedOnce >= 3, "record, rule and page are reused when nothing changed")
        let record = "records/2026/2026-03-12-li-si/index.html"
        // A member the record names changes: the record page must show it.
        try site.write("members/li-si.md", "---\nname: 李四\nparty: cndca\nposition: 新职务甲乙\n---\n简历。\n")
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page(record).contains("新职务甲乙"))
        // The organisation changes (shared input): every page is drawn again.
        try site.write("data/organization.json", TestSite.organizationJSON.replacingOccurrences(of: "\"short\": \"民建\"", with: "\"short\": \"民建会\""))
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page(record).contains("民建会"))
        // A site setting (shared) changes the layout of reused pages too.
        try site.write("site.json", TestSite.siteJSON.replacingOccurrences(of: "测试政协", with: "改名的政协"))
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page("rules/method/index.html").contains("改名的政协"))
        #expect(try site.page(record).contains("改名的政协"))
    }

    /// After each edit, the preview's reused pages must equal a build from scratch, byte
    /// for byte, and pages the edit does not touch must be reused.
    @Test func reusedPagesEqualAFreshBuildAfterEachEdit() throws {
        let site = try TestSite(Self.editedSite)
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        for (path, text) in Self.edits {
            let reusedBefore = cache.pagesReused, analysesBefore = cache.analysesReused
            let textOnly = text.map { new in
                (try? String(contentsOf: site.content.appendingPathComponent(path), encoding: .utf8)).map { old in
                    old.components(separatedBy: "\n---\n")[0] == new.components(separatedBy: "\n---\n")[0]
                } ?? false
            } ?? false
            try site.edit(path, text)
            #expect(build(site, cache: cache, changed: [path]).wrote)
            #expect(cache.pagesReused > reusedBefore, "some pages are reused after editing \(path)")
            #expect(cache.analysesReused == analysesBefore + (textOnly ? 1 : 0), "the analysis is kept only when a record's text alone changed (\(path))")
            let incremental = try site.snapshot(), scratch = try site.freshSnapshotOfContent()
            #expect(incremental.keys.sorted() == scratch.keys.sorted())
            let differing = scratch.keys.filter { incremental[$0] != scratch[$0] }.sorted()
            #expect(differing.isEmpty, "after editing \(path) these pages differ from a fresh build: \(differing)")
        }
        // The unrelated record left 李四's page alone; the pair's own record did not.
        #expect(try site.page("members/li-si/index.html").contains("张叁"))
    }

    /// The stories', briefs' and free pages' specs are kept while only records change
    /// (the preview's most common save); a member a story names, a story, a cover image
    /// or a record that appears lists them again. After each edit the site equals a
    /// fresh build.
    @Test func storiesAreListedAgainOnlyWhenMoreThanRecordsChanged() throws {
        let site = try TestSite(Self.editedSite)
        defer { site.remove() }
        let cover = "assets/photos/cover.png"
        func drawCover(width: Int) throws {
            try FileManager.default.createDirectory(at: site.content.appendingPathComponent("assets/photos"), withIntermediateDirectories: true)
            try OfficeClient.run(OfficeClient.program("vips"), ["black", site.content.appendingPathComponent(cover).path, String(width), "300"])
        }
        try drawCover(width: 700)
        let record = "records/2026/2026-03-12-li-si.md", story = "cases/a.md", member = "members/li-si.md"
        try site.write(story, "---\ntitle: 案例甲\ndate: 2026-05-01\ncover: \(cover)\nmembers: [li-si]\ntags: [协商]\n---\n案例甲正文。\n")
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        func saved(_ method: String) -> (String, String?) {
            (record, "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: \(method)\nplace: 会议室\nrecorder: 办公室\n---\n谈了。\n")
        }
        let steps: [(changes: [(String, String?)], image: Bool, kept: Bool)] = [
            ([saved("电话信息")], false, true),
            ([(member, "---\nname: 李四\nparty: 民建\nsector: 经济界\ncommittee: proposal\nwindow: w-proposal\nposition: 某某公司新任董事长\n---\n李四的简历。\n")], false, false),
            ([saved("走访看望"), (story, "---\ntitle: 案例甲改\ndate: 2026-05-01\ncover: \(cover)\nmembers: [li-si]\ntags: [协商]\n---\n案例甲正文。\n")], false, false),
            ([saved("电话信息")], true, false),
            ([("records/2026/2026-08-01-li-si.md", "---\ndate: 2026-08-01\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n新的。\n")], false, false),
            ([saved("走访看望")], false, true),
        ]
        for (number, step) in steps.enumerated() {
            let before = cache.documentsReused
            for (path, text) in step.changes { try site.edit(path, text) }
            if step.image { try drawCover(width: 900) }
            #expect(build(site, cache: cache, changed: Set(step.changes.map(\.0) + (step.image ? [cover] : []))).wrote)
            #expect(cache.documentsReused == before + (step.kept ? 1 : 0), "step \(number + 1)")
            let incremental = try site.snapshot(), scratch = try site.freshSnapshotOfContent()
            let differing = scratch.keys.filter { incremental[$0] != scratch[$0] }.sorted()
            #expect(differing.isEmpty, "step \(number + 1): \(differing)")
        }
        let page = try site.page("cases/a/index.html")
        #expect(page.contains("某某公司新任董事长") && page.contains("900"))
    }

    /// A record renamed as it is (the same text under another file name) has another
    /// address: every list and table that links it (the pairs table's contacts outside
    /// the assignments among them) follows, as a fresh build would.
    @Test func aRenamedRecordIsLinkedAtItsNewAddress() throws {
        let site = try TestSite(Self.editedSite)
        defer { site.remove() }
        let outside = "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作。\n"
        try site.write("records/2026/2026-04-01-wang-wu.md", outside)
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        for (old, new) in [("records/2026/2026-04-01-wang-wu.md", "records/2026/2026-04-01-renamed.md"), ("records/2026/2026-03-12-li-si.md", "records/2026/2026-03-12-moved.md")] {
            let text = try String(contentsOf: site.content.appendingPathComponent(old), encoding: .utf8)
            try site.edit(old, nil)
            try site.write(new, text)
            #expect(build(site, cache: cache, changed: [old, new]).wrote)
            let incremental = try site.snapshot(), scratch = try site.freshSnapshotOfContent()
            #expect(incremental.keys.sorted() == scratch.keys.sorted())
            let differing = scratch.keys.filter { incremental[$0] != scratch[$0] }.sorted()
            #expect(differing.isEmpty, "after renaming \(old): \(differing)")
        }
        let pairs = try site.page(Routes.pairs + "index.html")
        #expect(pairs.contains("2026-04-01-renamed/") && !pairs.contains("2026-04-01-wang-wu/"), "the contact outside the assignments, at its new address")
    }

    /// A unit page lists its members' pairs; a contactor from outside the unit who has not
    /// met the contactee yet is in no record of the unit, only in the pair.
    @Test func aUnitPageFollowsTheNameOfAContactorFromElsewhere() throws {
        let site = try TestSite([
            "data/assignments.json": #"[ { "contactor": "wang-wu", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" } ]"#,
            "members/wang-wu.md": "---\nname: 王小五\nparty: cpc\n---\n",
        ])
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page("units/proposal/index.html").contains("王小五"))
        try site.write("members/wang-wu.md", "---\nname: 王小伍\nparty: cpc\n---\n")
        #expect(build(site, cache: cache, changed: ["members/wang-wu.md"]).wrote)
        let unit = try site.page("units/proposal/index.html")
        #expect(unit.contains("王小伍") && !unit.contains("王小五"))
    }

    /// Task pages are keyed by what they show: a saved record of one contactor's pair
    /// (the analysis changes) draws that contactor's page again and keeps the other's.
    @Test func aTaskPageIsDrawnAgainOnlyWhenItsContactorsTasksChange() throws {
        let site = try TestSite([
            "data/assignments.json": #"""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" },
              { "contactor": "wang-wu", "kind": "pair", "contactees": ["zhao-liu"], "organizer": "w-proposal" } ]
            """#,
            "members/wang-wu.md": "---\nname: 王五\nparty: cpc\n---\n",
            "members/zhao-liu.md": "---\nname: 赵六\nparty: cndca\n---\n",
        ])
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        let before = cache.storedPages()
        let record = "records/2026/2026-04-01-zhao-liu.md"
        try site.edit(record, "---\ndate: 2026-04-01\ncontactor: 王五\ncontactees: [赵六]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈了工作。\n")
        #expect(build(site, cache: cache, changed: [record]).wrote)
        let after = cache.storedPages()
        let kept = Routes.tasks("zhang-san"), redrawn = Routes.tasks("wang-wu")
        #expect(before[kept] != nil && before[kept]?.key == after[kept]?.key)
        #expect(before[redrawn] != nil && before[redrawn]?.key != after[redrawn]?.key)
        let page = redrawn + "index.html"
        #expect(try site.snapshot()[page] == site.freshSnapshotOfContent()[page])
        #expect(try site.page(page).contains("2026年4月1日"))
    }

    /// Pages drawn from the analysis are keyed by what they show: a saved 联系方式 changes
    /// no pair's count, so the pairs table keeps its key, while the year's summary's Word
    /// file (it lists each record's 联系方式) is drawn again; one more contact changes a
    /// count, and the table is drawn again. Both as a fresh build draws them.
    @Test func analysisPagesAreDrawnAgainOnlyWhenWhatTheyShowChanges() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        let pairs = Routes.pairs, summaryFile = Routes.yearSummary(2026) + WordViews.reportFile
        let firstFile = try site.snapshot()[summaryFile]
        let before = cache.storedPages()
        // Each has a digest, so the preview keeps it: a value the digest could not read would draw it at every save.
        for route in [pairs, Routes.pairsByStatus("inProgress"), Routes.assignments, Routes.yearSummary(2026), Routes.suggestions, Routes.tasks("zhang-san"), Routes.unit("proposal")] {
            #expect(before[route] != nil, "\(route) is kept between builds")
        }
        let record = "records/2026/2026-03-12-li-si.md"
        try site.edit(record, "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n谈了**很多**。\n")
        #expect(build(site, cache: cache, changed: [record]).wrote)
        let afterMethod = cache.storedPages()
        #expect(before[pairs] != nil && before[pairs]?.key == afterMethod[pairs]?.key, "no count changed")
        // Kept between builds like its page (so that it can be drawn after the pages), by a key of its own.
        #expect(before[summaryFile] != nil && before[summaryFile]?.key != afterMethod[summaryFile]?.key)
        var scratch = try site.freshSnapshotOfContent(), incremental = try site.snapshot()
        #expect(firstFile != nil && incremental[summaryFile] != firstFile, "the summary's Word file lists the new 联系方式")
        for page in [pairs + "index.html", summaryFile] { #expect(incremental[page] == scratch[page], "\(page) differs from a fresh build") }
        let another = "records/2026/2026-05-06-li-si.md"
        try site.edit(another, "---\ndate: 2026-05-06\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n又谈了。\n")
        #expect(build(site, cache: cache, changed: [another]).wrote)
        #expect(cache.storedPages()[pairs]?.key != afterMethod[pairs]?.key, "the pair's count changed")
        scratch = try site.freshSnapshotOfContent()
        incremental = try site.snapshot()
        for page in [pairs + "index.html", summaryFile] { #expect(incremental[page] == scratch[page], "\(page) differs from a fresh build") }
    }

    /// A unit page's values are made again only when what they are made from changed
    /// (its members' files, their pairs' rows, its contacts by month): a saved 联系方式
    /// leaves them, one more contact or a member's new position does not. A narrowed
    /// pairs table likewise by its rows. Each time the pages equal a fresh build's.
    @Test func aUnitPagesValuesAreMadeAgainOnlyWhenWhatTheyAreMadeFromChanged() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        let units = [Routes.unit("proposal"), Routes.unit("w-proposal")]
        func made() -> [Int?] { units.map { cache.storedDigests()[$0]?.made } }
        func checkFresh(_ step: String) throws {
            let scratch = try site.freshSnapshotOfContent(), incremental = try site.snapshot()
            for page in units + [narrowed] { #expect(incremental[page + "index.html"] == scratch[page + "index.html"], "\(page) after \(step)") }
        }
        let first = made()
        #expect(first.allSatisfy { $0 != nil })
        // 李四's party (民建): a narrowed pairs table, made from its rows the same way.
        let narrowed = Routes.pairGroup("party", "cndca"), narrowedFirst = cache.storedDigests()[narrowed]?.made
        #expect(narrowedFirst != nil)
        let record = "records/2026/2026-03-12-li-si.md"
        try site.edit(record, "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n谈了。\n")
        #expect(build(site, cache: cache, changed: [record]).wrote)
        #expect(made() == first, "a changed 联系方式 changes nothing a unit page shows")
        #expect(cache.storedDigests()[narrowed]?.made == narrowedFirst, "nor a narrowed pairs table")
        try checkFresh("the 联系方式")
        let another = "records/2026/2026-05-06-li-si.md"
        try site.edit(another, "---\ndate: 2026-05-06\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n又谈了。\n")
        #expect(build(site, cache: cache, changed: [another]).wrote)
        let second = made()
        #expect(zip(first, second).allSatisfy { $0 != $1 }, "one more contact in May")
        #expect(cache.storedDigests()[narrowed]?.made != narrowedFirst, "the pair's count changed")
        try checkFresh("one more contact")
        try site.edit("members/li-si.md", "---\nname: 李四\nparty: 民建\nsector: 经济界\ncommittee: proposal\nwindow: w-proposal\nposition: 某某公司新任董事长\n---\n李四的简历。\n")
        #expect(build(site, cache: cache, changed: ["members/li-si.md"]).wrote)
        #expect(zip(second, made()).allSatisfy { $0 != $1 }, "a member's position changed")
        try checkFresh("the member's position")
    }

    @Test func aTemplateChangeRedrawsReusablePages() throws {
        let site = try TestSite()
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        try site.write("templates/rule.mustache", "{{<base}}{{$main}}<p class=\"changed\">{{title}}</p>{{/main}}{{/base}}")
        #expect(build(site, cache: cache).wrote)
        #expect(try site.page("rules/method/index.html").contains("<p class=\"changed\">联系办法</p>"))
    }
}

/// The preview keeps the records table's blocks (CSVExports) between builds: a kept
/// block must never show an old record or an old name.
@Suite(.language(.en)) struct RecordsTableBlockTests {
    /// 1,100 records: three blocks of rows.
    static func records() -> [String: String?] {
        // The base site's record names 李四 by name, which the rename below would break.
        var files: [String: String?] = ["records/2026/2026-03-12-li-si.md": nil]
        for index in 0..<1100 {
            let day = Day(ordinal: Day(year: 2026, month: 1, day: 1)!.ordinal + index % 300)
            files["records/2026/\(day.iso)-r\(index).md"] = "---\ndate: \(day.iso)\ncontactor: zhang-san\ncontactees: [li-si]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n第\(index)次。\n"
        }
        return files
    }

    func build(_ site: TestSite, cache: BuildCache) -> BuildReport {
        site.previewBuild(cache: cache)
    }

    func freshTable(_ edits: [String: String]) throws -> String {
        let fresh = try TestSite(Self.records().merging(edits.mapValues { $0 }) { _, edit in edit })
        defer { fresh.remove() }
        fresh.build()
        return try fresh.page(Routes.recordsCSV)
    }

    @Test func aSavedRecordOrARenamedMemberChangesTheTableAsAFullBuildWould() throws {
        let site = try TestSite(Self.records())
        defer { site.remove() }
        let cache = BuildCache()
        #expect(build(site, cache: cache).wrote)
        var edits: [String: String] = [:]
        // A record in the middle block gets another method.
        let record = "records/2026/\(Day(ordinal: Day(year: 2026, month: 1, day: 1)!.ordinal + 550 % 300).iso)-r550.md"
        edits[record] = "---\ndate: \(Day(ordinal: Day(year: 2026, month: 1, day: 1)!.ordinal + 550 % 300).iso)\ncontactor: zhang-san\ncontactees: [li-si]\nmethod: 电话信息\nplace: 会议室\nrecorder: 办公室\n---\n改过。\n"
        // Every block names 李四 (by id): renamed, every row changes.
        edits["members/li-si.md"] = "---\nname: 李思\nparty: 民建\nsector: 经济界\ncommittee: proposal\nwindow: w-proposal\n---\n简历。\n"
        for (path, text) in edits.sorted(by: { $0.key > $1.key }) {
            try site.write(path, text)
        }
        #expect(build(site, cache: cache).wrote)
        let table = try site.page(Routes.recordsCSV)
        #expect(table.contains("电话信息"))
        #expect(!table.contains("李四"))
        #expect(table == (try freshTable(edits)))
    }
}

/// A part shown by many pages keyed by what they show is digested once (DigestOnce); the
/// page's digest must still follow every value the part shows.
@Suite struct DigestOnceTests {
    /// A page showing a list of pair rows.
    final class RowsPage: TemplateObject {
        let rows: [PairRowValues]
        init(_ rows: [PairRowValues]) { self.rows = rows }
        func value(_ key: String) -> TemplateValue? { key == "pairs" ? .list(rows) : nil }
    }

    func row(count: Int, contactee: String = "李四") -> PairRowValues {
        let link = { (name: String) in MemberLinkValues(name: name, tableName: name, href: "members/\(name)/", file: "members/\(name).md") }
        return PairRowValues(contactor: link("张三"), contactee: link(contactee), party: "民建", sector: "经济界", committee: "", window: "",
                             kind: "党组成员联系", count: count, minimum: 2, note: "", last: "2026-03-01", status: "进行中", statusClass: "ongoing")
    }

    func digest(_ rows: [PairRowValues]) -> Int? {
        ContextDigest.of(RowsPage(rows), keys: [.list("pairs", RenderContext.pairRowKeys)])
    }

    @Test func aSharedRowsDigestFollowsWhatItShows() throws {
        let shared = row(count: 1)
        let first = try #require(digest([shared]))
        // Worked out once, then kept: the same number again, and the same as a fresh row's.
        #expect(digest([shared]) == first)
        #expect(digest([row(count: 1)]) == first)
        // A count, a member in a nested link, the rows' order: each changes the page's digest.
        #expect(digest([row(count: 2)]) != first)
        #expect(digest([row(count: 1, contactee: "王五")]) != first)
        #expect(digest([row(count: 1), row(count: 2)]) != digest([row(count: 2), row(count: 1)]))
    }
}
