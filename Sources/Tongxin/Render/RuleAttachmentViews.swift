/// A rule document's attachments (附件1, 附件2) in the portal: the body is cut after the
/// heading of each attachment the portal draws, so that the generated 附件1 table sits
/// where the printed document has it, and every attachment is linked to its live page.
enum RuleAttachmentViews {
    static func values(_ rule: Rule, html: RenderedMarkdown?, policy: Policy, context: RenderContext?) -> [String: Any] {
        guard !rule.attachments.isEmpty, let html else { return ["parts": [["html": html?.html ?? "", "table": false]], "hasAttachments": false] }
        var cuts: [(offset: String.Index, table: [String: Any]?)] = []
        var atEnd: [[String: Any]] = []
        var links: [[String: Any]] = []
        for attachment in rule.attachments {
            let title = attachment.heading(policy)
            // Every key set: a key missing here would be looked up in the page's context.
            var link: [String: Any] = ["label": attachment.label ?? "", "title": title, "href": "", "linkText": ""]
            if context != nil {
                switch attachment.source {
                case .assignments: link["href"] = Routes.assignments; link["linkText"] = context?.text("rule.liveTable") ?? ""
                case .recordForm: link["href"] = Routes.blankRecord; link["linkText"] = context?.text("rule.blankForm") ?? ""
                }
            }
            links.append(link)
            // Only 附件1 is drawn from data; the form's text is the document's own.
            guard attachment.source == .assignments, let context else { continue }
            var table = AssignmentViews.tableValues(context, year: context.asOf.year)
            table["href"] = Routes.assignments
            table["linkText"] = context.text("rule.liveTable")
            if let heading = html.headings.first(where: { RuleAttachment.sameHeading($0.text, title) }),
               let end = endOfHeading(heading, in: html.html) {
                cuts.append((end, table))
            } else {
                atEnd.append(table)
            }
        }
        var parts: [[String: Any]] = []
        var start = html.html.startIndex
        for cut in cuts.sorted(by: { $0.offset < $1.offset }) {
            parts.append(["html": String(html.html[start..<cut.offset]), "table": cut.table ?? false])
            start = cut.offset
        }
        parts.append(["html": String(html.html[start...]), "table": false])
        parts += atEnd.map { ["html": "", "table": $0] }
        return ["parts": parts, "attachments": links, "hasAttachments": true]
    }

    /// Where the heading's element ends in the rendered body (DocumentWalker writes
    /// `<hN id="anchor">…</hN>`).
    private static func endOfHeading(_ heading: Heading, in html: String) -> String.Index? {
        guard let open = html.range(of: "<h\(heading.level) id=\"\(heading.anchor)\">"),
              let close = html.range(of: "</h\(heading.level)>", range: open.upperBound..<html.endIndex) else { return nil }
        return close.upperBound
    }
}
