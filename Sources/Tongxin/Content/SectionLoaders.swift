import Foundation

/// One loader per section of the content folder; each turns a Markdown file into its
/// model value, collecting problems instead of stopping at the first.
enum MemberLoader {
    static func load(_ file: inout MarkdownFile) -> Member? {
        var r = file.reader
        defer { file.reader = r }
        let id = r.string("id")?.value ?? file.stem
        if !IDs.isValid(id) {
            r.diagnostics.error(SourceLocation(file: file.relative), L("member.renameFile", IDs.invalidMessage(id)))
        }
        if let declared = r.string("id"), declared.value != file.stem {
            r.diagnostics.error(declared.location, L("member.idDiffers", declared.value, file.stem))
        }
        let name = r.requiredString("name")
        let privateFields = PrivateFields(phone: r.string("phone")?.value, address: r.string("address")?.value, notes: r.string("notes")?.value)
        let history = r.objects("history").compactMap { node -> MembershipChange? in
            var h = FieldReader(node, schema: Schemas.membershipChange)
            defer { r.diagnostics.append(contentsOf: h.diagnostics) }
            guard let until = h.requiredDate("until") else { return nil }
            return MembershipChange(committee: h.string("committee"), window: h.string("window"), until: until)
        }.sorted { $0.until.value < $1.until.value }
        let order = r.int("order")
        if let order, order.value < 1 { r.diagnostics.error(order.location, L("member.orderPositive", order.value)) }
        let member = Member(
            id: id, file: file.relative, name: Located(MemberNames.normalise(name?.value ?? ""), name?.location ?? r.location),
            gender: r.string("gender")?.value, party: r.string("party"), sector: r.string("sector"),
            committee: r.string("committee"), window: r.string("window"), roles: r.stringList("roles"), history: history,
            unit: r.string("unit")?.value, position: r.string("position")?.value, term: r.string("term")?.value,
            order: order.flatMap { $0.value < 1 ? nil : $0.value }, private: privateFields, body: file.body)
        return name == nil ? nil : member
    }
}

enum RecordLoader {
    static func load(_ file: inout MarkdownFile) -> Record? {
        var r = file.reader
        defer { file.reader = r }
        let date = r.requiredDate("date")
        let contactor = r.requiredString("contactor")
        let contactees = r.stringList("contactees")
        if contactees.isEmpty { r.missing("contactees") }
        let suggestions = r.objects("suggestions").compactMap { loadSuggestion($0, diagnostics: &r.diagnostics) }
        let year = String(PathParts.lastComponent(String(PathParts.folder(file.relative))))
        if let date, String(date.value.year) != year {
            r.diagnostics.warning(date.location, L("record.wrongYear", date.value.iso, year, date.value.year))
        }
        let place = r.requiredString("place"), method = r.requiredString("method"), recorder = r.requiredString("recorder")
        RecordTemplate.checkBody(file.body, diagnostics: &r.diagnostics)
        guard let contactor, !contactees.isEmpty else { return nil }
        let stem = file.stem
        // A record whose date is wrong is still checked for everything else, so one run
        // lists all its problems; the date error alone keeps the build from finishing.
        let checkedDate = date ?? Located(Day(ordinal: 0), r.location)
        return Record(
            file: file.relative, slug: "\(year)/\(stem)", number: r.string("number")?.value ?? stem,
            date: checkedDate, time: r.string("time")?.value, place: place?.value,
            contactor: contactor, contactees: contactees, method: method, topics: r.stringList("topics"),
            trigger: r.string("trigger"), recorder: recorder?.value, suggestions: suggestions,
            identities: r.object("identities").map { loadIdentities($0, diagnostics: &r.diagnostics) } ?? [], body: file.body,
            fieldsDigest: { var hasher = StableHasher(); hasher.combine(file.relative); hasher.combine(file.fieldsDigest); return hasher.finalize() }())
    }

