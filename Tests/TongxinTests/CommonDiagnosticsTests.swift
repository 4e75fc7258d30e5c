import Foundation
import Testing
@testable import Tongxin

/// The commonest diagnostics, each from a real file, read in Chinese (the default) and
/// in English (`--lang en`), with the machine-readable shape `path:line:column: severity:`.
@Suite struct CommonDiagnosticsTests {
    static let record = "records/2026/2026-03-12-li-si.md"
    static let good = TestSite.baseFiles[record]!

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var files: [String: String]
        var zh: String
        var en: String
        var description: String { name }
    }

    static func edited(_ old: String, _ new: String) -> [String: String] {
        [record: good.replacingOccurrences(of: old, with: new)]
    }

    static let cases: [Case] = [
        Case(name: "unknown member", files: edited("contactor: 张三", "contactor: 张山"),
             zh: "\(record):3:12: error: 没有找到委员“张山”（是不是要写“张三”？）",
             en: "\(record):3:12: error: unknown member '张山'; did you mean '张三'?"),
        Case(name: "method not in the policy", files: edited("method: 走访看望", "method: 电话"),
             zh: "\(record):5:9: error: 联系方式“电话”不在可选范围内（是不是要写“电话信息”？）；可选：走访看望、电话信息",
             en: "\(record):5:9: error: unknown method (联系方式) '电话'; did you mean '电话信息'?; allowed: 走访看望、电话信息"),
        Case(name: "missing required field", files: edited("contactor: 张三\n", ""),
             zh: "\(record):2:1: error: 联系记录缺少必填字段“联系人”（contactor）",
             en: "\(record):2:1: error: a contact record is missing the required field 'contactor' (联系人)"),
        Case(name: "required field left empty", files: edited("place: 会议室", "place:"),
             zh: "\(record):6:1: error: 联系记录的必填字段“联系地点”（place）是空的；请在冒号后面填写",
             en: "\(record):6:1: error: the required field 'place' (联系地点) of a contact record is empty; fill it in after the colon"),
        Case(name: "required field of spaces only", files: edited("recorder: 办公室", "recorder: \"  \""),
             zh: "\(record):7:1: error: 联系记录的必填字段“记录人”（recorder）是空的；请在冒号后面填写",
             en: "\(record):7:1: error: the required field 'recorder' (记录人) of a contact record is empty; fill it in after the colon"),
        Case(name: "not a date", files: edited("date: 2026-03-12", "date: 2026-3-32"),
             zh: "\(record):2:7: error: “2026-3-32”不是日期；请写成 年-月-日，如 2026-03-12",
             en: "\(record):2:7: error: '2026-3-32' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-12"),
        Case(name: "full-width colon", files: edited("place: 会议室", "place：会议室"),
             zh: "\(record):6:6: error: 这里的“：”是全角冒号（中文输入法打出的）；请改为半角的 :",
             en: "\(record):6:6: error: '：' here is a full-width colon (typed with a Chinese input method); type the half-width : instead"),
        Case(name: "unknown field", files: edited("recorder: 办公室", "recorder: 办公室\nrecoder: 李某"),
             zh: "\(record):8:1: warning: 联系记录里没有字段“recoder”（是不是要写“recorder”？）；这一项已忽略",
             en: "\(record):8:1: warning: unknown field 'recoder' in a contact record; did you mean 'recorder'?; it is ignored"),
        Case(name: "JSON trailing comma", files: ["data/events.json": "[\n  {\"member\": \"李四\", \"kind\": \"new-member\", \"date\": \"2026-03-01\"},\n]"],
             zh: "data/events.json:3:1: error: “]”前多了一个逗号；删掉最后那个逗号",
             en: "data/events.json:3:1: error: trailing comma before ']'; remove the last comma"),
        Case(name: "untouched template", files: [record: good.replacingOccurrences(of: "谈了**很多**。", with: RecordTemplate.placeholder)],
             zh: "\(record):9:1: error: 这里还是 tongxin new record 生成的提示文字；请改写为联系的经过、了解到的情况和对方的意见。未填写的模板不计为一次联系",
             en: "\(record):9:1: error: this is still the prompt tongxin new record wrote; replace it with what was said and heard. An unfilled template does not count as a contact"),
        Case(name: "duplicate 编号", files: [record: good.replacingOccurrences(of: "---\ndate", with: "---\nnumber: A1\ndate"),
                                           "records/2026/2026-04-01-li-si.md": good.replacingOccurrences(of: "---\ndate: 2026-03-12", with: "---\nnumber: A1\ndate: 2026-04-01")],
             zh: "records/2026/2026-04-01-li-si.md:1:1: error: 编号“A1”重复：records/2026/2026-04-01-li-si.md 和 \(record) 用了同一个编号；编号不能重复，请改掉其中一个",
             en: "records/2026/2026-04-01-li-si.md:1:1: error: record number 'A1' is used twice: by records/2026/2026-04-01-li-si.md and by \(record); 编号 must be unique, change one of them"),
        Case(name: "contactor not a Party member", files: edited("contactor: 张三\ncontactees: [李四]", "contactor: 李四\ncontactees: [张三]"),
             zh: "\(record):3:12: error: 联系人 李四 不是中共党员（party cpc）；按规定联系人须为党员委员",
             en: "\(record):3:12: error: 联系人 李四 is not a Party member (party cpc); the policy requires contacts to be made by Party members"),
        Case(name: "no front matter", files: ["pages/about.md": "关于本平台。\n"],
             zh: "pages/about.md:1:1: error: 缺少开头的字段区：文件第一行应为 ---，接着写各字段，再以一行 --- 结束",
             en: "pages/about.md:1:1: error: missing front matter: the file must start with a line '---', then the fields, then '---'"),
        Case(name: "unknown sector", files: ["members/li-si.md": "---\nname: 李四\nparty: 民建\nsector: 经济\n---\n简历。\n"],
             zh: "members/li-si.md:4:9: error: 没有找到界别“经济”（是不是要写“经济界”？）",
             en: "members/li-si.md:4:9: error: unknown sector (界别) '经济'; did you mean '经济界'?"),
        Case(name: "unknown party", files: ["members/li-si.md": "---\nname: 李四\nparty: 民盟盟员\n---\n简历。\n"],
             zh: "members/li-si.md:3:8: error: 没有找到党派“民盟盟员”",
             en: "members/li-si.md:3:8: error: unknown party '民盟盟员'"),
    ]

    static func lines(_ files: [String: String]) async throws -> [String] {
        try await offThePool {
            let site = try TestSite(files)
            defer { site.remove() }
            return site.loadAndCheck().lines
        }
    }

    @Test(.language(.zh), arguments: cases) func inChinese(_ c: Case) async throws {
        let lines = try await Self.lines(c.files)
        #expect(lines.contains(c.zh), "\(lines)")
    }

    @Test(.language(.en), arguments: cases) func inEnglish(_ c: Case) async throws {
        let lines = try await Self.lines(c.files)
        #expect(lines.contains(c.en), "\(lines)")
    }
}
