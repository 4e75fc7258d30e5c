enum RecordChecks {
    static func resolve(_ record: Record, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedRecord? {
        let policy = context.policy
        let contactor = context.member(record.contactor, diagnostics: &diagnostics)
        if let contactor, policy.contactorMustBePartyMember, !contactor.isPartyMember {
            diagnostics.error(record.contactor.location, L("record.contactorNotParty", contactor.name))
        }
        var contacteeIDs: [String] = []
        for reference in record.contactees {
            guard let contactee = context.member(reference, diagnostics: &diagnostics) else { continue }
            if contactee.id == contactor?.id {
                diagnostics.error(reference.location, L("record.contacteeIsContactor", contactee.name))
            } else if contacteeIDs.contains(contactee.id) {
                diagnostics.warning(reference.location, L("record.contacteeTwice", contactee.name))
            } else {
                contacteeIDs.append(contactee.id)
            }
        }
        if let method = record.method {
            _ = CheckContext.oneOf(method, policy.methods, what: "field.method", diagnostics: &diagnostics)
        }
        for topic in record.topics where !policy.topics.isEmpty {
            _ = CheckContext.oneOf(topic, policy.topics, what: "field.topic", diagnostics: &diagnostics)
        }
        let trigger = record.trigger.flatMap { resolveTrigger($0, policy: policy, diagnostics: &diagnostics) }
        for suggestion in record.suggestions { check(suggestion, recordDate: record.date, routes: policy.suggestionRoutes, diagnostics: &diagnostics) }
        guard let contactor else { return nil }
        var identities: [String: String] = [:]
        for (person, text) in record.identities {
            guard let member = context.member(person, diagnostics: &diagnostics) else { continue }
            if member.id == contactor.id || contacteeIDs.contains(member.id) {
                identities[member.id] = text
            } else {
                diagnostics.error(person.location, L("record.identityNotNamed", member.name))
            }
        }
        return ResolvedRecord(record: record, contactorID: contactor.id, contacteeIDs: contacteeIDs, triggerID: trigger, identities: identities)
    }

    static func resolveTrigger(_ reference: Located<String>, policy: Policy, diagnostics: inout Diagnostics) -> String? {
        if let trigger = policy.triggers.first(where: { $0.id == reference.value || $0.name == reference.value }) { return trigger.id }
        let allowed = policy.triggers.map { "\($0.name) (\($0.id))" }
        let hint = Suggestions.didYouMean(reference.value, in: policy.triggers.map(\.name) + policy.triggers.map(\.id))
        diagnostics.error(reference.location, L("record.unknownTrigger", reference.value, hint, allowed.joined(separator: "、")))
        return nil
    }

    private static func check(_ suggestion: Suggestion, recordDate: Located<Day>, routes: [String], diagnostics: inout Diagnostics) {
        if let route = suggestion.route {
            _ = CheckContext.oneOf(route, routes, what: "field.route", diagnostics: &diagnostics)
        }
        if let status = suggestion.status {
            _ = CheckContext.oneOf(status, Suggestion.statuses, what: "field.status", diagnostics: &diagnostics)
        }
        if let feedback = suggestion.feedback, feedback.value < recordDate.value {
            diagnostics.error(feedback.location, L("record.feedbackEarly", feedback.value.iso, recordDate.value.iso))
        }
        if let filed = suggestion.filed, filed.value < recordDate.value {
            diagnostics.error(filed.location, L("record.filedEarly", filed.value.iso, recordDate.value.iso))
        }
    }

    /// Two records with one 编号 are reported on the later file, naming both.
    static func checkUniqueNumbers(_ records: [Record], diagnostics: inout Diagnostics) {
        // The first file of each number only: keeping whole records copied each one, at
        // every save of the preview.
        var seen: [String: String] = [:]
        seen.reserveCapacity(records.count)
        for record in records {
            if let first = seen[record.number] {
                diagnostics.error(SourceLocation(file: record.file), L("record.duplicateNumber", record.number, record.file, first))
            } else {
                seen[record.number] = record.file
            }
        }
    }
}

enum EventChecks {
    static func resolve(_ event: Event, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedEvent? {
        let member = context.member(event.member, diagnostics: &diagnostics)
        let trigger = RecordChecks.resolveTrigger(event.kind, policy: context.policy, diagnostics: &diagnostics)
        guard let member, let trigger else { return nil }
        return ResolvedEvent(event: event, memberID: member.id, triggerID: trigger)
    }
}

enum CaseChecks {
    static func resolve(_ story: CaseStory, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedCase {
        let ids = story.members.compactMap { context.member($0, diagnostics: &diagnostics)?.id }
        if let cover = story.cover {
            let path = cover.value.hasPrefix("assets/") ? cover.value : "assets/" + cover.value
            if !context.site.assets.contains(path) {
                diagnostics.error(cover.location, L("case.coverMissing", cover.value))
            }
        }
        return ResolvedCase(story: story, memberIDs: ids)
    }

    /// Every list of stories shows every tag: tags beyond this many would make the
    /// list pages grow with the square of the tags.
    static let maxDistinctTags = 300

    static func checkTagCount(_ cases: [CaseStory], diagnostics: inout Diagnostics) {
        var seen = Set<String>()
        for story in cases {
            for tag in story.tags where seen.insert(tag).inserted && seen.count == maxDistinctTags + 1 {
                diagnostics.error(SourceLocation(file: story.file), L("cases.tooManyDistinctTags", maxDistinctTags, tag))
                return
            }
        }
    }
}
