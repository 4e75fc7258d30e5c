/// Reads `site.json`: the portal's name and the contact-work policy.
enum SettingsLoader {
    static func load(_ node: DataNode, diagnostics: inout Diagnostics) -> SiteSettings {
        var reader = FieldReader(node, schema: Schemas.site)
        let name = reader.requiredString("name")?.value ?? "同心"
        let organization = reader.string("organization")?.value ?? name
        let demo = reader.bool("demo")?.value ?? false
        let asOf = reader.date("as_of")?.value
        var policy = defaultPolicy
        if let policyNode = reader.object("policy") {
            policy = loadPolicy(policyNode, diagnostics: &diagnostics)
        } else {
            reader.missing("policy")
        }
        let limits = reader.object("limits").map { loadLimits($0, diagnostics: &diagnostics) } ?? .defaults
        let links = reader.objects("links").compactMap { loadLink($0, diagnostics: &diagnostics) }
        var baseURL: String?
        if let base = reader.string("base_url") {
            if ["http", "https"].contains(URLPolicy.scheme(of: base.value) ?? "") {
                baseURL = base.value.hasSuffix("/") ? base.value : base.value + "/"
            } else {
                diagnostics.error(base.location, L("settings.baseURL"))
            }
        }
        let term = reader.object("term").flatMap { loadTerm($0, diagnostics: &diagnostics) }
        let recordWordFiles = reader.bool("record_word_files")?.value ?? false
        diagnostics.append(contentsOf: reader.diagnostics)
        var settings = SiteSettings(name: name, organization: organization, demo: demo, asOf: asOf, policy: policy, limits: limits, links: links, baseURL: baseURL)
        settings.term = term
        settings.recordWordFiles = recordWordFiles
        return settings
    }

    private static func loadTerm(_ node: DataNode, diagnostics: inout Diagnostics) -> Term? {
        var reader = FieldReader(node, schema: Schemas.term)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let name = reader.requiredString("name"), let first = reader.int("first_year"), let last = reader.int("last_year") else {
            if !reader.diagnostics.hasErrors { reader.diagnostics.error(node.location, L("analysis.termIncomplete")) }
            return nil
        }
        guard first.value <= last.value, last.value - first.value < 10 else {
            reader.diagnostics.error(last.location, L("analysis.termYears", first.value, last.value))
            return nil
        }
        return Term(name: name.value, firstYear: first.value, lastYear: last.value)
    }

    private static func loadLink(_ node: DataNode, diagnostics: inout Diagnostics) -> SiteLink? {
        var reader = FieldReader(node, schema: Schemas.link)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let title = reader.requiredString("title"), let url = reader.requiredString("url") else { return nil }
        guard URLPolicy.isAllowed(url.value) else {
            reader.diagnostics.error(url.location, L("settings.linkNotAllowed", url.value))
            return nil
        }
        return SiteLink(title: title.value, url: url.value)
    }

    static let defaultPolicy = Policy(
        minContactsPerYear: 2, contactorMustBePartyMember: true, assignmentKinds: [],
        methods: [], topics: [], triggers: [])

