import Foundation
import Testing
@testable import Tongxin

/// The template engine against the Mustache specification's own cases, for the parts of
/// Mustache it supports (Tests/MustacheSpec/subset.json says which, and its licence).
@Suite struct MustacheSpecTests {
    struct Case: Decodable {
        let name: String
        let data: JSONValue
        let template: String
        let expected: String
    }

    struct Fixture: Decodable {
        let suites: [String: [Case]]
    }

    /// JSON as the engine's contexts hold it: Int for whole numbers, Double otherwise,
    /// nil as an empty Optional.
    enum JSONValue: Decodable {
        case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let int = try? container.decode(Int.self) { self = .int(int) }
            else if let double = try? container.decode(Double.self) { self = .double(double) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let array = try? container.decode([JSONValue].self) { self = .array(array) }
            else { self = .object(try container.decode([String: JSONValue].self)) }
        }

        var value: Any {
            switch self {
            case .null: return String?.none as Any
            case .bool(let bool): return bool
            case .int(let int): return int
            case .double(let double): return double
            case .string(let string): return string
            case .array(let items):
                let values = items.map(\.value)
                // Lists of objects as views make them, so the engine's fast path is the one tested.
                if let dictionaries = values as? [[String: Any]], !values.isEmpty { return dictionaries }
                return values
            case .object(let fields): return fields.mapValues(\.value)
            }
        }
    }

    static let fixture: Fixture = {
        let url = TestSite.repository.appendingPathComponent("Tests/MustacheSpec/subset.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    static let cases: [String] = fixture.suites.keys.sorted().flatMap { suite in fixture.suites[suite]!.map { "\(suite): \($0.name)" } }

    @Test(arguments: cases) func specCase(_ id: String) throws {
        let suite = String(id.prefix { $0 != ":" }), name = String(id.dropFirst(suite.count + 2))
        let test = try #require(Self.fixture.suites[suite]?.first { $0.name == name })
        let nodes = try TemplateParser.parse(test.template)
        let out = TemplateRenderer(templates: ["t": nodes]).render("t", test.data.value as! [String: Any])
        #expect(String(decoding: out, as: UTF8.self) == test.expected)
    }

    @Test func theFixtureHoldsEverySuite() {
        #expect(Self.fixture.suites.keys.sorted() == ["comments", "interpolation", "inverted", "sections"])
        #expect(Self.cases.count > 80)
    }
}
