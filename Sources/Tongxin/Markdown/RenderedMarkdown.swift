/// What the rest of the pipeline gets from a Markdown body.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    /// Plain text of the opening paragraphs, shortened, for lists and descriptions.
    public var summary: String
    /// Things removed for safety (raw HTML, unsafe links), reported as warnings.
    public var findings: [Diagnostic]
    /// Images with a relative address, as written, where they are written: a case's
    /// photos are looked up, shrunk and stripped (BodyImages).
    public var images: [BodyImage] = []
}

/// An image in a body: its address as the Markdown gives it, and where.
public struct BodyImage: Sendable, Hashable {
    public var url: String
    public var location: SourceLocation
}

public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var anchor: String
}
