/// Headline counts for the front page, computed from the model.
struct Overview: Sendable {
    let memberCount: Int
    let nonPartyCount: Int
    let coveredNonParty: Int
    let recordsThisYear: Int

    init(_ site: CheckedSite, asOf: Day) {
        memberCount = site.members.count
        let nonParty = Set(site.members.filter { !$0.isPartyMember }.map(\.id))
        nonPartyCount = nonParty.count
        var covered = Set<String>()
        for assignment in site.assignments {
            for case .member(let id) in assignment.targets where nonParty.contains(id) { covered.insert(id) }
        }
        coveredNonParty = covered.count
        recordsThisYear = site.records.filter { $0.record.date.value.year == asOf.year && $0.record.date.value <= asOf }.count
    }
}
