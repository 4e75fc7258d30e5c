import Foundation
import Testing
@testable import Tongxin

/// The window's follow-up of a suggestion (Jinhua 四.4: 处理意见, 处理情况, 备案日期), which
/// `tongxin edit` writes, is shown where the office reads suggestions — the record page,
/// the 意见建议 pages and their CSV — and never in the public build.
@Suite struct SuggestionFollowUpTests {
    static let record = """
        ---
        date: 2026-03-12
        contactor: 张三
        contactees: [李四]
        method: 走访看望
        place: 会议室
        recorder: 办公室
        suggestions:
          - text: 建议增设社区助老食堂
            route: 提案
            status: 办理中
            handling: 转提案委员会跟进办理
            result: 民政局已答复并纳入明年计划
            filed: 2026-04-03
          - text: 没有处理意见的建议
            route: 直通车
            status: 待处理
        ---
        谈了**很多**。
        """

    @Test func theFollowUpIsOnTheRecordAndSuggestionPagesAndTheCSV() throws {
        let site = try TestSite(["records/2026/2026-03-12-li-si.md": Self.record])
        defer { site.remove() }
        #expect(site.build().errors == [])
        let pages = try site.snapshot().filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
        let showing = pages.filter { $0.value.contains("转提案委员会跟进办理") }.keys.sorted()
        #expect(showing.contains { $0.hasPrefix("records/2026/") }, "the record page: \(showing)")
        #expect(showing.contains("suggestions/2026-03/index.html"))
        #expect(showing.contains("suggestions/index.html"), "the register lists it as still 办理中")
        let month = try site.page("suggestions/2026-03/index.html")
        #expect(month.contains("处理情况：</span>民政局已答复并纳入明年计划"))
        #expect(month.contains("备案日期：2026年4月3日"))
        // A suggestion without a follow-up shows no empty labels.
        #expect(month.components(separatedBy: "处理意见：").count == 2)

        let rows = CSV.decode(try [UInt8](Data(contentsOf: site.output.appendingPathComponent("suggestions/suggestions.csv"))))
        #expect(Array(rows[0].suffix(3)) == ["处理意见", "处理情况", "备案日期"])
        let row = try #require(rows.first { $0[2] == "建议增设社区助老食堂" })
        #expect(Array(row.suffix(3)) == ["转提案委员会跟进办理", "民政局已答复并纳入明年计划", "2026-04-03"])
        let other = try #require(rows.first { $0[2] == "没有处理意见的建议" })
        #expect(Array(other.suffix(3)) == ["", "", ""])
    }

    @Test func thePublicBuildNeverShowsIt() throws {
        let site = try TestSite(["records/2026/2026-03-12-li-si.md": Self.record])
        defer { site.remove() }
        #expect(site.repeatedBuild(audience: .public).errors == [])
        let files = try site.snapshot()
        #expect(!files.isEmpty)
        #expect(!files.values.contains { String(decoding: $0, as: UTF8.self).contains("转提案委员会跟进办理") })
    }
}
