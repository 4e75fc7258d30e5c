/// 联系分工: the 附件1 table of the 党组成员, the pairing tables of each unit, every
/// pair with this year's count, and the 五到位 list.
enum AssignmentViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let text = context.text
        let crumb = Crumb(title: text("assignments"), route: Routes.assignments)
        let overview = PageSpec(route: Routes.assignments, template: "assignments", title: text("assignments"), section: "assignments", breadcrumbs: [crumb],
                                inputs: context.analysisInputs, model: {
            overviewValues(context.work, context)
        })
        // The page's 附件1 table (AssignmentsValues.table), without the rest of the page.
        let attachment = WordViews.spec(beside: overview, name: WordViews.attachmentFile) {
            WordViews.attachment(tableValues(context, year: context.asOf.year), title: context.policy.leaderTable.title, words: context.text)
        }
        let pairs = PageSpec(route: Routes.pairs, template: "pairs", title: text("pairs"), section: "assignments",
                             breadcrumbs: [crumb, Crumb(title: text("pairs"), route: Routes.pairs)], inputs: context.analysisInputs, model: {
            pairsValues(context.work, context, rows: context.pairRows)
        })
        let triggers = PageSpec(route: Routes.triggers, template: "triggers", title: text("triggers"), section: "assignments",
                                breadcrumbs: [crumb, Crumb(title: text("triggers"), route: Routes.triggers)], inputs: context.analysisInputs, model: {
            TriggersValues(year: context.asOf.year, kinds: context.policy.triggers.map { TriggersValues.KindValues(name: $0.name, days: $0.dueDays) },
                           items: context.work.triggers.items.map { TriggerViews.row($0, context) })
        })
        // Without 五到位 in the policy (Jiangmen) there is no list of them to show.
        let byStatus = statusPages(context, crumb: crumb) + PairGroupViews.pages(context, crumb: crumb)
        return (context.policy.triggers.isEmpty ? [overview, attachment, pairs] : [overview, attachment, pairs, triggers]) + byStatus
    }

    /// 联系分工 of `work`'s year: this year's page, or an earlier year's (YearViews), whose
    /// 附件1 and pairs are the rows in force in that year.
    static func overviewValues(_ work: ContactWork, _ context: RenderContext) -> AssignmentsValues {
        let year = work.asOf.year, isPast = year != context.asOf.year
        return AssignmentsValues(
            table: tableValues(context, year: year),
            units: unitTables(context, work: work),
            uncovered: work.coverage.uncovered.map(context.memberLink),
            coverage: "\(work.coverage.covered)/\(work.coverage.mustCover.count)",
            year: year,
            isPast: isPast,
            pairsHref: isPast ? Routes.yearPairs(year) : Routes.pairs,
            csvHref: isPast ? Routes.yearAttachmentCSV(year) : Routes.attachmentCSV,
            hasTriggers: !isPast && !context.policy.triggers.isEmpty,
            word: WordViews.link(WordViews.attachmentFile, title: isPast ? context.text("file.pastAttachment", ["year": String(year), "title": context.policy.leaderTable.title]) : context.policy.leaderTable.title))
    }

    /// The pairs table of `work`'s year (this year's, or an earlier one's for YearViews).
    /// `rows`: this year's rows, or a narrowed page's, in order (RenderContext.pairRows;
    /// nil: all of `work`'s year); `narrowed`: what they are narrowed to.
    static func pairsValues(_ work: ContactWork, _ context: RenderContext, rows: [PairRowValues]? = nil, narrowed: String? = nil) -> PairsValues {
        let isCurrent = work.asOf.year == context.asOf.year, dated = YearViews.hasDatedAssignments(context)
        return PairsValues(
            year: work.asOf.year,
            minimum: context.policy.minContactsPerYear,
            pairs: rows ?? sortedPairs(work.frequency.pairs).map(context.pairRow),
            outside: work.outside.contacts.map { contact in
                PairsValues.OutsideValues(contactor: context.memberLink(contact.contactorID), contactee: context.memberLink(contact.contacteeID),
                                          date: contact.date.chinese, record: context.rows[contact.record])
            },
            yearSwitch: YearViews.switcher(current: work.asOf.year, context, thisYear: Routes.pairs, route: Routes.yearPairs),
            isCurrent: isCurrent,
            dated: dated,
            // An earlier year's pairs differ from today's rows only with dates: then they have a CSV of their own.
            csvHref: isCurrent ? Routes.pairsCSV : dated ? Routes.yearPairsCSV(work.asOf.year) : "",
            groups: isCurrent ? PairGroupViews.links(context) : nil,
            statusLinks: isCurrent ? statuses.map { status in
                CountedLinkValues(label: context.statusLabel(status), href: Routes.pairsByStatus(status.rawValue), count: work.frequency.pairs.count(where: { $0.status == status }))
            } : nil,
            narrowed: narrowed)
    }

    static let statuses: [FrequencyReport.Status] = [.behind, .inProgress, .done]

    /// This year's pairs of one status, a page each: the narrowed table has its own address.
    static func statusPages(_ context: RenderContext, crumb: Crumb) -> [PageSpec] {
        statuses.map { status in
            let route = Routes.pairsByStatus(status.rawValue), label = context.statusLabel(status)
            return PageSpec(route: route, template: "pairs", title: context.text("pairs.of", ["name": label]), section: "assignments",
                            breadcrumbs: [crumb, Crumb(title: context.text("pairs"), route: Routes.pairs), Crumb(title: label, route: route)], inputs: context.analysisInputs, model: {
                pairsValues(context.work, context, rows: zip(context.sortedPairs, context.pairRows).filter { $0.0.status == status }.map(\.1), narrowed: label)
            })
        }
    }

    /// The 附件1 table as the assignments page, the Word file and a rule's attachment
    /// show it: the policy's title and first column, a column per kind, a row per 党组成员.
    /// `year`: the rows in force on some day of it.
    static func tableValues(_ context: RenderContext, year: Int) -> AttachmentTableValues {
        AttachmentTableValues(tableTitle: context.policy.leaderTable.title, leaderColumn: context.policy.leaderTable.leaderColumn,
                              kinds: leaderKinds(context).map(\.name),
                              leaders: attachmentRows(context, year: year).map { .init(leader: context.memberLink($0.leader), cells: $0.cells) })
    }

    /// Kinds for 党组成员, in the policy's order: the columns of 附件1.
    static func leaderKinds(_ context: RenderContext) -> [AssignmentKind] {
        context.policy.assignmentKinds.filter { $0.contactorRole == .partyGroup }
    }

    /// The 党组成员 in rank order (主席, 副主席 …, 秘书长), as 附件1 lists them.
    static func leaders(_ context: RenderContext) -> [ResolvedMember] {
        RankOrder.sorted(context.site.members.filter(\.isPartyGroup))
    }

    /// One row per 党组成员; one cell per kind listing whom they contact, labelled the
    /// way 附件1 labels them ("民建: 陈　琳"), of the rows in force on some day of `year`.
    /// A row that started or ended within the year carries those dates
    /// ("民建: 陈　琳（至2026年6月30日）"), so the year's table says who held it when.
    static func attachmentRows(_ context: RenderContext, year: Int) -> [(leader: String, cells: [[String]])] {
        let kinds = leaderKinds(context)
        return leaders(context).map { leader in
            let cells = kinds.map { kind in
                rows(of: leader.id, kind: kind, year: year, context).flatMap { row in
                    let note = row.inForce.isAlways ? "" : row.inForce.note(in: year)
                    return row.targets.map { note.isEmpty ? cellText($0, kind: kind, context) : cellText($0, kind: kind, context) + "（\(note)）" }
                }
            }
            return (leader.id, cells)
        }
    }

    /// A contactor's rows of a kind in force on some day of `year`.
    private static func rows(of contactor: String, kind: AssignmentKind, year: Int, _ context: RenderContext) -> [ResolvedAssignment] {
        let period = Period(year: year)
        return context.site.assignments.filter { $0.contactorID == contactor && $0.kindID == kind.id && $0.inForce.overlaps(period) }
    }

    /// The members (not windows or branches) a 党组成员 contacts, in the order of the 附件1 cells.
    static func memberTargets(of leader: String, year: Int, _ context: RenderContext) -> [String] {
        leaderKinds(context).flatMap { kind in
            rows(of: leader, kind: kind, year: year, context).flatMap(\.targets).compactMap { target in
                if case .member(let id) = target { id } else { nil }
            }
        }
    }

    /// A member is labelled by 界别 ("民建: 陈　琳"), a 专委会副主任 by that office, as the
    /// seed does ("经济委副主任（兼）: 倪　捷") — unless also a 界别活动组组长, whom the
    /// column names by 界别.
    /// A column that names its 界别 (无党派人士, 宗教界委员) lists bare names, as the seed does.
    static func cellText(_ target: ResolvedAssignment.Target, kind: AssignmentKind, _ context: RenderContext) -> String {
        guard case .member(let id) = target, let member = context.site.member(id) else { return context.unitName(target) }
        let name = NameLayout.tableName(member.name)
        let sectorName = context.labels.sector(member.sectorID)
        if kind.filter.sectors.contains(where: { $0.value == member.sectorID || $0.value == sectorName }) { return name }
        let group: String
        if member.roles.contains(.viceChair), !member.roles.contains(.sectorLead), let committee = member.committeeID {
            group = context.labels.committeeShort(committee) + context.text("assignments.viceChair")
        } else {
            group = context.labels.sectorShort(member.sectorID).isEmpty ? context.labels.party(member.partyID) : context.labels.sectorShort(member.sectorID)
        }
        return group.isEmpty ? name : "\(group): \(name)"
    }

    /// Pairs grouped by the contactee's window (or committee where the policy has no
    /// windows), each group in the organisation's order.
    static func unitTables(_ context: RenderContext, work: ContactWork? = nil) -> [AssignmentsValues.UnitValues] {
        let work = work ?? context.work
        // By pair and days (the same pair may be assigned again later).
        let counts = Dictionary(work.frequency.pairs.map { (AssignmentTable.key($0.pair), $0) }, uniquingKeysWith: { first, _ in first })
        let grouped = Dictionary(grouping: work.table.pairs) { unitOf($0.contacteeID, context) ?? "" }
        return unitOrder(context).compactMap { unit -> AssignmentsValues.UnitValues? in
            guard let pairs = grouped[unit.id], !pairs.isEmpty else { return nil }
            let byContactee = Dictionary(grouping: pairs, by: \.contacteeID)
            let rows = MemberOrder.sorted(byContactee.keys.compactMap { context.site.member($0) }).flatMap { member in
                (byContactee[member.id] ?? []).compactMap { counts[AssignmentTable.key($0)] }
            }
            return AssignmentsValues.UnitValues(id: unit.id, name: unit.name, href: Routes.unit(unit.id), pairs: rows.map(context.pairRow))
        }
    }

    static func unitOf(_ memberID: String, _ context: RenderContext) -> String? {
        let member = context.site.member(memberID)
        return context.site.organization.windows.isEmpty ? member?.committeeID : member?.windowID
    }

    static func unitOrder(_ context: RenderContext) -> [OrgUnit] {
        let org = context.site.organization
        return org.windows.isEmpty ? org.committees : org.windows
    }

    static func sortedPairs(_ pairs: [FrequencyReport.PairCount]) -> [FrequencyReport.PairCount] {
        pairs.sorted { a, b in
            if a.status != b.status { return a.status < b.status }
            if a.count != b.count { return a.count < b.count }
            return (a.pair.contactorID, a.pair.contacteeID) < (b.pair.contactorID, b.pair.contacteeID)
        }
    }
}

enum TriggerViews {
    static func row(_ item: TriggerReport.Item, _ context: RenderContext) -> TriggerRowValues {
        let kind = context.policy.triggers.first { $0.id == item.event.triggerID }
        let status: (text: String, statusClass: String, record: Int?)
        switch item.status {
        case .onTime(let record, let after): status = (context.text("trigger.onTime", ["days": String(after)]), "done", record)
        case .late(let record, let after): status = (context.text("trigger.late", ["days": String(after)]), "inProgress", record)
        case .overdue(let days): status = (context.text("trigger.overdue", ["days": String(days)]), "behind", nil)
        case .open(let days): status = (context.text("trigger.open", ["days": String(days)]), "open", nil)
        }
        return TriggerRowValues(member: context.memberLink(item.event.memberID), kind: kind?.name ?? item.event.triggerID,
                                date: item.event.event.date.value.chinese, due: item.due.chinese, note: item.event.event.note ?? "",
                                status: status.text, statusClass: status.statusClass, record: status.record.map { context.rows[$0] })
    }
}
