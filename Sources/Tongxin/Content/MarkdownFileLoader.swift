import Foundation

/// Reads a Markdown content file into a field reader for its front matter and the
/// located body. Each section's loader takes it from there.
struct MarkdownFile {
    var reader: FieldReader
    var body: MarkdownSource
    var relative: String
    /// FrontMatter.digest.
    var fieldsDigest = 0

    /// The file name without `.md`: the id or slug of what it describes.
    var stem: String { String(PathParts.lastComponent(relative).dropLast(3)) }

    static func load(_ relative: String, root: URL, limits: Limits, schema: FieldSchema, diagnostics: inout Diagnostics) -> MarkdownFile? {
        let text: String
        switch ContentReader.read(relative, root: root, limit: limits.markdownBytes, limitName: "markdown_bytes") {
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        case .success(let decoded): text = decoded
        }
        switch FrontMatter.parse(text, file: relative) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let frontMatter):
            // The whole file: a record's checks are kept by this version (Validator.check),
            // and they read its fields as well as its text.
            let body = MarkdownSource(text: frontMatter.body, file: relative, firstLine: frontMatter.bodyLine, version: StableHasher.hash(text, seed: UInt64(truncatingIfNeeded: StableHasher.hash(relative))))
            return MarkdownFile(reader: FieldReader(frontMatter.fields, schema: schema), body: body, relative: relative, fieldsDigest: frontMatter.digest)
        }
    }

    mutating func audience(default fallback: Audience) -> Audience {
        guard let text = reader.string("audience") else { return fallback }
        switch text.value {
        case "public", "公开": return .public
        case "internal", "内部": return .internal
        default:
            // A misspelt audience must never make a page public.
            reader.diagnostics.error(text.location, L("field.unknownAudience", text.value))
            return .internal
        }
    }

    mutating func order() -> Int { reader.int("order")?.value ?? 0 }
}
