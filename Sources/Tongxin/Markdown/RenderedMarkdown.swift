/// What the rest of the pipeline gets from a Markdown body.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    /// Plain text of the opening paragraphs, shortened, for lists and descriptions.
    public var summary: String
    /// Things removed for safety (raw HTML, unsafe links), reported as warnings.
    public var findings: [Diagnostic]
}

public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
}
