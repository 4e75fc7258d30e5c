/// Checks a loaded site against the content model and the policy. Every problem is
/// collected; the checked site is returned only when there were no errors.
public enum Validator {
    public static func check(_ site: Site) -> (CheckedSite?, Diagnostics) {
        let result = check(site, knownRecords: nil)
        return (result.checked, result.diagnostics)
    }

    /// `knownRecords`: checks of records from an earlier build by their load version
    /// (MarkdownSource.version), valid only while the members, the organisation and the
    /// settings are the ones they were checked against; nil when none are kept. Gives
    /// this build's record checks the same way (empty when `knownRecords` is nil).
    static func check(_ site: Site, knownRecords: [Int: RecordCheck]?) -> (checked: CheckedSite?, diagnostics: Diagnostics, records: [Int: RecordCheck]) {
        var diagnostics = Diagnostics()
        let directory = Directory.build(site, diagnostics: &diagnostics)
        OrganizationChecks.check(site.organization, directory: directory, diagnostics: &diagnostics)
        for kind in site.settings.policy.assignmentKinds {
            for sector in kind.filter.sectors { _ = directory.sectors.resolve(sector, diagnostics: &diagnostics) }
        }
        let members = site.members.map { MemberChecks.resolve($0, directory: directory, diagnostics: &diagnostics) }
        let memberIndex = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let context = CheckContext(site: site, directory: directory, members: memberIndex)
        let assignments = site.assignments.compactMap { AssignmentChecks.resolve($0, context, diagnostics: &diagnostics) }
        AssignmentChecks.checkDoubleAssignment(assignments, context, diagnostics: &diagnostics)
        let events = site.events.compactMap { EventChecks.resolve($0, context, diagnostics: &diagnostics) }
        // Records are checked on all cores (a province has hundreds of thousands); their
        // findings are kept in file order.
        let checkedRecords = parallelMap(site.records) { record -> RecordCheck in
            if let known = knownRecords?[record.body.version] { return known }
            var found = Diagnostics()
            return (RecordChecks.resolve(record, context, diagnostics: &found), found)
        }
        for (_, found) in checkedRecords { diagnostics.append(contentsOf: found) }
        let records = checkedRecords.compactMap(\.resolved)
        let remembered = knownRecords == nil ? [:]
            : Dictionary(zip(site.records.lazy.map(\.body.version), checkedRecords), uniquingKeysWith: { first, _ in first })
        RecordChecks.checkUniqueNumbers(site.records, diagnostics: &diagnostics)
        let cases = site.cases.map { CaseChecks.resolve($0, context, diagnostics: &diagnostics) }
        RouteChecks.check(site, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return (nil, diagnostics, remembered) }
        let checked = CheckedSite(site: site, members: members, assignments: assignments, events: events, records: records, cases: cases)
        return (checked, diagnostics, remembered)
    }
}

/// One record's check: the record with its references resolved (nil when they did not
/// resolve) and what was found.
typealias RecordCheck = (resolved: ResolvedRecord?, found: Diagnostics)

/// What the per-section checks share.
struct CheckContext: Sendable {
    let site: Site
    let directory: Directory
    let members: [String: ResolvedMember]

    var policy: Policy { site.settings.policy }

    func member(_ reference: Located<String>, diagnostics: inout Diagnostics) -> ResolvedMember? {
        directory.members.resolve(reference, diagnostics: &diagnostics).flatMap { members[$0] }
    }

    /// A value that must be one of a fixed list, matched exactly, with the list in the error.
    static func oneOf(_ value: Located<String>, _ allowed: [String], what: String, diagnostics: inout Diagnostics) -> Bool {
        if allowed.contains(value.value) { return true }
        let hint = Suggestions.didYouMean(value.value, in: allowed)
        diagnostics.error(value.location, "unknown \(what) '\(value.value)'\(hint); allowed: \(allowed.joined(separator: "、"))")
        return false
    }
}
