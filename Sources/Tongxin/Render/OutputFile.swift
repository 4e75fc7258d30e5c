/// A file for the output folder: what the render step hands to the write step. Owned
/// by Render, which makes every one of them (pages, Word files, CSV, copies of assets);
/// Output only checks and writes them.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: OutputContents
    /// `SiteWriter.hash(of:)` of the bytes when the preview already has it (a page it
    /// reused): hashing 80 MB of unchanged pages after every save cost more than writing
    /// the changed ones.
    public var knownHash: Int? = nil
}

public enum OutputContents: Sendable {
    case bytes([UInt8])
    /// Copied from a source file without reading it into memory first.
    case copy(from: String)
    /// A page of the live output folder that the last build drew from the same inputs
    /// (OutputManifest): hard-linked into the new folder while the file still has
    /// `identity`.
    case link(from: String, identity: FileIdentity)
}
