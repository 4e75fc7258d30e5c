/// Checks the party, 界别, committee, window and roles of an imported row against the
/// content folder, so that the files written pass `tongxin check`. Spreadsheets often
/// write 政治面貌 as 中共党员 or 民建会员; when the bare value is unknown but the party's
/// name without 党员/会员/社员 is known, that name is written instead.
struct ReferenceCheck {
    let snapshot: ContentSnapshot

    struct Problem: Error {
        var message: String
    }

    func check(_ fields: inout MemberFields) -> Result<Void, Problem> {
        if let organization = snapshot.organization {
            if let party = fields.values["party"] {
                switch resolveParty(party, units: organization.parties) {
                case .success(let written): fields.values["party"] = written
                case .failure(let problem): return .failure(problem)
                }
            }
            let others = [
                ("sector", directory.sectors, organization.sectors, "界别"),
                ("committee", directory.committees, organization.committees, "专委会"),
                ("window", directory.windows, organization.windows, "窗口"),
            ]
            for (key, lookup, units, label) in others {
                guard let value = fields.values[key] else { continue }
                if let message = problem(value, lookup, units: units, label: label) { return .failure(Problem(message: message)) }
            }
        }
        var roles: [MemberRole] = []
        for text in fields.roles {
            guard let role = MemberRole(text: text) else {
                let allowed = MemberRole.allCases.map(\.label).joined(separator: "、")
                let hint = Suggestions.didYouMean(text, in: MemberRole.allCases.map(\.label))
                return .failure(Problem(message: L("roster.unknownRole", text, hint, allowed, MemberRole.allCases.map(\.rawValue).joined(separator: ", "))))
            }
            roles.append(role)
        }
        if roles.contains(.partyGroup), snapshot.organization != nil {
            let partyID = fields.values["party"].flatMap(id(in: directory.parties))
            if partyID != Organization.communistParty {
                return .failure(Problem(message: L("roster.partyGroupNeedsCPC")))
            }
        }
        return .success(())
    }

    private var directory: Directory { snapshot.directory }

    /// The standard 政治面貌 wordings end in what a member of that party is called:
    /// 中共预备党员, 民盟盟员, 民建会员, 九三学社社员 … (longest first).
    static let memberSuffixes = ["预备党员", "党员", "盟员", "会员", "社员", "成员"]

    /// The full names of the parties, for an organization.json that lists them without
    /// their short names.
    static let fullPartyNames: [String: String] = [
        "中共": "中国共产党", "民革": "中国国民党革命委员会", "民盟": "中国民主同盟", "民建": "中国民主建国会",
        "民进": "中国民主促进会", "农工党": "中国农工民主党", "致公党": "中国致公党", "台盟": "台湾民主自治同盟",
        "无党派": "无党派人士",
    ]

    /// The party as it will be written, nil for none: 群众 (no party at all) is how
    /// 政治面貌 columns say what member files say by leaving `party` out, and so is
    /// 无党派人士 when organization.json does not list it.
    private func resolveParty(_ value: String, units: [OrgUnit]) -> Result<String?, Problem> {
        var candidates = [value]
        if let suffix = Self.memberSuffixes.first(where: { value.hasSuffix($0) && value.count > $0.count }) {
            candidates.append(String(value.dropLast(suffix.count)))
        }
        candidates += candidates.compactMap { Self.fullPartyNames[$0] }
        for candidate in candidates {
            if case .found = directory.parties.match(candidate) { return .success(candidate) }
        }
        if ["群众", "无", "无党派", "无党派人士"].contains(value) { return .success(nil) }
        if let message = problem(value, directory.parties, units: units, label: "党派") { return .failure(Problem(message: message)) }
        return .success(value)
    }

    /// Why a value does not name exactly one unit, or nil when it does.
    private func problem(_ value: String, _ lookup: Lookup, units: [OrgUnit], label: String) -> String? {
        switch lookup.match(value) {
        case .found: return nil
        case .ambiguous(let ids):
            return L("check.ambiguous", value, label, ids.joined(separator: ", "))
        case .missing:
            let names = units.map(\.displayName)
            let hint = Suggestions.didYouMean(value, in: names + units.compactMap(\.short) + units.map(\.name))
            return L("roster.unknownUnit", label, value, hint, names.joined(separator: "、"))
        }
    }

    private func id(in lookup: Lookup) -> (String) -> String? {
        { text in
            if case .found(let id) = lookup.match(text) { return id }
            return nil
        }
    }

    /// Whether two texts of a field say the same (中共 and cpc are the same party).
    func same(_ key: String, _ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        if a == b { return true }
        let lookup: Lookup?
        switch key {
        case "party": lookup = directory.parties
        case "sector": lookup = directory.sectors
        case "committee": lookup = directory.committees
        case "window": lookup = directory.windows
        case "name": return MemberNames.normalise(a) == MemberNames.normalise(b)
        default: lookup = nil
        }
        guard let lookup, let first = id(in: lookup)(a) else { return false }
        return first == id(in: lookup)(b)
    }
}
