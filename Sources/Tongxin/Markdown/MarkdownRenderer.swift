import CMarkGFM
import CSupport
import Foundation

/// The only code that talks to cmark-gfm. One renderer serves one build; its renders
/// may run on several threads at once.
public final class MarkdownRenderer: Sendable {
    let limits: Limits
    /// false for a check that lays out no page: the HTML is measured against its cap, as
    /// a build would, but not kept (a province-wide roster's 260,000 bodies as Swift
    /// strings were a third of its memory), and no summary is made.
    let keepsHTML: Bool

    public init(limits: Limits, keepsHTML: Bool = true) {
        self.limits = limits
        self.keepsHTML = keepsHTML
        _ = MarkdownRenderer.registerExtensions
    }

    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// cmark-gfm 0.29 adds and removes the extensions' special characters in one
    /// process-wide table around every parse (upstream issue 199): overlapping parses
    /// gave wrong HTML, silently. CSupport's cmark_special_characters.c stops the
    /// removing; whether the library really calls it is checked once with a real parse,
    /// and if it does not, parses take turns under `parseLock`.
    static let parsesMayOverlap: Bool = {
        _ = registerExtensions
        let before = tongxin_cmark_special_character_calls()
        guard let parser = newParser() else { return false }
        cmark_parser_feed(parser, "~~a~~", 5)
        cmark_node_free(cmark_parser_finish(parser))
        cmark_parser_free(parser)
        return tongxin_cmark_special_character_calls() > before
    }()
    private static let parseLock = NSLock()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// The cmark-gfm library files this process renders with (nil where one cannot be
    /// found): pages kept from an earlier build are drawn again after they change.
    static let libraryPaths: [String?] = {
        let parser: @convention(c) (Int32) -> OpaquePointer? = cmark_parser_new
        let extensions: @convention(c) () -> Void = cmark_gfm_core_extensions_ensure_registered
        return [unsafeBitCast(parser, to: UnsafeRawPointer.self), unsafeBitCast(extensions, to: UnsafeRawPointer.self)].map { symbol in
            tongxin_library_path(symbol).map { String(cString: $0) }
        }
    }()

    public func render(_ source: MarkdownSource) -> Result<RenderedMarkdown, Diagnostic> {
        let location = SourceLocation(file: source.file, line: source.firstLine)
        let size = source.text.utf8.count
        if size > limits.markdownBytes {
            return .failure(.error(location, L("markdown.tooLarge", size, limits.markdownBytes)))
        }
        if let problem = InputScreen.problem(in: source.text) {
            return .failure(.error(location, L("markdown.refused", problem)))
        }
        return renderWithinBudget(source, location: location)
    }

    /// Renders on the calling thread and measures the time spent in cmark. A render over budget fails the file; the
    /// watchdog also reports renders that are still running past their budget, so that
    /// the command line can stop at once instead of hanging on an input nobody foresaw.
    private func renderWithinBudget(_ source: MarkdownSource, location: SourceLocation) -> Result<RenderedMarkdown, Diagnostic> {
        let budget = limits.renderMilliseconds
        let overrun = RenderOverrun(location: location, budgetMilliseconds: budget, language: Messages.language)
        guard let (result, nanoseconds) = Self.parseAndRender(source, limits: limits, overrun: overrun, keepsHTML: keepsHTML) else {
            return .failure(.error(location, L("markdown.failed")))
        }
        if nanoseconds > UInt64(budget) * 1_000_000 {
            return .failure(overrun.diagnostic)
        }
        return result
    }

    /// No CMARK_OPT_VALIDATE_UTF8: the text is a Swift String, valid UTF-8 by
    /// construction, and checking it again was 1.6% of a build.
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE

    /// Every parser attaches the same extensions (cmark_special_characters.c relies on it).
    private static func newParser() -> OpaquePointer? {
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        return parser
    }

    private static func parseAndRender(_ source: MarkdownSource, limits: Limits, overrun: RenderOverrun, keepsHTML: Bool) -> (Result<RenderedMarkdown, Diagnostic>, UInt64)? {
        guard let parser = newParser() else { return nil }
        defer { cmark_parser_free(parser) }
        var clock = CmarkClock(budgetMilliseconds: limits.renderMilliseconds, overrun: overrun)
        clock.start()
        // Every byte, a NUL included (cmark turns it into U+FFFD): a C string would end there.
        var text = source.text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let overlap = parsesMayOverlap
        if !overlap { clock.pause(); parseLock.lock(); clock.start() }
        let document = cmark_parser_finish(parser)
        clock.pause()
        if !overlap { parseLock.unlock() }
        guard let document else { return nil }
        defer { cmark_node_free(document) }

        var walker = DocumentWalker(source: source, makesSummary: keepsHTML)
        walker.walk(document)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        clock.start()
        let rendered = cmark_render_html(document, options, extensions)
        clock.pause()
        guard let rendered else { return nil }
        let size = strlen(rendered)
        let html = keepsHTML ? String(cString: rendered) : ""
        free(rendered)
        let cap = 32 * source.text.utf8.count + 256 * 1024
        if size > cap {
            return (.failure(.error(SourceLocation(file: source.file, line: source.firstLine), L("markdown.outputTooLarge", size))), clock.elapsed)
        }
        return (.success(RenderedMarkdown(html: html, headings: walker.headings, summary: walker.summary, findings: walker.findings, images: walker.images)), clock.elapsed)
    }
}