    /// `identities:` maps a person on the form to their 政协身份 that day: each value is text.
    private static func loadIdentities(_ node: DataNode, diagnostics: inout Diagnostics) -> [(person: Located<String>, text: String)] {
        guard case .object(let members) = node.value else {
            diagnostics.error(node.location, L("field.notObject", L("schema.identities"), node.typeName))
            return []
        }
        return members.compactMap { member in
            guard let text = member.value.scalarText?.trimmed, !text.isEmpty else {
                diagnostics.error(member.value.location, L("field.wrongType", member.key, L("type.text"), member.value.typeName))
                return nil
            }
            return (Located(member.key, member.keyLocation), text)
        }
    }

    private static func loadSuggestion(_ node: DataNode, diagnostics: inout Diagnostics) -> Suggestion? {
        var r = FieldReader(node, schema: Schemas.suggestion)
        defer { diagnostics.append(contentsOf: r.diagnostics) }
        guard let text = r.requiredString("text") else { return nil }
        return Suggestion(text: text.value, route: r.string("route"), status: r.string("status"), feedback: r.date("feedback"), location: node.location,
                          handling: r.string("handling")?.value, result: r.string("result")?.value, filed: r.date("filed"))
    }
}

enum CaseLoader {
    /// Each tag is a list page of its own and a link on every list page.
    static let maxTags = 20

    static func load(_ file: inout MarkdownFile) -> CaseStory? {
        let audience = file.audience(default: .public)
        var r = file.reader
        defer { file.reader = r }
        guard let title = r.requiredString("title") else { return nil }
        let tags = r.stringList("tags")
        if tags.count > maxTags { r.diagnostics.error(tags[maxTags].location, L("cases.tooManyTags", tags.count, maxTags)) }
        return CaseStory(
            slug: file.stem, file: file.relative, title: title, date: r.date("date"), summary: r.string("summary")?.value,
            members: r.stringList("members"), tags: tags.map(\.value), cover: r.string("cover"),
            audience: audience, body: file.body, author: r.string("author")?.value, source: r.string("source")?.value,
            reviewer: r.string("reviewer")?.value, description: r.string("description")?.value)
    }
}

enum RuleLoader {
    static func load(_ file: inout MarkdownFile) -> Rule? {
        let order = file.order()
        let audience = file.audience(default: .public)
        var r = file.reader
        defer { file.reader = r }
        guard let title = r.requiredString("title") else { return nil }
        let attachments = r.objects("attachments").compactMap { loadAttachment($0, diagnostics: &r.diagnostics) }
        return Rule(
            slug: file.stem, file: file.relative, title: title, number: r.string("number")?.value,
            issuer: r.string("issuer")?.value, issued: r.date("issued"), order: order, audience: audience, body: file.body,
            attachments: attachments)
    }

    private static func loadAttachment(_ node: DataNode, diagnostics: inout Diagnostics) -> RuleAttachment? {
        var r = FieldReader(node, schema: Schemas.ruleAttachment)
        defer { diagnostics.append(contentsOf: r.diagnostics) }
        guard let source = r.requiredString("source") else { return nil }
        guard let parsed = RuleAttachment.Source(rawValue: source.value) else {
            r.diagnostics.error(source.location, L("rule.attachmentSource", source.value))
            return nil
        }
        return RuleAttachment(label: r.string("label")?.value, title: r.string("title")?.value, source: parsed, location: node.location)
    }
}

enum PageLoader {
    static func load(_ file: inout MarkdownFile) -> FreePage? {
        let audience = file.audience(default: .internal)
        let order = file.order()
        var r = file.reader
        defer { file.reader = r }
        guard let title = r.requiredString("title") else { return nil }
        return FreePage(slug: file.stem, file: file.relative, title: title, order: order, audience: audience, body: file.body, template: r.string("template"))
    }
}

/// Names are stored without the layout space of official lists ("陈 琳" is 陈琳).
enum MemberNames {
    static func normalise(_ name: String) -> String {
        let scalars = name.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" }
        let compact = String(String.UnicodeScalarView(scalars))
        // Only strip spaces between Chinese characters; "Maria Chan" keeps hers.
        return compact.unicodeScalars.allSatisfy { $0.value >= 0x2E80 || $0 == "·" } ? compact : name
    }
}
