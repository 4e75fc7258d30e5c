enum OrganizationChecks {
    static func check(_ organization: Organization, directory: Directory, diagnostics: inout Diagnostics) {
        for window in organization.windows {
            if let committee = window.parent { _ = directory.committees.resolve(committee, diagnostics: &diagnostics) }
        }
        for branch in organization.branches {
            if let window = branch.parent { _ = directory.windows.resolve(window, diagnostics: &diagnostics) }
        }
    }
}

enum MemberChecks {
    static func resolve(_ member: Member, directory: Directory, diagnostics: inout Diagnostics) -> ResolvedMember {
        var roles: [MemberRole] = []
        for text in member.roles {
            if let role = MemberRole(text: text.value) {
                roles.append(role)
            } else {
                let allowed = MemberRole.allCases.map { "\($0.rawValue) (\($0.label))" }
                diagnostics.error(text.location, "unknown role '\(text.value)'; allowed: \(allowed.joined(separator: ", "))")
            }
        }
        var resolved = ResolvedMember(
            member: member,
            partyID: member.party.flatMap { directory.parties.resolve($0, diagnostics: &diagnostics) },
            sectorID: member.sector.flatMap { directory.sectors.resolve($0, diagnostics: &diagnostics) },
            committeeID: member.committee.flatMap { directory.committees.resolve($0, diagnostics: &diagnostics) },
            windowID: member.window.flatMap { directory.windows.resolve($0, diagnostics: &diagnostics) },
            roles: roles)
        resolved.history = member.history.map { change in
            (change.committee.flatMap { directory.committees.resolve($0, diagnostics: &diagnostics) },
             change.window.flatMap { directory.windows.resolve($0, diagnostics: &diagnostics) },
             change.until.value)
        }
        if resolved.isPartyGroup && !resolved.isPartyMember {
            diagnostics.error(member.roles.first { MemberRole(text: $0.value) == .partyGroup }?.location ?? member.name.location,
                              "\(member.name.value) has the role party-group (党组成员) but is not a member of the CPC (party: cpc)")
        }
        return resolved
    }
}
