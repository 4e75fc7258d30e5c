/// Turns scanned pieces into a tree, checking that every section is closed by its own name.
enum TemplateParser {
    static func parse(_ source: String) throws -> [TemplateNode] {
        var pieces = try TemplateScanner.scan(source)[...]
        let nodes = try parseNodes(&pieces, closing: nil)
        return nodes
    }

    private static func parseNodes(_ pieces: inout ArraySlice<TemplateScanner.Piece>, closing: (name: String, line: Int, column: Int)?) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while let piece = pieces.popFirst() {
            switch piece {
            case .text(let bytes):
                if !bytes.isEmpty { nodes.append(.text(bytes)) }
            case .tag(let kind, let name, let line, let column):
                switch kind {
                case UInt8(ascii: "!"): continue
                case UInt8(ascii: "/"):
                    guard let closing else { throw TemplateError(line: line, column: column, message: L("template.closesNothing", name)) }
                    guard closing.name == name else {
                        throw TemplateError(line: line, column: column, message: L("template.closesOther", name, closing.name, closing.line, closing.column))
                    }
                    return nodes
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let body = try parseNodes(&pieces, closing: (name, line, column))
                    nodes.append(.section(path: path(name), inverted: kind == UInt8(ascii: "^"), body: body, at: TemplatePosition(line: line, column: column)))
                case UInt8(ascii: "$"):
                    nodes.append(.block(name: name, body: try parseNodes(&pieces, closing: (name, line, column))))
                case UInt8(ascii: "<"):
                    let body = try parseNodes(&pieces, closing: (name, line, column))
                    var overrides: [String: [TemplateNode]] = [:]
                    for case .block(let block, let content) in body { overrides[block] = content }
                    nodes.append(.parent(name: name, overrides: overrides))
                case UInt8(ascii: ">"):
                    nodes.append(.partial(name: name))
                default:
                    guard !name.isEmpty else { throw TemplateError(line: line, column: column, message: L("template.emptyTag")) }
                    nodes.append(.variable(path: path(name), escaped: kind != UInt8(ascii: "&"), at: TemplatePosition(line: line, column: column)))
                }
            }
        }
        if let closing {
            throw TemplateError(line: closing.line, column: closing.column, message: L("template.neverClosed", closing.name))
        }
        return nodes
    }

    /// Names of the partials and parents a template uses, for checking the theme is whole.
    static func references(_ nodes: [TemplateNode]) -> Set<String> {
        var names = Set<String>()
        for node in nodes {
            switch node {
            case .partial(let name): names.insert(name)
            case .parent(let name, let overrides):
                names.insert(name)
                for body in overrides.values { names.formUnion(references(body)) }
            case .section(_, _, let body, _), .block(_, let body): names.formUnion(references(body))
            case .text, .variable: break
            }
        }
        return names
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }
}
