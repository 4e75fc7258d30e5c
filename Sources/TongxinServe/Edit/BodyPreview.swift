import Foundation
import Tongxin

/// The Markdown of a form's text area as the portal will show it, rendered by the same
/// renderer as the build (raw HTML omitted, unsafe links emptied), for the 预览 button.
enum BodyPreview {
    static func html(_ markdown: String, file: String) -> String {
        let renderer = MarkdownRenderer(limits: .defaults)
        switch renderer.render(MarkdownSource(text: markdown, file: file, firstLine: 1)) {
        case .success(let rendered):
            return "<section class=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">\(HTMLEscape.escape(L("edit.preview.title")))</h2>\(rendered.html)</section>"
        case .failure(let diagnostic):
            return "<div class=\"problems\" role=\"alert\"><p>\(HTMLEscape.escape(diagnostic.message))</p></div>"
        }
    }

    /// The second submit button of a form: shows the text, saves nothing.
    static var button: String {
        "<button type=\"submit\" name=\"action\" value=\"preview\" class=\"secondary\">\(HTMLEscape.escape(L("edit.preview.button")))</button>"
    }
}
