import Foundation
import Testing
@testable import Tongxin

/// PlainYAML must give exactly what Yams gives (values, member order, every location)
/// whenever it answers, and answer for nearly all real front matter.
///
/// The reference is `YAMLNodes.parse` itself, on the text plus a last line `#<tab>`: a
/// comment changes nothing for YAML, but PlainYAML declines any tab, so that call takes
/// the Yams path (checked each time).
@Suite(.language(.en)) struct PlainYAMLTests {
    static let file = "records/2026/t.md"

    enum Answer {
        case declined
        case same
        case different(String)
    }

    /// Compares PlainYAML on `yaml` with the Yams path.
    static func compare(_ yaml: String, lineOffset: Int = 1) -> Answer {
        guard let fast = PlainYAML.parse(yaml, file: file, lineOffset: lineOffset) else { return .declined }
        let forced = yaml + "\n#\t"
        guard PlainYAML.parse(forced, file: file, lineOffset: lineOffset) == nil else {
            return .different("the reference did not take the Yams path")
        }
        switch YAMLNodes.parse(forced, file: file, lineOffset: lineOffset) {
        case .failure(let diagnostic):
            return .different("Yams: \(diagnostic); PlainYAML: \(fast.map(describe) ?? "nil")")
        case .success(let reference):
            switch (fast, reference) {
            case (nil, nil): return .same
            case (let a?, let b?):
                if let difference = difference(a, b) { return .different(difference) }
                return .same
            default:
                return .different("PlainYAML: \(fast.map(describe) ?? "nil"); Yams: \(reference.map(describe) ?? "nil")")
            }
        }
    }

    /// The first difference between two trees, or nil. Text is compared byte for byte.
    static func difference(_ a: DataNode, _ b: DataNode, path: String = "") -> String? {
        if a.location != b.location { return "\(path): location \(a.location) ≠ \(b.location)" }
        switch (a.value, b.value) {
        case (.string(let x), .string(let y)), (.number(let x), .number(let y)):
            return x.utf8.elementsEqual(y.utf8) ? nil : "\(path): \(describe(a)) ≠ \(describe(b))"
        case (.bool(let x), .bool(let y)):
            return x == y ? nil : "\(path): \(x) ≠ \(y)"
        case (.null, .null):
            return nil
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) items ≠ \(y.count)" }
            for (index, (p, q)) in zip(x, y).enumerated() {
                if let d = difference(p, q, path: "\(path)[\(index)]") { return d }
            }
            return nil
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) members ≠ \(y.count)" }
            for (p, q) in zip(x, y) {
                guard p.key.utf8.elementsEqual(q.key.utf8) else { return "\(path): key \(p.key) ≠ \(q.key)" }
                guard p.keyLocation == q.keyLocation else { return "\(path).\(p.key): key location \(p.keyLocation) ≠ \(q.keyLocation)" }
                if let d = difference(p.value, q.value, path: "\(path).\(p.key)") { return d }
            }
            return nil
        default:
            return "\(path): \(describe(a)) ≠ \(describe(b))"
        }
    }

    static func describe(_ node: DataNode) -> String {
        let at = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .string(let s): return "string \(String(reflecting: s))\(at)"
        case .number(let s): return "number \(s)\(at)"
        case .bool(let b): return "\(b)\(at)"
        case .null: return "null\(at)"
        case .array(let items): return "[\(items.map(describe).joined(separator: ", "))]\(at)"
        case .object(let members): return "{\(members.map { "\($0.key)@\($0.keyLocation.line):\($0.keyLocation.column): \(describe($0.value))" }.joined(separator: ", "))}\(at)"
        }
    }

    // MARK: Hand-written snippets

    /// In the subset: PlainYAML must answer, and answer like Yams.
    static let accepted: [String] = [
        "title: 关于本平台\norder: 1\naudience: public\n",
        "a: 'it''s'\n",
        "a: ''''\nb: ''\nc: \"\"\n",
        "a: 'x''y''z' # c\n",
        "a: \"双引号 'x'\"\nb: '单引号 \"x\"'\n",
        "a: \"a: b\"\nb: 'c: d # e'\nc: \"含#号\"\nd: '含 # 号'\n",
        "a: 007\nb: 1e3\nc: +1\nd: .5\ne: 1.\nf: -1\ng: -1.5e-3\nh: 1E+3\ni: 0x1F\nj: 1_000\n",
        "a: -.5\nb: +.5\nc: 1.5.5\nd: 12:30\n",
        "a: true\nb: True\nc: tRue\nd: TRUE\ne: false\nf: FALSE\ng: yes\nh: on\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne: nUll\nf: '~'\ng: \"null\"\n",
        "a:\nb:\n",
        "a:\n",
        "a:   \nb: x\n",
        "a: b   \n",
        "a: 'x'   \nb: [x]   \n",
        "a: b # comment\n",
        "a: b#c\nb: c# d\n",
        "a: # only a comment\nb: 1\n",
        "# leading comment\n\na: 1\n\n# trailing\n",
        "a: 1\n  # indented comment\nb: 2\n",
        "中文键: 中文值\n键二: [甲, 乙, 丙]\n",
        "a: [a, b, c]\n",
        "a: [a,b]\n",
        "a: [ ]\nb: []\n",
        "a: ['a', \"b\"]\n",
        "a: [ a , b ]\n",
        "a: [1, true, null, ~, 0.5, '1']\n",
        "a: [甲乙, 'x''y'] # c\n",
        "a: [x y, -1, .5, a?b, a&b]\n",
        "s:\n- a\n- b\n",
        "s:\n  - a\n  - b\n",
        "s:\n    - a\n    - b\nt: 1\n",
        "s:\n  - text: x\n    route: y\n  - text: z\n",
        "s:\n- text: x\n  route: y\n- text: z\nk: v\n",
        "s:\n  - text: x\n\n    route: y\n",
        "s:\n  - a\n  # comment\n  - b\n",
        "s:\n  - a\n# comment at column 1\n  - b\n",
        "s:\n  - text: a\n# comment\n    route: b\n",
        "s:\n\n  - a\n\n  - b\n\nt: x\n",
        "s: # comment\n  - a\n",
        "s:\n# comment\n- a\n",
        "s:\n  - 'quoted'\n  - \"dq\"\n  - [x, y]\n  - []\n",
        "s:\n  - text: x\n    route:\n  - text: y\n",
        "s:\n- text:\n- x\n",
        "s:\n- text:\n  route: r\n",
        "s:\n  - a:b\n  - http://x.y\n",
        "s:\n  -   x\n  -   y\n",
        "s:\n  -   k: v\n      k2: w\n",
        "s:\n  - k: [a, b]\n    l: 'x'\n    m: \"y\" # c\n",
        "s:\n  - text: 甲 # c\n    route: '乙' # c\n",
        "s:\n  - 1\n  - -2\n  - true\n  - ~\n",
        "s:\n  - a\n  - k: v\n  - b\n",
        "a: http://example.org/a?b=c#frag\n",
        "a: b, c]\nb: x[y]{z}\nc: a,b\n",
        "a: it's\nb: say \"hi\"\n",
        "a: 😀 emoji\n😀: x\nb: [😀, '😀']\n",
        "名字：王五: x\n",
        "a: 2026-03-12\nb: \"2026-003\"\nc: 09:00-11:30\n",
        "a: b:c\nb: a:b:c\n",
        "a: x\u{00A0}y\nb: x\u{00A0}\n",
        "a: 全角　空格　\nb: 　\n",
        "a-b: 1\na_b: 2\na.b: 3\n_x: 4\n2026: 5\n",
        "true: 1\nnull: 2\n",
        "a: b\n\n\n",
        "a: b",
        "a: b ",
        "a: b # c",
        "a:",
        "a: x\u{10FFFF}\n",
        "a: b - c\n",
        "a: 'x' #c\n",
        "a: ab '\n",
        "a: a!b&c*d|e>f%g@h`i\n",
    ]

    /// Empty documents: PlainYAML answers "empty", as Yams does.
    static let empty: [String] = ["", "\n", "   \n", "# only a comment\n", "\n# a\n\n  # b\n", "#"]

    /// Outside the subset: PlainYAML must leave these to Yams.
    static let declined: [String] = [
        "a: b: c\n",
        "key : value\n",
        "key  : value\n",
        "a:value\n",
        "a: 1\na: 2\n",
        "s:\n  - k: 1\n    k: 2\n",
        "é: 1\ne\u{301}: 2\n",
        "a: -- x\n",
        "~x: 1\n",
        "a:\tb\n",
        "a: b\t\n",
        "\ta: b\n",
        "a: b\r\nc: d\r\n",
        "\u{FEFF}a: b\n",
        "a: x\u{FEFF}\n",
        "a: x\u{85}y\n",
        "a: x\u{2028}y\n",
        "a: x\u{7F}\n",
        "a: &x b\n",
        "a: *x\n",
        "a: !str b\n",
        "a: |\n  x\n",
        "a: >\n  x\n",
        "a: %x\n",
        "a: @x\n",
        "a: `x`\n",
        "a: ? x\n",
        "a: {b: c}\n",
        "a: [a, [b]]\n",
        "a: [a, {b: c}]\n",
        "a: [a, ]\n",
        "a: [a,,b]\n",
        "a: [a,\n  b]\n",
        "a: [a: b]\n",
        "a: [a #b]\n",
        "a: [a#b]\n",
        "a: [a]b\n",
        "a: \"x\\ny\"\n",
        "a: \"x\\\"y\"\n",
        "a: 'multi\n  line'\n",
        "a: \"multi\n  line\"\n",
        "a: b\n  c\n",
        "a: b\n\n  c\n",
        "a:\n  b: c\n",
        "---\na: b\n",
        "a: b\n...\n",
        "a: b\n---\nc: d\n",
        "- a\n- b\n",
        "just a scalar\n",
        "a: - b\n",
        "s:\n-\n- x\n",
        "s:\n- # empty\n- x\n",
        "'a': b\n",
        "\"a\": b\n",
        "名字：王五\n",
        "a: 'x'y\n",
        "a: 'x'#c\n",
        "? a\n: b\n",
        "a: b\n b2: c\n",
        "s:\n  - a\n - b\n",
        "s:\n  - a\n   - b\n",
        "s:\n- a\n  - b\n",
        "s:\n  - k: v\n     l: w\n",
        "s:\n  - k: v\n   l: w\n",
        "s:\n  - k:\n    - x\n",
        "s:\n  - - x\n",
        "a: -\n",
        "a: -x\n",
        "a: :x\n",
        "a: ,x\n",
        "a: #x\nb: ]\n",
        "-a: b\n",
        ".a: b\n",
        "a b: c\n",
        "%YAML 1.2\n---\na: b\n",
        "a: [",
        "a: 'unterminated\n",
        "a: b\n  # comment\n  c\n",
        (0..<300).map { "k\($0): v\n" }.joined(),
    ]

    @Test func handWrittenSnippetsInTheSubsetMatchYams() {
        for yaml in Self.accepted {
            switch Self.compare(yaml) {
            case .declined: Issue.record("PlainYAML declined \(String(reflecting: yaml))")
            case .different(let why): Issue.record("\(String(reflecting: yaml)): \(why)")
            case .same: break
            }
            // Other line offsets move every line alike.
            if case .different(let why) = Self.compare(yaml, lineOffset: 7) { Issue.record("\(String(reflecting: yaml)) at +7: \(why)") }
        }
        for yaml in Self.empty {
            guard case .some(.none) = PlainYAML.parse(yaml, file: Self.file, lineOffset: 1) else {
                Issue.record("\(String(reflecting: yaml)) is not read as an empty document")
                continue
            }
            if case .different(let why) = Self.compare(yaml) { Issue.record("\(String(reflecting: yaml)): \(why)") }
        }
        for yaml in Self.declined {
            if PlainYAML.parse(yaml, file: Self.file, lineOffset: 1) != nil {
                Issue.record("PlainYAML answered \(String(reflecting: yaml)), which it should leave to Yams")
            }
        }
        print("PlainYAML: \(Self.accepted.count) snippets answered like Yams, \(Self.empty.count) empty documents, \(Self.declined.count) declined")
    }

    // MARK: Random documents

    /// FuzzTests' seeded SplitMix64: the same documents on every machine.
    typealias Generator = FuzzTests.Generator

    static let randomKeys = ["a", "b", "c", "d", "e", "f", "g", "键", "名字", "a-b", "x.y", "_k", "1", "true", "😀", "é", "title", "日期", "意见建议"]
    static let oddKeys = ["a b", "-a", "'q'", "e\u{301}", "k ", "~", "a#b"]
    static let randomValues = [
        "", " ", "x", "x ", "  x", "'a''b'", "''", "\"q\"", "\"\"", "[a, b]", "[]", "[ 'x' ,\"y\" ]", "[a,b ,c]", "1", "007", "-1",
        "+1", ".5", "1.", "1e3", "true", "tRue", "False", "~", "null", "a # c", "a#c", "a:b", "甲乙", "b, c]", "'x' # c",
        "😀", "全角：冒号", "a\u{00A0}", "[~, null, 1]", "it's", "a ' b", "\"a'b\"", "x y z", "2026-03-12", "\"09:00-11:30\"",
    ]
    static let oddValues = [
        "a: b", "#c", "\"a\\b\"", "&a x", "*a", "[a, [b]]", "|", "x\t", "'x'y", "- x", "-x", "-5", "[a, ]", "[a", "'x", "x:",
        "? x", "{a: b}", "!x", "%x", "'a\nb'", "x\r",
    ]

    static func randomDocument(_ g: inout Generator) -> String {
        var lines: [String] = []
        func key() -> String { (Int.random(in: 0..<20, using: &g) == 0 ? oddKeys : randomKeys).randomElement(using: &g)! }
        func value() -> String { (Int.random(in: 0..<12, using: &g) == 0 ? oddValues : randomValues).randomElement(using: &g)! }
        func separator() -> String { [" ", " ", " ", " ", " ", " ", "", "  "].randomElement(using: &g)! }
        for _ in 0..<Int.random(in: 0...7, using: &g) {
            switch Int.random(in: 0..<100, using: &g) {
            case 0..<45: lines.append("\(key()):\(separator())\(value())")
            case 45..<52: lines.append(["", "  ", "# c", "  # c", "#\u{3000}x"].randomElement(using: &g)!)
            default:
                lines.append("\(key()):" + (Bool.random(using: &g) ? "" : " # c"))
                let indent = String(repeating: " ", count: [0, 0, 0, 2, 2, 2, 4, 1, 3].randomElement(using: &g)!)
                for _ in 0..<Int.random(in: 1...3, using: &g) {
                    if Bool.random(using: &g) {
                        lines.append("\(indent)-\(separator())\(value())")
                    } else {
                        lines.append("\(indent)- \(key()):\(separator())\(value())")
                        let inner = indent + String(repeating: " ", count: [2, 2, 2, 2, 2, 1, 3, 0].randomElement(using: &g)!)
                        for _ in 0..<Int.random(in: 0...2, using: &g) {
                            lines.append(Int.random(in: 0..<8, using: &g) == 0 ? "\(inner)# c" : "\(inner)\(key()):\(separator())\(value())")
                        }
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + (Bool.random(using: &g) ? "\n" : "")
    }

    @Test func randomDocumentsMatchYamsWheneverTheFastPathAnswers() {
        var generator = Generator(state: UInt64(ProcessInfo.processInfo.environment["PLAINYAML_SEED"] ?? "20260312") ?? 20_260_312)
        var answered = 0, nonEmpty = 0, withLists = 0
        let total = Int(ProcessInfo.processInfo.environment["PLAINYAML_DOCUMENTS"] ?? "") ?? 3_000
        for _ in 0..<total {
            let yaml = Self.randomDocument(&generator)
            switch Self.compare(yaml) {
            case .declined: break
            case .different(let why): Issue.record("\(String(reflecting: yaml)): \(why)")
            case .same:
                answered += 1
                if case .some(.some) = PlainYAML.parse(yaml, file: Self.file, lineOffset: 1) { nonEmpty += 1 }
                if yaml.contains("- ") { withLists += 1 }
            }
        }
        print("PlainYAML: \(answered) of \(total) random documents answered (\(nonEmpty) not empty, \(withLists) with block lists), all like Yams")
        #expect(nonEmpty >= total / 8 && withLists >= total / 20, "the random documents should exercise the fast path")
    }

    /// Real front matter with a few characters inserted, deleted or doubled: near
    /// misses of the subset, on both sides of its edge.
    @Test func mutatedRealFrontMatterMatchesYamsWheneverTheFastPathAnswers() {
        let sources = Self.markdownFiles(under: TestSite.repository.appendingPathComponent("content"))
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }.compactMap(Self.frontMatter)
        guard !sources.isEmpty else {
            Issue.record("no front matter under content/")
            return
        }
        let inserts: [Unicode.Scalar] = [" ", " ", ":", "#", "'", "\"", "-", "[", "]", ",", "\n", "\t", "~", "0", "a", "甲", "：", "\u{A0}", "\\", "&", "|", "{", "?"]
        var generator = Generator(state: UInt64(ProcessInfo.processInfo.environment["PLAINYAML_SEED"] ?? "1124") ?? 1124)
        let total = Int(ProcessInfo.processInfo.environment["PLAINYAML_MUTATIONS"] ?? "") ?? 3_000
        var answered = 0
        for _ in 0..<total {
            var scalars = Array(sources.randomElement(using: &generator)!.unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0 where at < scalars.count: scalars.remove(at: at)
                case 1 where at < scalars.count: scalars.insert(scalars[at], at: at)
                default: scalars.insert(inserts.randomElement(using: &generator)!, at: at)
                }
            }
            var yaml = ""
            yaml.unicodeScalars.append(contentsOf: scalars)
            switch Self.compare(yaml) {
            case .declined: break
            case .same: answered += 1
            case .different(let why): Issue.record("\(String(reflecting: yaml)): \(why)")
            }
        }
        print("PlainYAML: \(answered) of \(total) mutated front matters answered, all like Yams")
        #expect(answered >= total / 4)
    }

    // MARK: Real content

    /// The YAML between the `---` lines, as FrontMatter.parse cuts it.
    static func frontMatter(of text: String) -> String? {
        guard text.hasPrefix("---\n") else { return nil }
        var yamlLines: [Substring] = []
        for line in text.dropFirst(4).split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "---" || line == "..." { return yamlLines.map { $0 + "\n" }.joined() }
            yamlLines.append(line)
        }
        return nil
    }

    static func markdownFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
    }

    /// Compares every front matter under `folder`; returns (answered, compared).
    static func compareCorpus(_ folder: URL, name: String) -> (Int, Int) {
        var answered = 0, compared = 0
        for url in markdownFiles(under: folder) {
            guard let text = try? String(contentsOf: url, encoding: .utf8), let yaml = frontMatter(of: text) else { continue }
            compared += 1
            switch compare(yaml) {
            case .declined: print("PlainYAML declined \(url.path)")
            case .same: answered += 1
            case .different(let why): Issue.record("\(url.path): \(why)")
            }
        }
        let percent = compared == 0 ? 0 : Double(answered) * 100 / Double(compared)
        print("PlainYAML on \(name): \(answered) of \(compared) front matters answered (\(String(format: "%.1f", percent)) %), all like Yams")
        #expect(compared > 0, "no front matter found in \(name)")
        #expect(answered * 100 >= compared * 95, "the fast path answers only \(answered) of \(compared) front matters in \(name)")
        return (answered, compared)
    }

    @Test func realContentTakesTheFastPathAndMatchesYams() {
        _ = Self.compareCorpus(TestSite.repository.appendingPathComponent("content"), name: "content/")
        _ = Self.compareCorpus(TestSite.repository.appendingPathComponent("examples"), name: "examples/")
    }

    @Test func generatedBenchmarkCorpusTakesTheFastPathAndMatchesYams() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-plainyaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // 480 pages: 60 members, the smallest round size whose policy the generator can
        // fill with its default seed.
        process.arguments = ["python3", TestSite.repository.appendingPathComponent("bench/generate.py").path,
                             "--pages", "480", "--out", folder.appendingPathComponent("site").path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "bench/generate.py failed: \(String(decoding: stderr, as: UTF8.self))")
        let (_, compared) = Self.compareCorpus(folder.appendingPathComponent("site"), name: "bench/generate.py --pages 480")
        #expect(compared >= 480)
    }

    // MARK: Errors stay Yams' errors

    @Test func invalidYAMLAndDuplicateKeysStillGetYamsErrors() {
        func error(_ yaml: String) -> String? {
            if case .failure(let diagnostic) = YAMLNodes.parse(yaml, file: Self.file, lineOffset: 1) { return "\(diagnostic.location) \(diagnostic.message)" }
            return nil
        }
        // Where the key is given again, naming where it was first.
        #expect(error("title: x\ntitle: y\n") == "records/2026/t.md:3:1 " + L("content.yaml.duplicateKeyAt", "title", 2, 1))
        #expect(error("s:\n  - text: a\n    text: b\n") == "records/2026/t.md:4:5 " + L("content.yaml.duplicateKeyAt", "text", 3, 5))
        // Yams compares keys as Swift strings: canonically equivalent spellings clash.
        #expect(error("é: 1\ne\u{301}: 2\n")?.contains(L("content.yaml.duplicateKey", "'é'")) == true)
        #expect(error("a: b: c\n")?.hasPrefix("records/2026/t.md:2:5 YAML: mapping values are not allowed in this context") == true)
        #expect(error("a: [b, c\nd: e\n")?.contains("YAML:") == true)
        #expect(error("a: 'unterminated\n")?.contains("YAML:") == true)
        #expect(error("a: [" + String(repeating: "1, ", count: YAMLNodes.maxNodes) + "1]\n")?.contains("more than \(YAMLNodes.maxNodes) values") == true)
        switch FrontMatter.parse("---\nname: 王五\nname: 王六\n---\n正文\n", file: "members/wang-wu.md") {
        case .failure(let diagnostic): #expect(diagnostic.message == L("content.yaml.duplicateKeyAt", "name", 2, 1))
        case .success: Issue.record("a duplicate key was accepted")
        }
    }

    @Test func nodeCountsStayWithinTheLimit() {
        let within = "a: [" + String(repeating: "1, ", count: YAMLNodes.maxNodes - 3) + "1]\n"  // maxNodes - 2 items, the list, the mapping
        guard case .some(.some(let node)) = PlainYAML.parse(within, file: Self.file, lineOffset: 1),
              case .object(let members) = node.value, case .array(let items) = members[0].value.value else {
            Issue.record("a list of \(YAMLNodes.maxNodes - 2) numbers was declined")
            return
        }
        #expect(items.count == YAMLNodes.maxNodes - 2)
        #expect(PlainYAML.parse("a: [" + String(repeating: "1, ", count: YAMLNodes.maxNodes - 2) + "1]\n", file: Self.file, lineOffset: 1) == nil)
    }
}
