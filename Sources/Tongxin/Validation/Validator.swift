/// Checks a loaded site against the content model and the policy. Every problem is
/// collected; the checked site is returned only when there were no errors.
public enum Validator {
    public static func check(_ site: Site) -> (CheckedSite?, Diagnostics) {
        let result = check(site, known: nil)
        return (result.checked, result.diagnostics)
    }

    /// `known`: checks from the last build that still hold (the preview's, see
    /// BuildCache.knownChecks), or nil when none are kept. Gives this build's checks the
    /// same way (empty when `known` is nil).
    static func check(_ site: Site, known: KnownChecks?) -> (checked: CheckedSite?, diagnostics: Diagnostics, kept: KnownChecks) {
        var diagnostics = Diagnostics()
        let shared = known?.shared ?? SharedChecks(site)
        diagnostics.append(contentsOf: shared.foundBefore)
        let context = CheckContext(site: site, directory: shared.directory, members: shared.memberIndex)
        // The records' numbers and the routes need only the files: checked on a thread
        // of their own while the records are resolved (one after the other, they were
        // half a second of a roster's check on one core). Routes come from file names (the
        // same while only records were read again) but only from files that loaded.
        let keptRoutes = known?.routes.flatMap { $0.recordCount == site.records.count ? $0 : nil }
        let byName = Background { () -> (numbers: Diagnostics, routes: (recordCount: Int, found: Diagnostics)) in
            var numbers = Diagnostics()
            RecordChecks.checkUniqueNumbers(site.records, diagnostics: &numbers)
            return (numbers, keptRoutes ?? {
                var found = Diagnostics()
                RouteChecks.check(site, diagnostics: &found)
                return (site.records.count, found)
            }())
        }
        // Records are checked on all cores (a province has hundreds of thousands); their
        // findings are kept in file order.
        let checkedRecords = parallelMap(site.records) { record -> RecordCheck in
            if let known = known?.records[record.body.version] { return known }
            var found = Diagnostics()
            return (RecordChecks.resolve(record, context, diagnostics: &found), found)
        }
        for (_, found) in checkedRecords { diagnostics.append(contentsOf: found) }
        let records = checkedRecords.compactMap(\.resolved)
        let (numbers, routes) = byName.value
        diagnostics.append(contentsOf: numbers)
        diagnostics.append(contentsOf: shared.foundInCases)
        diagnostics.append(contentsOf: routes.found)
        let kept = known == nil ? KnownChecks() : KnownChecks(
            records: Dictionary(zip(site.records.lazy.map(\.body.version), checkedRecords), uniquingKeysWith: { first, _ in first }),
            shared: shared, routes: routes)
        guard !diagnostics.hasErrors else { return (nil, diagnostics, kept) }
        let checked = CheckedSite(site: site, members: shared.members, assignments: shared.assignments, events: shared.events, records: records, cases: shared.cases)
        return (checked, diagnostics, kept)
    }
}

/// Checks the preview keeps from one build to the next (BuildCache.knownChecks).
struct KnownChecks: Sendable {
    /// Each record's check by its version (MarkdownSource.version).
    var records: [Int: RecordCheck] = [:]
    var shared: SharedChecks?
    /// What the route check found, and for how many records.
    var routes: (recordCount: Int, found: Diagnostics)?
}

/// Everything but the records and routes: the organisation, members, assignments,
/// events and cases, checked against each other. Unchanged while only records were read
/// again, so the preview keeps it between saves.
struct SharedChecks: Sendable {
    let directory: Directory
    let members: [ResolvedMember]
    let memberIndex: [String: ResolvedMember]
    let assignments: [ResolvedAssignment]
    let events: [ResolvedEvent]
    let cases: [ResolvedCase]
    /// What was found before the records are checked, and in the cases (after them),
    /// so that a kept check reports in the same order.
    let foundBefore: Diagnostics
    let foundInCases: Diagnostics

    init(_ site: Site) {
        var diagnostics = Diagnostics()
        let directory = Directory.build(site, diagnostics: &diagnostics)
        self.directory = directory
        OrganizationChecks.check(site.organization, directory: directory, diagnostics: &diagnostics)
        for kind in site.settings.policy.assignmentKinds {
            for sector in kind.filter.sectors { _ = directory.sectors.resolve(sector, diagnostics: &diagnostics) }
        }
        members = site.members.map { MemberChecks.resolve($0, directory: directory, diagnostics: &diagnostics) }
        memberIndex = Dictionary(members.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let context = CheckContext(site: site, directory: directory, members: memberIndex)
        assignments = site.assignments.compactMap { AssignmentChecks.resolve($0, context, diagnostics: &diagnostics) }
        AssignmentChecks.checkDoubleAssignment(assignments, context, diagnostics: &diagnostics)
        AssignmentChecks.checkColumnKinds(assignments, context, diagnostics: &diagnostics)
        events = site.events.compactMap { EventChecks.resolve($0, context, diagnostics: &diagnostics) }
        RuleChecks.checkAttachments(site, diagnostics: &diagnostics)
        foundBefore = diagnostics
        var inCases = Diagnostics()
        cases = site.cases.map { CaseChecks.resolve($0, context, diagnostics: &inCases) }
        CaseChecks.checkTagCount(site.cases, diagnostics: &inCases)
        BriefChecks.check(site, diagnostics: &inCases)
        foundInCases = inCases
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

    /// A value that must be one of a fixed list, matched exactly, with the list in the
    /// error. `what` is the catalogue key of the field's name ("field.method": 联系方式).
    static func oneOf(_ value: Located<String>, _ allowed: [String], what: String, diagnostics: inout Diagnostics) -> Bool {
        if allowed.contains(value.value) { return true }
        let hint = Suggestions.didYouMean(value.value, in: allowed)
        diagnostics.error(value.location, L("check.notAllowed", L(what), value.value, hint, allowed.joined(separator: "、")))
        return false
    }
}
