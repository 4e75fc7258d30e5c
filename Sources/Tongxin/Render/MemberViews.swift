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
        let text = context.text
        let index = PageSpec(route: Routes.members, template: "members-index", title: text("members"), section: "members",
                             breadcrumbs: [Crumb(title: text("members"), route: Routes.members)],
                             inputs: listInputs, model: {
            MembersIndexValues(count: members.count, narrowed: nil, members: members.map(context.memberRow),
                               groups: MemberGroupViews.links(groups, text: text),
                               // Jiangmen has no windows: no column for them.
                               hasWindows: groups.contains { $0.0.slug == "window" })
        })
        let contacts = context.contacts
        let taskHolders = Set(ContactorTasks.contactors(site, table: context.work.table))
        // A 党组成员's page lists a report for every year with contacts, which any record
        // can add: the years are part of those pages' key.
        let reportYears = context.work.reportPeriods().filter { $0.half == nil }.map { String($0.year) }.joined(separator: ",")
        let memberInputs = parallelMap(members) { member in
            inputs(of: member, pairs: (byContactee[member.id] ?? []) + (byContactor[member.id] ?? []), records: contacts, versions: context.versions)
        }
        let groupPages = MemberGroupViews.pages(members, groups: groups, context: context, inputs: listInputs)
        return [index] + groupPages + zip(members, memberInputs).map { member, memberInputs in
            PageSpec(route: Routes.member(member.id), template: "member", title: member.name, section: "members",
                     breadcrumbs: [Crumb(title: text("members"), route: Routes.members), Crumb(title: member.name, route: Routes.member(member.id))],
                     source: member.member.file,
                     inputs: memberInputs, variant: member.isPartyGroup ? reportYears : "", model: {
                let contactors = byContactee[member.id] ?? [], contactees = byContactor[member.id] ?? []
                return MemberValues(
                    row: context.memberRow(member),
                    identity: labels.identity(member),
                    partyFull: labels.partyFull(member.partyID),
                    term: member.member.term ?? "",
                    gender: member.member.gender ?? "",
                    privateFields: privateFields(member.member.private, text: text),
                    bio: BodyValues(bodies[member.member.file]),
                    contactors: contactors.map(context.pairRow),
                    contactees: contactees.map(context.pairRow),
                    year: context.asOf.year,
                    hasTasks: taskHolders.contains(member.id),
                    tasks: Routes.tasks(member.id),
                    reports: member.isPartyGroup ? context.work.reportPeriods().filter { $0.half == nil }.map {
                        LabelLinkValues(label: text("profile.report", ["year": String($0.year)]), href: Routes.partyGroupReport($0.year, member.id))
                    } : [],
                    records: contacts.records(involving: member.id).map { context.rows[$0] })
            })
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

    private static func privateFields(_ fields: PrivateFields, text: ThemeText) -> MemberValues.PrivateValues? {
        let items = [(text("private.phone"), fields.phone), (text("private.address"), fields.address), (text("private.notes"), fields.notes)]
            .compactMap { label, value in value.map { MemberValues.LabelValues(label: label, value: $0) } }
        return items.isEmpty ? nil : MemberValues.PrivateValues(items: items)
    }
}

/// Member lists follow official documents: by surname strokes (按姓氏笔画排序), the
/// id breaking ties between namesakes.
enum MemberOrder {
    static func sorted(_ members: [ResolvedMember]) -> [ResolvedMember] {
        StrokeOrder.sorted(members, name: \.name, tieBreaker: \.id)
    }
}
