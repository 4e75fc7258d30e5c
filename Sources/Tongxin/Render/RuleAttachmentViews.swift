/// A rule document's attachments (附件1, 附件2) in the portal: the body is cut after the
/// heading of each attachment the portal draws, so that the generated 附件1 table sits
/// where the printed document has it, and every attachment is linked to its live page.
enum RuleAttachmentViews {
    /// The body's parts, and the attachments' links (nil when the rule has none).
    struct Attachments {
        let parts: [RuleValues.PartValues]
        let links: [RuleValues.AttachmentValues]?
    }

    static func values(_ rule: Rule, html: RenderedMarkdown?, policy: Policy, context: RenderContext?) -> Attachments {
        guard !rule.attachments.isEmpty, let html else { return Attachments(parts: [RuleValues.PartValues(html: html?.html ?? "", table: nil)], links: nil) }
        var cuts: [(offset: String.Index, table: AttachmentTableValues?)] = []
        var atEnd: [AttachmentTableValues] = []
        var links: [RuleValues.AttachmentValues] = []
        for attachment in rule.attachments {
            let title = attachment.heading(policy)
            // Every key set (empty in the public build): a key missing here would be looked up in the page's values.
            var href = "", linkText = ""
            if let context {
                switch attachment.source {
                case .assignments: href = Routes.assignments; linkText = context.text("rule.liveTable")
                case .recordForm: href = Routes.blankRecord; linkText = context.text("rule.blankForm")
                }
            }
            links.append(RuleValues.AttachmentValues(label: attachment.label ?? "", title: title, href: href, linkText: linkText))
            // Only 附件1 is drawn from data; the form's text is the document's own.
            guard attachment.source == .assignments, let context else { continue }
            let table = AssignmentViews.tableValues(context, year: context.asOf.year).linked(href: Routes.assignments, text: context.text("rule.liveTable"))
            if let heading = html.headings.first(where: { RuleAttachment.sameHeading($0.text, title) }),
               let end = endOfHeading(heading, in: html.html) {
                cuts.append((end, table))
            } else {
                atEnd.append(table)
            }
        }
        var parts: [RuleValues.PartValues] = []
        var start = html.html.startIndex
        for cut in cuts.sorted(by: { $0.offset < $1.offset }) {
            parts.append(RuleValues.PartValues(html: String(html.html[start..<cut.offset]), table: cut.table))
            start = cut.offset
        }
        parts.append(RuleValues.PartValues(html: String(html.html[start...]), table: nil))
        parts += atEnd.map { RuleValues.PartValues(html: "", table: $0) }
        return Attachments(parts: parts, links: links)
    }

    /// Where the heading's element ends in the rendered body (DocumentWalker writes
    /// `<hN id="anchor">…</hN>`).
    private static func endOfHeading(_ heading: Heading, in html: String) -> String.Index? {
        guard let open = html.range(of: "<h\(heading.level) id=\"\(heading.anchor)\">"),
              let close = html.range(of: "</h\(heading.level)>", range: open.upperBound..<html.endIndex) else { return nil }
        return close.upperBound
    }
}
