/// Reads a 简报 (briefs/<slug>.md): its 期号, date and title are required, the rest
/// falls back to the organisation (ContentLoader.settleBriefAudience decides whether it
/// is internal after the cases are known).
enum BriefLoader {
    static func load(_ file: inout MarkdownFile) -> Brief? {
        let audience = file.audience(default: .public)
        var r = file.reader
        defer { file.reader = r }
        let issue = r.int("issue")
        if issue == nil, !r.has("issue") { r.missing("issue") }
        if let issue, issue.value < 1 { r.diagnostics.error(issue.location, L("brief.issueNotPositive", issue.value)) }
        let total = r.int("total")
        if let total, total.value < 1 { r.diagnostics.error(total.location, L("brief.issueNotPositive", total.value)) }
        let copies = r.int("copies")
        if let copies, copies.value < 1 { r.diagnostics.error(copies.location, L("brief.copiesNotPositive", copies.value)) }
        let date = r.requiredDate("date")
        let title = r.requiredString("title")
        let cases = r.stringList("cases")
        guard let issue, issue.value >= 1, let date, let title else { return nil }
        return Brief(
            slug: file.stem, file: file.relative, issue: issue, total: total?.value, date: date, title: title,
            masthead: r.string("masthead")?.value, issuer: r.string("issuer")?.value,
            to: r.stringList("to").map(\.value), cc: r.stringList("cc").map(\.value), copies: copies?.value,
            cases: cases, audience: audience, body: file.body)
    }

    /// A brief that carries an internal case is internal too: the case must never reach
    /// the public site inside a brief. Said once, at the case's line, so that the office
    /// can write `audience: internal` or take the case out.
    static func settleAudience(_ brief: Brief, internalCases: Set<String>, diagnostics: inout Diagnostics) -> Brief {
        guard brief.audience == .public, let carried = brief.cases.first(where: { internalCases.contains($0.value) }) else { return brief }
        diagnostics.warning(carried.location, L("brief.internalCase", carried.value))
        var settled = brief
        settled.audience = .internal
        return settled
    }
}
