/// The member directory and one profile page per member.
enum MemberViews {
    static func pages(_ site: CheckedSite, labels: Labels, bodies: RenderedBodies) -> [PageSpec] {
        let members = MemberOrder.sorted(site.members)
        let index = PageSpec(route: Routes.members, template: "members-index", title: "委员名录", section: "members",
                             breadcrumbs: [Crumb(title: "委员名录", route: Routes.members)]) {
            [
                "count": members.count,
                "members": members.map { row($0, labels: labels) },
            ]
        }
        let contacts = ContactIndex(site)
        return [index] + members.map { member in
            PageSpec(route: Routes.member(member.id), template: "member", title: member.name, section: "members",
                     breadcrumbs: [Crumb(title: "委员名录", route: Routes.members), Crumb(title: member.name, route: Routes.member(member.id))]) {
                var context = row(member, labels: labels)
                context["identity"] = labels.identity(member)
                context["partyFull"] = labels.partyFull(member.partyID)
                context["term"] = member.member.term ?? ""
                context["gender"] = member.member.gender ?? ""
                context["private"] = privateFields(member.member.private)
                context["bio"] = View.markdown(bodies[member.member.file])
                context["contactors"] = contacts.contactors(of: member.id).map { link(site.member($0.contactorID), kind: $0.kind) }
                context["contactees"] = contacts.contactees(of: member.id).map { link(site.member($0.contacteeID), kind: $0.kind) }
                let records = contacts.records(involving: member.id)
                context["hasRecords"] = !records.isEmpty
                context["records"] = records.map { RecordViews.row($0, site: site) }
                return context
            }
        }
    }

    static func row(_ member: ResolvedMember, labels: Labels) -> [String: Any] {
        [
            "id": member.id,
            "name": member.name,
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

    private static func link(_ member: ResolvedMember?, kind: String) -> [String: Any] {
        ["name": member?.name ?? "", "href": member.map { Routes.member($0.id) } ?? "", "kind": kind]
    }
}

/// A stable order for member lists until the 姓氏笔画 order lands: by id.
enum MemberOrder {
    static func sorted(_ members: [ResolvedMember]) -> [ResolvedMember] {
        members.sorted { $0.id < $1.id }
    }
}
