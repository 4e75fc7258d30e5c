enum AssignmentChecks {
    static func resolve(_ assignment: Assignment, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedAssignment? {
        let kinds = context.policy.assignmentKinds
        guard let kind = kinds.first(where: { $0.id == assignment.kind.value || $0.name == assignment.kind.value }) else {
            let allowed = kinds.map { "\($0.id) (\($0.name))" }
            diagnostics.error(assignment.kind.location, L("assign.unknownKind", assignment.kind.value, Suggestions.didYouMean(assignment.kind.value, in: kinds.map(\.id) + kinds.map(\.name)), allowed.joined(separator: ", ")))
            return nil
        }
        let contactor = context.member(assignment.contactor, diagnostics: &diagnostics)
        if let contactor { checkRole(contactor, kind: kind, at: assignment.contactor.location, diagnostics: &diagnostics) }
        var targets: [ResolvedAssignment.Target] = []
        for reference in assignment.contactees {
            if let target = resolveTarget(reference, kind: kind, context, diagnostics: &diagnostics) {
                if case .member(let id) = target {
                    if id == contactor?.id {
                        diagnostics.error(reference.location, L("assign.self", reference.value))
                    } else if let contactee = context.members[id] {
                        checkFilter(kind, contactor: contactor, contactee: contactee, at: reference.location, context, diagnostics: &diagnostics)
                    }
                }
                targets.append(target)
            }
        }
        let organizer = assignment.organizer.flatMap { resolveOrganizer($0, context, diagnostics: &diagnostics) }
        guard let contactor, targets.count == assignment.contactees.count else { return nil }
        return ResolvedAssignment(assignment: assignment, contactorID: contactor.id, kindID: kind.id, targets: targets, organizerID: organizer)
    }

    /// The policy says who a kind's contactees are; an assignment outside that is
    /// reported as a warning, since offices do make deliberate exceptions. Committee and
    /// window count as shared when both were in it on some day (members move mid-year).
    private static func checkFilter(_ kind: AssignmentKind, contactor: ResolvedMember?, contactee: ResolvedMember, at location: SourceLocation, _ context: CheckContext, diagnostics: inout Diagnostics) {
        let filter = kind.filter
        var reasons: [String] = []
        switch filter.party {
        case .cpc where !contactee.isPartyMember: reasons.append(L("assign.reason.notCPC"))
        case .nonParty where contactee.isPartyMember: reasons.append(L("assign.reason.cpc"))
        default: break
        }
        if !filter.roles.isEmpty && !filter.roles.contains(where: contactee.roles.contains) {
            reasons.append(L("assign.reason.roles", filter.roles.map(\.label).joined(separator: "、")))
        }
        if !filter.sectors.isEmpty {
            let allowed = filter.sectors.compactMap { reference -> String? in
                if case .found(let id) = context.directory.sectors.match(reference.value) { return id }
                return nil
            }
            if !allowed.contains(where: { $0 == contactee.sectorID }) { reasons.append(L("assign.reason.sectors", filter.sectors.map(\.value).joined(separator: "、"))) }
        }
        if filter.sameCommittee, let contactor, !contactor.sharedUnit(\.committeeID, with: contactee) {
            reasons.append(L("assign.reason.committee", contactor.name))
        }
        if filter.sameWindow, let contactor, !contactor.sharedUnit(\.windowID, with: contactee) {
            reasons.append(L("assign.reason.window", contactor.name))
        }
        if !reasons.isEmpty {
            diagnostics.warning(location, L("assign.outsideFilter", contactee.name, reasons.joined(separator: L("assign.and")), kind.id, kind.name))
        }
    }

    private static func checkRole(_ contactor: ResolvedMember, kind: AssignmentKind, at location: SourceLocation, diagnostics: inout Diagnostics) {
        switch kind.contactorRole {
        case .partyGroup where !contactor.isPartyGroup:
            diagnostics.error(location, L("assign.notPartyGroup", contactor.name, kind.id, kind.name))
        case .partyMember where !contactor.isPartyMember:
            diagnostics.error(location, L("assign.notPartyMember", contactor.name, kind.id, kind.name))
        default: break
        }
    }

    /// A contactee is a member, a window or a branch, as the kind allows.
    private static func resolveTarget(_ reference: Located<String>, kind: AssignmentKind, _ context: CheckContext, diagnostics: inout Diagnostics) -> ResolvedAssignment.Target? {
        let directory = context.directory
        var candidates: [(ContacteeType, Lookup.Match)] = [
            (.member, directory.members.match(reference.value)),
            (.window, directory.windows.match(reference.value)),
            (.branch, directory.branches.match(reference.value)),
        ]
        candidates.removeAll { $0.1 == .missing }
        guard let (type, _) = candidates.first(where: { kind.contactees.contains($0.0) }) else {
            if let (type, _) = candidates.first {
                let allowed = kind.contactees.sorted().map(\.rawValue).joined(separator: " or ")
                diagnostics.error(reference.location, L("assign.wrongType", reference.value, type.rawValue, kind.id, allowed))
            } else {
                let lookup = kind.contactees.contains(.member) ? directory.members : kind.contactees.contains(.window) ? directory.windows : directory.branches
                _ = lookup.resolve(reference, diagnostics: &diagnostics)
            }
            return nil
        }
        switch type {
        case .member: return directory.members.resolve(reference, diagnostics: &diagnostics).map { .member($0) }
        case .window: return directory.windows.resolve(reference, diagnostics: &diagnostics).map { .window($0) }
        case .branch: return directory.branches.resolve(reference, diagnostics: &diagnostics).map { .branch($0) }
        }
    }

    private static func resolveOrganizer(_ reference: Located<String>, _ context: CheckContext, diagnostics: inout Diagnostics) -> String? {
        let directory = context.directory
        for lookup in [directory.windows, directory.committees, directory.branches] {
            if case .found(let id) = lookup.match(reference.value) { return id }
        }
        diagnostics.error(reference.location, L("assign.unknownOrganizer", reference.value, Suggestions.didYouMean(reference.value, in: directory.windows.orderedIDs + directory.committees.orderedIDs)))
        return nil
    }

    /// A member contacted under two assignments of the same kind for the same days is
    /// usually a copy-paste slip. Two rows whose `from`/`until` do not overlap are the
    /// same pair assigned again later, which is not.
    static func checkDoubleAssignment(_ assignments: [ResolvedAssignment], _ context: CheckContext, diagnostics: inout Diagnostics) {
        var seen: [String: [ResolvedAssignment]] = [:]
        for assignment in assignments {
            for (index, target) in assignment.targets.enumerated() {
                guard case .member(let id) = target else { continue }
                let key = "\(assignment.kindID)|\(assignment.contactorID)|\(id)"
                if let first = seen[key]?.first(where: { $0.inForce.overlaps(assignment.inForce) }) {
                    diagnostics.error(assignment.assignment.contactees[index].location, L("assign.pairTwice", first.assignment.location))
                } else {
                    seen[key, default: []].append(assignment)
                }
            }
        }
    }

    /// One column of 附件1 lists one kind of thing: when most 党组成员 list windows
    /// under a kind and one lists 临时党支部 (or members), that one is reported where it
    /// does, naming what the others list. The data are not wrong, so a warning.
    static func checkColumnKinds(_ assignments: [ResolvedAssignment], _ context: CheckContext, diagnostics: inout Diagnostics) {
        func type(_ target: ResolvedAssignment.Target) -> ContacteeType {
            switch target {
            case .member: .member
            case .window: .window
            case .branch: .branch
            }
        }
        for kind in context.policy.assignmentKinds where kind.contactees.count > 1 {
            let rows = assignments.filter { $0.kindID == kind.id }
            // How many contactors list each type; the type listed first wins a tie.
            var contactorsByType: [ContacteeType: Set<String>] = [:]
            var firstSeen: [ContacteeType] = []
            for row in rows {
                for target in row.targets {
                    let t = type(target)
                    if contactorsByType[t] == nil { firstSeen.append(t) }
                    contactorsByType[t, default: []].insert(row.contactorID)
                }
            }
            guard firstSeen.count > 1 else { continue }
            let usual = firstSeen.enumerated().min { a, b in
                (-(contactorsByType[a.element]?.count ?? 0), a.offset) < (-(contactorsByType[b.element]?.count ?? 0), b.offset)
            }!.element
            var reported = Set<String>()
            for row in rows {
                guard let index = row.targets.firstIndex(where: { type($0) != usual }), reported.insert(row.contactorID).inserted else { continue }
                let name = context.members[row.contactorID]?.name ?? row.contactorID
                diagnostics.warning(row.assignment.contactees[index].location,
                                    L("assignment.mixedColumn", kind.name, name, label(type(row.targets[index])), label(usual)))
            }
        }
    }

    private static func label(_ type: ContacteeType) -> String {
        switch type {
        case .member: L("target.member")
        case .window: L("target.window")
        case .branch: L("target.branch")
        }
    }
}
