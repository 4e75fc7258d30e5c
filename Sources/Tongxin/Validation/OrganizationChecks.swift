enum OrganizationChecks {
    /// The democratic parties in their official order (民革, 民盟, 民建, 民进, 农工党, 致公党,
    /// 九三学社, 台盟): every list on the portal follows the order of organization.json.
    static let officialPartyOrder: [[String]] = [
        ["民革", "中国国民党革命委员会"], ["民盟", "中国民主同盟"], ["民建", "中国民主建国会"], ["民进", "中国民主促进会"],
        ["农工党", "中国农工民主党"], ["致公党", "中国致公党"], ["九三学社", "九三"], ["台盟", "台湾民主自治同盟"],
    ]

    static func check(_ organization: Organization, directory: Directory, diagnostics: inout Diagnostics) {
        var last = -1
        for party in organization.parties {
            guard let rank = officialPartyOrder.firstIndex(where: { $0.contains(party.name) || party.short.map($0.contains) == true }) else { continue }
            if rank < last {
                diagnostics.warning(party.location, L("org.partyOrder", party.displayName))
            }
            last = max(last, rank)
        }
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
                diagnostics.error(text.location, L("member.unknownRole", text.value, Suggestions.didYouMean(text.value, in: MemberRole.allCases.map(\.label) + MemberRole.allCases.map(\.rawValue)), allowed.joined(separator: ", ")))
            }
        }
        let partyID = member.party.flatMap { directory.parties.resolve($0, diagnostics: &diagnostics) }
        let sectorID = member.sector.flatMap { directory.sectors.resolve($0, diagnostics: &diagnostics) }
        let committeeID = member.committee.flatMap { directory.committees.resolve($0, diagnostics: &diagnostics) }
        let windowID = member.window.flatMap { directory.windows.resolve($0, diagnostics: &diagnostics) }
        let history = member.history.map { change in
            (committeeID: change.committee.flatMap { directory.committees.resolve($0, diagnostics: &diagnostics) },
             windowID: change.window.flatMap { directory.windows.resolve($0, diagnostics: &diagnostics) },
             until: change.until.value)
        }
        let resolved = ResolvedMember(member: member, partyID: partyID, sectorID: sectorID, committeeID: committeeID,
                                      windowID: windowID, roles: roles, history: history)
        if resolved.isPartyGroup && !resolved.isPartyMember {
            diagnostics.error(member.roles.first { MemberRole(text: $0.value) == .partyGroup }?.location ?? member.name.location,
                              L("member.partyGroupNotCPC", member.name.value))
        }
        return resolved
    }
}
