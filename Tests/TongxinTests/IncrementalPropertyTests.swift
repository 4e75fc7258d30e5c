import Foundation
import Testing
@testable import Tongxin

/// The fresh build is the oracle of every incremental one: random sequences of edits of
/// every kind of content file, and after each edit the preview's result (BuildCache) and
/// a repeated `tongxin build`'s (pages linked from the last build) must equal a build from
/// scratch, byte for byte. The edits are drawn from a seeded generator (SplitMix64, as
/// FuzzTests), so a failure names its seed and step and can be replayed.
@Suite(.language(.en)) struct IncrementalPropertyTests {
    /// Members added to the base site, named by id in the generated records so that they
    /// can be renamed freely (the base record names 张三 and 李四 by name).
    static let startFiles: [String: String?] = [
        "data/assignments.json": #"""
            [ { "contactor": "zhang-san", "kind": "pair", "contactees": ["li-si"], "organizer": "w-proposal" },
              { "contactor": "wang-wu", "kind": "pair", "contactees": ["zhao-liu", "qian-qi"], "organizer": "w-proposal" } ]
            """#,
        "members/wang-wu.md": "---\nname: 王五\nparty: cpc\n---\n王五的简历。\n",
        "members/zhao-liu.md": "---\nname: 赵六\nparty: cndca\nsector: economy\n---\n赵六的简历。\n",
        "members/qian-qi.md": "---\nname: 钱七\nparty: cndca\ncommittee: proposal\n---\n钱七的简历。\n",
    ]

    static let contactors = ["zhang-san", "wang-wu"]
    static let contactees = ["li-si", "zhao-liu", "qian-qi"]

    /// One random edit: a path and its new text (nil: the file is removed).
    static func edit(_ random: inout FuzzTests.Generator) -> (String, String?) {
        switch random.below(9) {
        case 0...3: return record(&random)
        case 4:
            let year = random.below(2) == 0 ? 2025 : 2026
            return ("records/\(year)/gen-\(year)-\(random.below(3)).md", nil)
        case 5: return member(&random)
        case 6: return story(&random)
        case 7: return ("cases/gen-\(random.below(3)).md", nil)
        default: return ("pages/about.md", "---\ntitle: 关于\(random.below(3))\n---\n关于本平台\(random.below(5))。\n")
        }
    }

    static func record(_ random: inout FuzzTests.Generator) -> (String, String?) {
        let year = random.below(2) == 0 ? 2025 : 2026
        let date = String(format: "%d-%02d-%02d", year, 1 + random.below(11), 1 + random.below(28))
        let contactees = contactees.filter { _ in random.below(2) == 0 }
        let suggestion = random.below(3) == 0 ? "suggestions:\n  - text: 建议\(random.below(4))\n    status: \(random.below(2) == 0 ? "待处理" : "已反馈")\n" : ""
        let text = "---\ndate: \(date)\ncontactor: \(contactors[random.below(2)])\ncontactees: [\((contactees.isEmpty ? ["li-si"] : contactees).joined(separator: ", "))]\n"
            + "method: \(random.below(2) == 0 ? "走访看望" : "电话信息")\n\(suggestion)place: 会议室\(random.below(3))\nrecorder: 办公室\n---\n谈了第\(random.below(9))件事。\n"
        // The file name is the record's number: unique across years.
        return ("records/\(year)/gen-\(year)-\(random.below(3)).md", text)
    }

    static func member(_ random: inout FuzzTests.Generator) -> (String, String?) {
        let id = ["wang-wu", "zhao-liu", "qian-qi"][random.below(3)]
        let names = ["wang-wu": ["王五", "王伍"], "zhao-liu": ["赵六", "赵陆"], "qian-qi": ["钱七", "钱柒"]][id]!
        let party = id == "wang-wu" ? "cpc" : "cndca"
        let committee = random.below(2) == 0 ? "committee: proposal\n" : ""
        let window = random.below(3) == 0 ? "window: w-proposal\n" : ""
        return ("members/\(id).md", "---\nname: \(names[random.below(2)])\nparty: \(party)\n\(committee)\(window)---\n简历\(random.below(4))。\n")
    }

    static func story(_ random: inout FuzzTests.Generator) -> (String, String?) {
        let tags = ["协商", "履职", "调研"].filter { _ in random.below(2) == 0 }
        let members = contactees.filter { _ in random.below(3) == 0 }
        let text = "---\ntitle: 案例\(random.below(5))\ndate: 2026-\(String(format: "%02d", 1 + random.below(11)))-10\n"
            + "tags: [\(tags.joined(separator: ", "))]\nmembers: [\(members.joined(separator: ", "))]\n---\n案例正文\(random.below(7))。\n"
        return ("cases/gen-\(random.below(3)).md", text)
    }

    /// Twelve edits per seed, each followed by a preview build and a repeated build,
    /// both compared with a fresh build.
    @Test(arguments: [1, 2, 3])
    func incrementalBuildsEqualAFreshBuildAfterRandomEdits(seed: UInt64) throws {
        var random = FuzzTests.Generator(seed: seed)
        let preview = try TestSite(Self.startFiles), repeated = try TestSite(Self.startFiles)
        defer { preview.remove(); repeated.remove() }
        let cache = BuildCache()
        #expect(preview.previewBuild(cache: cache).wrote)
        #expect(repeated.repeatedBuild().wrote)
        for step in 1...12 {
            let (path, text) = Self.edit(&random)
            // Removing a file that is not there is no edit: draw again.
            if text == nil && !FileManager.default.fileExists(atPath: preview.content.appendingPathComponent(path).path) { continue }
            try preview.edit(path, text)
            try repeated.edit(path, text)
            let where_ = "seed \(seed), step \(step): \(text == nil ? "removed" : "wrote") \(path)"
            let incremental = preview.previewBuild(cache: cache, changed: [path])
            // Every generated edit is valid content: a failed build is a failed test.
            try #require(incremental.wrote, "\(where_): \(incremental.lines)")
            try #require(repeated.repeatedBuild().wrote, "\(where_)")
            let scratch = try preview.freshSnapshotOfContent()
            for (name, site) in [("preview", preview), ("repeated build", repeated)] {
                let result = try site.snapshot()
                let differing = Set(scratch.keys).symmetricDifference(result.keys).union(scratch.keys.filter { result[$0] != nil && result[$0] != scratch[$0] }).sorted()
                try #require(differing.isEmpty, "\(where_): the \(name) differs from a fresh build in \(differing.prefix(10))")
            }
        }
    }
}

extension FuzzTests.Generator {
    init(seed: UInt64) { self.init(state: seed) }

    /// A number in 0..<n.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
