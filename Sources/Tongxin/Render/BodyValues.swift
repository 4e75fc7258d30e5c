/// A rendered Markdown body (keys BodyValues.keys in PageKinds): a record's 联系内容,
/// a rule's, a page's, a case's or a brief's text, a member's profile.
final class BodyValues: TemplateObject, Sendable {
    /// A heading of levels 1–3, for the table of contents.
    final class HeadingValues: TemplateObject, Sendable {
        let text, anchor: String
        let level: Int

        init(text: String, anchor: String, level: Int) {
            self.text = text
            self.anchor = anchor
            self.level = level
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "text": .text(text)
            case "anchor": .text(anchor)
            case "level": .number(level)
            case "sub": .flag(level > 2)
            default: nil
            }
        }
    }

    let html: String
    let toc: [HeadingValues]
    /// nil without a body (a file that has none): a template's {{summary}} then reads on.
    let summary: String?

    init(_ rendered: RenderedMarkdown?) {
        html = rendered?.html ?? ""
        toc = (rendered?.headings ?? []).filter { $0.level <= 3 }.map { HeadingValues(text: $0.text, anchor: $0.anchor, level: $0.level) }
        summary = rendered?.summary
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "html": .text(html)
        case "toc": .list(toc)
        case "hasToc": .flag(toc.count >= 3)
        case "summary": summary.map(TemplateValue.text)
        default: nil
        }
    }
}
