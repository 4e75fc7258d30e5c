import Foundation

/// A problem `tongxin check` found in a form's would-be file, placed at the form field
/// it concerns (nil: the form as a whole).
public struct FieldProblem: Sendable, Equatable {
    public var field: String?
    public var message: String
    public var isError: Bool

    public init(field: String?, message: String, isError: Bool) {
        self.field = field
        self.message = message
        self.isError = isError
    }

    /// An error in some other file (or no field), shown above the form with its place:
    /// `file:line:column：message`.
    public static func located(_ diagnostic: Diagnostic) -> FieldProblem {
        FieldProblem(field: nil, message: L("edit.problem.located", diagnostic.location.description, diagnostic.message), isError: true)
    }
}

/// Places each diagnostic of a file at a field: the field whose lines hold its location,
/// the body below the front matter, or the field its message names (a missing required
/// field is reported at the top of the file, naming the key in brackets).
enum FieldProblems {
    static func place(_ diagnostics: [Diagnostic], in text: String, schema: FieldSchema, fields: [String]) -> [FieldProblem] {
        let editor = FrontMatterEditor(text, schema: schema)
        let members = editor?.members ?? []
        let starts = members.map { (line: $0.keyLocation.line, key: schema.canonicalKey($0.key)) }.sorted { $0.line < $1.line }
        let bodyLine: Int? = {
            guard case .success(let frontMatter) = FrontMatter.parse(text, file: "") else { return nil }
            return frontMatter.bodyLine
        }()
        return diagnostics.map { diagnostic in
            let line = diagnostic.location.line
            // A missing field is reported at the top of the file, naming its key.
            var field = fields.first { diagnostic.message.contains("（\($0)）") || diagnostic.message.contains("(\($0))") }
            if field == nil, let bodyLine, line >= bodyLine {
                field = "body"
            } else if field == nil, let start = starts.last(where: { $0.line <= line }) {
                field = start.key
            }
            if let found = field, !fields.contains(found) { field = nil }
            return FieldProblem(field: field, message: diagnostic.message, isError: diagnostic.severity == .error)
        }
    }
}
