import Foundation
import Testing
@testable import Tongxin

/// `tongxin build` links the pages whose inputs did not change since the last build into
/// the same folder (OutputManifest): the result must be the bytes of a build from scratch.
@Suite(.language(.en)) struct LastBuildReuseTests {
    static func inode(_ site: TestSite, _ page: String) -> UInt64? {
        FileIdentity(path: site.output.appendingPathComponent(page).path)?.inode
    }

    static func manifest(_ site: TestSite) -> Data? {
        FileManager.default.contents(atPath: OutputManifest.location(of: site.output).path)
    }

    @Test func repeatedBuildsEqualAFreshBuildAfterEachEdit() throws {
        let site = try TestSite(PageReuseTests.editedSite)
        defer { site.remove() }
        let first = site.repeatedBuild()
        #expect(first.wrote && first.pagesReused == 0)
        let edits = PageReuseTests.edits + [
            // A template of the site's own, then a setting: every page is drawn again.
            ("templates/rule.mustache", "{{<base}}{{$main}}<p class=\"changed\">{{title}}</p>{{/main}}{{/base}}"),
            ("site.json", TestSite.siteJSON.replacingOccurrences(of: "测试政协", with: "改名的政协")),
        ]
        for (path, text) in edits {
            try site.edit(path, text)
            let report = site.repeatedBuild()
            #expect(report.wrote, "\(report.lines)")
            let shared = path == "site.json" || path.hasPrefix("templates/")
            #expect(shared ? report.pagesReused == 0 : report.pagesReused > 0, "pages reused after editing \(path): \(report.pagesReused)")
            let repeated = try site.snapshot(), fresh = try site.freshSnapshotOfContent()
            #expect(repeated.keys.sorted() == fresh.keys.sorted(), "after editing \(path)")
            let differing = fresh.keys.filter { repeated[$0] != fresh[$0] }.sorted()
            #expect(differing.isEmpty, "after editing \(path) these pages differ from a fresh build: \(differing)")
        }
        #expect(try site.page("rules/method/index.html").contains("<p class=\"changed\">联系办法</p>"))
    }

    @Test func unchangedPagesAreLinkedAndChangedOnesWrittenAnew() throws {
        let site = try TestSite()
        defer { site.remove() }
        let rule = "rules/method/index.html", record = "records/2026/2026-03-12-li-si/index.html"
        #expect(site.repeatedBuild().wrote)
        let ruleBefore = Self.inode(site, rule), recordBefore = Self.inode(site, record)
        #expect(ruleBefore != nil && recordBefore != nil)
        try site.write("records/2026/2026-03-12-li-si.md", "---\ndate: 2026-03-12\ncontactor: 张三\ncontactees: [李四]\nmethod: 走访看望\nplace: 会议室\nrecorder: 办公室\n---\n谈了新的内容。\n")
        let report = site.repeatedBuild()
        #expect(report.wrote && report.pagesReused > 0)
        #expect(Self.inode(site, rule) == ruleBefore, "the unchanged rule is the same file, linked")
        #expect(Self.inode(site, record) != recordBefore)
        #expect(try site.page(record).contains("谈了新的内容"))
    }

    @Test func aPageChangedOrDeletedInTheFolderIsDrawnAgain() throws {
        let site = try TestSite()
        defer { site.remove() }
        let rule = "rules/method/index.html", about = "about/index.html"
        #expect(site.repeatedBuild().wrote)
        let original = try site.snapshot()
        // Edited in place (same inode, new time) and deleted.
        let handle = try FileHandle(forWritingTo: site.output.appendingPathComponent(rule))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<p>edited by hand</p>".utf8))
        try handle.close()
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(about))
        let report = site.repeatedBuild()
        #expect(report.wrote && report.pagesReused > 0)
        #expect(try site.snapshot() == original)
    }

    @Test func aMissingOrDamagedManifestMeansEveryPageIsDrawn() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.repeatedBuild().wrote)
        let original = try site.snapshot()
        let location = OutputManifest.location(of: site.output)
        for damage in ["", "tongxin-pages 1\nnot a line\n", "tongxin-pages 0\n"] {
            try Data(damage.utf8).write(to: location)
            let report = site.repeatedBuild()
            #expect(report.wrote && report.pagesReused == 0, "with a manifest of \(damage.debugDescription)")
            #expect(try site.snapshot() == original)
        }
        try FileManager.default.removeItem(at: location)
        #expect(site.repeatedBuild().pagesReused == 0)
        #expect(site.repeatedBuild().pagesReused > 0, "the build after it reuses again")
        #expect(try site.snapshot() == original)
    }

    @Test func aFailedBuildLeavesTheSiteAndItsManifestAsTheyWere() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.repeatedBuild().wrote)
        let original = try site.snapshot(), manifest = Self.manifest(site)
        #expect(manifest != nil)
        // An error the render finds (after the folder's lock is taken): a table too wide
        // for the Markdown parser.
        try site.write("pages/about.md", "---\ntitle: 关于\n---\n" + String(repeating: "| a ", count: 250) + "|\n" + String(repeating: "|---", count: 250) + "|\n")
        let failed = site.repeatedBuild()
        #expect(!failed.succeeded && !failed.wrote)
        #expect(try site.snapshot() == original)
        #expect(Self.manifest(site) == manifest)
        try site.write("pages/about.md", TestSite.baseFiles["pages/about.md"]!)
        let fixed = site.repeatedBuild()
        #expect(fixed.wrote && fixed.pagesReused > 0)
        #expect(try site.snapshot() == original)
    }

    @Test func publicBuildsDrawEveryPageAndKeepNoManifest() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.repeatedBuild(audience: .public).wrote)
        let again = site.repeatedBuild(audience: .public)
        #expect(again.wrote && again.pagesReused == 0)
        #expect(Self.manifest(site) == nil)
    }
}

