enum RecordChecks {
    static func resolve(_ record: Record, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedRecord? {
        let policy = context.policy
        let contactor = context.member(record.contactor, diagnostics: &diagnostics)
        if let contactor, policy.contactorMustBePartyMember, !contactor.isPartyMember {
            diagnostics.error(record.contactor.location, "联系人 \(contactor.name) is not a Party member (party cpc); the policy requires contacts to be made by Party members")
        }
        var contacteeIDs: [String] = []
        for reference in record.contactees {
            guard let contactee = context.member(reference, diagnostics: &diagnostics) else { continue }
            if contactee.id == contactor?.id {
                diagnostics.error(reference.location, "联系对象 \(contactee.name) is also the 联系人")
            } else if contacteeIDs.contains(contactee.id) {
                diagnostics.warning(reference.location, "\(contactee.name) is listed twice; counted once")
            } else {
                contacteeIDs.append(contactee.id)
            }
        }
        if let method = record.method {
            _ = CheckContext.oneOf(method, policy.methods, what: "method (联系方式)", diagnostics: &diagnostics)
        }
        for topic in record.topics where !policy.topics.isEmpty {
            _ = CheckContext.oneOf(topic, policy.topics, what: "topic (联系内容要点)", diagnostics: &diagnostics)
        }
        let trigger = record.trigger.flatMap { resolveTrigger($0, policy: policy, diagnostics: &diagnostics) }
        for suggestion in record.suggestions { check(suggestion, recordDate: record.date, diagnostics: &diagnostics) }
        guard let contactor else { return nil }
        return ResolvedRecord(record: record, contactorID: contactor.id, contacteeIDs: contacteeIDs, triggerID: trigger)
    }

    static func resolveTrigger(_ reference: Located<String>, policy: Policy, diagnostics: inout Diagnostics) -> String? {
        if let trigger = policy.triggers.first(where: { $0.id == reference.value || $0.name == reference.value }) { return trigger.id }
        let allowed = policy.triggers.map { "\($0.name) (\($0.id))" }
        diagnostics.error(reference.location, "unknown 五到位 kind '\(reference.value)'; allowed: \(allowed.joined(separator: "、"))")
        return nil
    }

    private static func check(_ suggestion: Suggestion, recordDate: Located<Day>, diagnostics: inout Diagnostics) {
        if let route = suggestion.route {
            _ = CheckContext.oneOf(route, Suggestion.routes, what: "route (去向)", diagnostics: &diagnostics)
        }
        if let status = suggestion.status {
            _ = CheckContext.oneOf(status, Suggestion.statuses, what: "status (状态)", diagnostics: &diagnostics)
        }
        if let feedback = suggestion.feedback, feedback.value < recordDate.value {
            diagnostics.error(feedback.location, "feedback date \(feedback.value.iso) is before the contact itself (\(recordDate.value.iso))")
        }
    }

    static func checkUniqueNumbers(_ records: [Record], diagnostics: inout Diagnostics) {
        var seen: [String: Record] = [:]
        for record in records {
            if let first = seen[record.number] {
                diagnostics.error(SourceLocation(file: record.file), "record number '\(record.number)' is also used by \(first.file); 编号 must be unique")
            } else {
                seen[record.number] = record
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
                diagnostics.error(cover.location, "cover image '\(cover.value)' is not under content/assets/; add the file or fix the path")
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
