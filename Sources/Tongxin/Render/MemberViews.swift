/// The member directory and one profile page per member.
enum MemberViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let site = context.site, labels = context.labels, bodies = context.bodies
        let byContactee = Dictionary(grouping: context.work.frequency.pairs, by: \.pair.contacteeID)
        let byContactor = Dictionary(grouping: context.work.frequency.pairs, by: \.pair.contactorID)
        let members = MemberOrder.sorted(site.members)
        // The directory shows the members' own fields only: a saved record leaves it alone.
        let listInputs = PageInputs.key(members.map(\.member.body))
        let groups = MemberGroupViews.groups(members, organization: site.organization)
        let index = PageSpec(route: Routes.members, template: "members-index", title: "委员名录", section: "members",
                             breadcrumbs: [Crumb(title: "委员名录", route: Routes.members)],
                             inputs: listInputs) {
            [
                "count": members.count,
                "members": members.map { row($0, labels: labels) },
                "groups": MemberGroupViews.links(groups),
                // Jiangmen has no windows: no column for them.
                "hasWindows": groups.contains { $0.0.slug == "window" },
            ]
        }
        let contacts = context.contacts
        let taskHolders = Set(ContactorTasks.contactors(site, table: context.work.table))
        // A 党组成员's page lists a report for every year with contacts, which any record
        // can add: the years are part of those pages' key.
        let reportYears = context.work.reportPeriods().filter { $0.half == nil }.map { String($0.year) }.joined(separator: ",")
        let memberInputs = parallelMap(members) { member in
            inputs(of: member, pairs: (byContactee[member.id] ?? []) + (byContactor[member.id] ?? []), records: contacts, versions: context.versions)
        }
        let groupPages = MemberGroupViews.pages(members, groups: groups, labels: labels, inputs: listInputs)
        return [index] + groupPages + zip(members, memberInputs).map { member, memberInputs in
            PageSpec(route: Routes.member(member.id), template: "member", title: member.name, section: "members",
                     breadcrumbs: [Crumb(title: "委员名录", route: Routes.members), Crumb(title: member.name, route: Routes.member(member.id))],
                     source: member.member.file,
                     inputs: memberInputs, variant: member.isPartyGroup ? reportYears : "") {
                var values = row(member, labels: labels)
                values["identity"] = labels.identity(member)
                values["partyFull"] = labels.partyFull(member.partyID)
                values["term"] = member.member.term ?? ""
                values["gender"] = member.member.gender ?? ""
                values["private"] = privateFields(member.member.private)
                values["bio"] = View.markdown(bodies[member.member.file])
                let contactors = byContactee[member.id] ?? [], contactees = byContactor[member.id] ?? []
                values["contactors"] = contactors.map(context.pairRow)
                values["contactees"] = contactees.map(context.pairRow)
                values["hasPairs"] = !contactors.isEmpty || !contactees.isEmpty
                values["year"] = context.asOf.year
                values["hasTasks"] = taskHolders.contains(member.id)
                values["tasks"] = Routes.tasks(member.id)
                values["reports"] = member.isPartyGroup ? context.work.reportPeriods().filter { $0.half == nil }.map {
                    ["label": "\($0.year)年联系工作情况", "href": Routes.partyGroupReport($0.year, member.id)]
                } : []
                let records = contacts.records(involving: member.id)
                values["hasRecords"] = !records.isEmpty
                values["records"] = records.map { context.rows[$0] }
                return values
            }
        }
    }

    /// The files a profile shows: the member's own, each record naming them with the
    /// files of everyone those records name, and the files of everyone paired with them
    /// (names and counts).
    private static func inputs(of member: ResolvedMember, pairs: [FrequencyReport.PairCount], records: ContactIndex, versions: InputVersions) -> PageInputs.Key {
        var inputs = PageInputs(versions)
        inputs.add(member.member.body)
        inputs.add(records: records.records(involving: member.id))
        inputs.add(members: pairs.flatMap { [$0.pair.contactorID, $0.pair.contacteeID] })
        return inputs.key
    }

    static func row(_ member: ResolvedMember, labels: Labels) -> [String: Any] {
        [
            "id": member.id,
            "name": member.name,
            "tableName": NameLayout.tableName(member.name),
            "href": Routes.member(member.id),
            "party": labels.party(member.partyID),
            "sector": labels.sector(member.sectorID),
            "committee": labels.committee(member.committeeID),
            "window": labels.window(member.windowID),
            "roles": member.roles.map(\.label).joined(separator: "、"),
            "unit": member.member.unit ?? "",
            "position": member.member.position ?? "",
            "isPartyMember": member.isPartyMember,
        ]
    }

    private static func privateFields(_ fields: PrivateFields) -> [String: Any]? {
        let items = [("电话", fields.phone), ("地址", fields.address), ("备注", fields.notes)]
            .compactMap { label, value in value.map { ["label": label, "value": $0] } }
        return items.isEmpty ? nil : ["items": items]
    }
}

/// Member lists follow official documents: by surname strokes (按姓氏笔画排序), the
/// id breaking ties between namesakes.
enum MemberOrder {
    static func sorted(_ members: [ResolvedMember]) -> [ResolvedMember] {
        StrokeOrder.sorted(members, name: \.name, tieBreaker: \.id)
    }
}
