/// Every id and name in the site, for resolving what the office wrote.
struct Directory: Sendable {
    var members = Lookup(what: "unit.member")
    var parties = Lookup(what: "unit.party")
    var sectors = Lookup(what: "unit.sector")
    var committees = Lookup(what: "unit.committee")
    var windows = Lookup(what: "unit.window")
    var branches = Lookup(what: "unit.branch")

    static func build(_ site: Site, diagnostics: inout Diagnostics) -> Directory {
        var directory = Directory()
        let org = site.organization
        add(org.parties, to: &directory.parties, diagnostics: &diagnostics)
        add(org.sectors, to: &directory.sectors, diagnostics: &diagnostics)
        add(org.committees, to: &directory.committees, diagnostics: &diagnostics)
        add(org.windows, to: &directory.windows, diagnostics: &diagnostics)
        add(org.branches, to: &directory.branches, diagnostics: &diagnostics)
        for member in site.members where !directory.members.add(id: member.id, names: [member.name.value]) {
            diagnostics.error(SourceLocation(file: member.file), L("check.duplicateID", directory.members.what, member.id))
        }
        return directory
    }

    private static func add(_ units: [OrgUnit], to lookup: inout Lookup, diagnostics: inout Diagnostics) {
        for unit in units where !lookup.add(id: unit.id, names: [unit.name, unit.short]) {
            diagnostics.error(unit.location, L("check.duplicateID", lookup.what, unit.id))
        }
    }
}
