import Foundation

/// A rule's attachments are drawn at their headings: one the body lacks is reported
/// where the attachment is given (the table then goes at the end of the page).
enum RuleChecks {
    static func checkAttachments(_ site: Site, diagnostics: inout Diagnostics) {
        for rule in site.rules where !rule.attachments.isEmpty {
            let headings = atxHeadings(rule.body.text)
            for attachment in rule.attachments {
                let title = attachment.heading(site.settings.policy)
                if !headings.contains(where: { RuleAttachment.sameHeading($0, title) }) {
                    diagnostics.warning(attachment.location, L("rule.attachmentHeading", title))
                }
            }
        }
    }

    /// The text of each `#`…`######` heading line, outside fenced code.
    static func atxHeadings(_ text: String) -> [String] {
        var headings: [String] = [], fenced = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle(); continue }
            guard !fenced, trimmed.hasPrefix("#") else { continue }
            let hashes = trimmed.prefix { $0 == "#" }
            let rest = trimmed.dropFirst(hashes.count)
            guard hashes.count <= 6, rest.first == " " else { continue }
            var heading = rest.trimmingCharacters(in: .whitespaces)
            while heading.hasSuffix("#") { heading.removeLast() }
            headings.append(heading.trimmingCharacters(in: .whitespaces))
        }
        return headings
    }
}