    private static func loadPolicy(_ node: DataNode, diagnostics: inout Diagnostics) -> Policy {
        var reader = FieldReader(node, schema: Schemas.policy)
        var policy = defaultPolicy
        if let minimum = reader.int("min_contacts_per_year") {
            if minimum.value < 0 {
                diagnostics.error(minimum.location, L("settings.negativeMinimum"))
            } else {
                policy.minContactsPerYear = minimum.value
            }
        }
        if let days = reader.int("recent_contact_days") {
            if days.value < 1 {
                diagnostics.error(days.location, L("analysis.recentContactDaysPositive", days.value))
            } else {
                policy.recentContactDays = days.value
            }
        }
        policy.contactorMustBePartyMember = reader.bool("contactor_must_be_party_member")?.value ?? true
        if let scope = reader.string("must_cover") {
            if let parsed = CoverageScope(rawValue: scope.value) {
                policy.mustCover = parsed
            } else {
                diagnostics.error(scope.location, L("settings.unknownValue", "must_cover", scope.value, CoverageScope.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        policy.assignmentKinds = reader.objects("assignment_kinds").compactMap { loadKind($0, diagnostics: &diagnostics) }
        policy.methods = reader.stringList("methods").map(\.value)
        policy.topics = reader.stringList("topics").map(\.value)
        policy.triggers = reader.objects("triggers").compactMap { loadTrigger($0, diagnostics: &diagnostics) }
        if policy.methods.isEmpty { reader.missing("methods") }
        if let table = reader.object("leader_table") { policy.leaderTable = loadLeaderTable(table, diagnostics: &diagnostics) }
        if let form = reader.object("record_form") { policy.recordForm = loadRecordForm(form, diagnostics: &diagnostics) }
        if reader.has("suggestion_routes") {
            let routes = reader.stringList("suggestion_routes")
            if routes.isEmpty {
                diagnostics.error(node.location, L("settings.noRoutes"))
            } else {
                policy.suggestionRoutes = routes.map(\.value)
                reportDuplicates(routes.map { ($0.value, $0.location) }, what: L("schema.suggestionRoute"), diagnostics: &diagnostics)
            }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        reportDuplicates(policy.assignmentKinds.map { ($0.id, node.location) }, what: L("schema.assignmentKind"), diagnostics: &diagnostics)
        reportDuplicates(policy.triggers.map { ($0.id, node.location) }, what: L("schema.trigger"), diagnostics: &diagnostics)
        return policy
    }

    private static func loadLeaderTable(_ node: DataNode, diagnostics: inout Diagnostics) -> LeaderTable {
        var reader = FieldReader(node, schema: Schemas.leaderTable)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        var table = LeaderTable()
        if let title = reader.string("title") { table.title = title.value }
        if let column = reader.string("leader_column") { table.leaderColumn = column.value }
        return table
    }

    /// Labels not given keep today's wording, so a form can rename only what its
    /// document words differently.
    private static func loadRecordForm(_ node: DataNode, diagnostics: inout Diagnostics) -> RecordForm {
        var reader = FieldReader(node, schema: Schemas.recordForm)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        var form = RecordForm()
        if let title = reader.string("title") { form.title = title.value }
        if let labels = reader.object("labels") {
            var labelReader = FieldReader(labels, schema: Schemas.recordFormLabels)
            for field in RecordForm.fields {
                if let label = labelReader.string(field) { form.labels[field] = label.value }
            }
            diagnostics.append(contentsOf: labelReader.diagnostics)
        }
        return form
    }

    private static func reportDuplicates(_ ids: [(String, SourceLocation)], what: String, diagnostics: inout Diagnostics) {
        var seen = Set<String>()
        for (id, location) in ids where !seen.insert(id).inserted {
            diagnostics.error(location, L("settings.twice", what, id))
        }
    }

    private static func loadKind(_ node: DataNode, diagnostics: inout Diagnostics) -> AssignmentKind? {
        var reader = FieldReader(node, schema: Schemas.assignmentKind)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let id = reader.requiredString("id") else { return nil }
        let name = reader.string("name")?.value ?? id.value
        var role = ContactorRole.any
        if let text = reader.string("contactor_role") {
            if let parsed = ContactorRole(rawValue: text.value) {
                role = parsed
            } else {
                diagnostics.error(text.location, L("settings.unknownValue", "contactor_role", text.value, ContactorRole.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        var contactees = Set<ContacteeType>()
        for text in reader.stringList("contactee") {
            if let type = ContacteeType(rawValue: text.value) {
                contactees.insert(type)
            } else {
                diagnostics.error(text.location, L("settings.unknownValue", "contactee", text.value, ContacteeType.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        if contactees.isEmpty { contactees = [.member] }
        let minimum = reader.int("min")?.value
        let maximum = reader.int("max")?.value
        if let minimum, let maximum, minimum > maximum {
            diagnostics.error(node.location, L("settings.minAboveMax", id.value, minimum, maximum))
        }
        let filter = loadFilter(&reader, diagnostics: &diagnostics)
        return AssignmentKind(id: id.value, name: name, contactorRole: role, contactees: contactees, min: minimum, max: maximum, filter: filter)
    }

    private static func loadFilter(_ reader: inout FieldReader, diagnostics: inout Diagnostics) -> ContacteeFilter {
        var filter = ContacteeFilter()
        if let party = reader.string("contactee_party") {
            filter.party = PartyFilter(rawValue: party.value)
            if filter.party == nil {
                diagnostics.error(party.location, L("settings.unknownValue", "contactee_party", party.value, PartyFilter.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        for text in reader.stringList("contactee_roles") {
            if let role = MemberRole(text: text.value) {
                filter.roles.append(role)
            } else {
                diagnostics.error(text.location, L("settings.unknownValue", "role", text.value, MemberRole.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        filter.sectors = reader.stringList("contactee_sectors")
        filter.sameCommittee = reader.bool("same_committee")?.value ?? false
        filter.sameWindow = reader.bool("same_window")?.value ?? false
        return filter
    }

    private static func loadTrigger(_ node: DataNode, diagnostics: inout Diagnostics) -> TriggerKind? {
        var reader = FieldReader(node, schema: Schemas.trigger)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let id = reader.requiredString("id") else { return nil }
        let name = reader.requiredString("name")?.value ?? id.value
        let due = reader.int("due_days")?.value ?? TriggerKind.defaultDueDays
        if due <= 0 { diagnostics.error(node.location, L("settings.dueDays")) }
        return TriggerKind(id: id.value, name: name, dueDays: due)
    }

    private static func loadLimits(_ node: DataNode, diagnostics: inout Diagnostics) -> Limits {
        var reader = FieldReader(node, schema: Schemas.limits)
        var limits = Limits.defaults
        for (key, path) in [("markdown_bytes", \Limits.markdownBytes), ("render_ms", \Limits.renderMilliseconds), ("data_bytes", \Limits.dataBytes)] {
            guard let value = reader.int(key) else { continue }
            if value.value <= 0 {
                diagnostics.error(value.location, L("settings.positive", key))
            } else {
                limits[keyPath: path] = value.value
            }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return limits
    }
}

extension TriggerKind {
    /// Used when a 五到位 kind does not say within how many days a contact is due.
    public static let defaultDueDays = 30
}