@Suite(.language(.en)) struct StableHasherTests {
    /// XXH64's published values (and Python's xxhash for the longer inputs): the keys on
    /// disk must not change between runs or machines.
    @Test func matchesXXH64() {
        func xxh64(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
            var hasher = StableHasher(seed: seed)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            return UInt64(bitPattern: Int64(hasher.finalize()))
        }
        #expect(xxh64([]) == 0xEF46_DB37_51D8_E999)
        #expect(xxh64(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        #expect(xxh64(Array(0..<100)) == 0x6AC1_E580_3216_6597)
        #expect(xxh64(Array(0..<100), seed: 7) == 0x8065_3E7E_9B88_7CDD)
        #expect(xxh64(Array("同心".utf8)) == 0x01CB_279A_9C83_EDA4)
    }

    /// A number is combined in Swift, without the call into C: the same value as the
    /// hash of its 8 little-endian bytes, so keys on disk stay what they were.
    @Test func aNumberIsHashedAsItsBytes() {
        var generator = SystemRandomNumberGenerator()
        for value in [0, 1, -1, Int.min, Int.max, 0x1234_5678_9ABC_DEF0] + (0..<1000).map({ _ in Int.random(in: .min ... .max, using: &generator) }) {
            let seed = UInt64.random(in: 0 ... .max, using: &generator)
            var inSwift = StableHasher(seed: seed), asBytes = StableHasher(seed: seed)
            inSwift.combine(value)
            withUnsafeBytes(of: value.littleEndian) { asBytes.combine(bytes: $0) }
            #expect(inSwift.finalize() == asBytes.finalize(), "\(value) seed \(seed)")
        }
    }

    @Test func textsAreDelimited() {
        var first = StableHasher(), second = StableHasher()
        first.combine("ab"); first.combine("c")
        second.combine("a"); second.combine("bc")
        #expect(first.finalize() != second.finalize())
    }
}
