import CMarkGFM
import Foundation

/// The only code that talks to cmark-gfm. One renderer serves one build; its renders
/// may run on several threads at once.
public final class MarkdownRenderer: Sendable {
    let limits: Limits
    private let aborted = AbortFlag()

    public init(limits: Limits) {
        self.limits = limits
        _ = MarkdownRenderer.registerExtensions
    }

    private static let registerExtensions: Void = { cmark_gfm_core_extensions_ensure_registered() }()

    /// cmark-gfm 0.29 edits a process-wide table of special characters in every parse
    /// with extensions (upstream issue 199), so parses must not overlap.
    private static let parseLock = NSLock()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    public func render(_ source: MarkdownSource) -> Result<RenderedMarkdown, Diagnostic> {
        let location = SourceLocation(file: source.file, line: source.firstLine)
        let size = source.text.utf8.count
        if size > limits.markdownBytes {
            return .failure(.error(location, "the text is \(size) bytes, over the limit of \(limits.markdownBytes) (limits.markdown_bytes in site.json); split it into smaller files"))
        }
        if let problem = InputScreen.problem(in: source.text) {
            return .failure(.error(location, "the Markdown \(problem)"))
        }
        return renderWithinBudget(source, location: location)
    }

    /// Runs the parse on a worker so that an input that is slow in a way nobody foresaw
    /// fails the build after the budget instead of hanging it.
    private func renderWithinBudget(_ source: MarkdownSource, location: SourceLocation) -> Result<RenderedMarkdown, Diagnostic> {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let limits = limits
        let aborted = aborted
        DispatchQueue.global().async {
            outcome.value = Self.parseAndRender(source, limits: limits, aborted: aborted)
            done.signal()
        }
        let budget = limits.renderMilliseconds
        if done.wait(timeout: .now() + .milliseconds(budget)) == .timedOut {
            aborted.set()
            return .failure(.error(location, "rendering this Markdown took longer than the budget of \(budget) ms (limits.render_ms in site.json); the text probably contains a pattern that is slow to parse (long runs of brackets, '_' or '*', huge tables); simplify it"))
        }
        return outcome.value ?? .failure(.error(location, "rendering was stopped because another file exceeded its time budget"))
    }

    private static func parseAndRender(_ source: MarkdownSource, limits: Limits, aborted: AbortFlag) -> Result<RenderedMarkdown, Diagnostic>? {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        source.text.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        // Wait for the lock in slices so that a build that already failed stops early.
        while !parseLock.lock(before: Date().addingTimeInterval(0.05)) {
            if aborted.isSet { return nil }
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        guard let document else { return nil }
        defer { cmark_node_free(document) }

        var walker = DocumentWalker(source: source)
        walker.walk(document)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let cString = cmark_render_html(document, options, extensions) else { return nil }
        let html = String(cString: cString)
        free(cString)
        let cap = 32 * source.text.utf8.count + 256 * 1024
        if html.utf8.count > cap {
            return .failure(.error(SourceLocation(file: source.file, line: source.firstLine), "the Markdown renders to \(html.utf8.count) bytes of HTML, far more than its size warrants; check for huge tables"))
        }
        return .success(RenderedMarkdown(html: html, headings: walker.headings, summary: walker.summary, findings: walker.findings))
    }
}

private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<RenderedMarkdown, Diagnostic>?

    var value: Result<RenderedMarkdown, Diagnostic>? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

final class AbortFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    func set() { lock.withLock { flag = true } }
    var isSet: Bool { lock.withLock { flag } }
}
