/// Printable reports: each committee's half-year report and each 党组成员's yearly
/// report, plus an index of them.
enum ReportViews {
    static func pages(_ context: RenderContext) -> [PageSpec] {
        let periods = context.work.reportPeriods()
        let halves = periods.filter { $0.half != nil }
        let years = periods.filter { $0.half == nil }.map(\.year)
        let committees = context.site.organization.committees
        let leaders = AssignmentViews.leaders(context)
        let text = context.text
        let crumb = Crumb(title: text("reports"), route: Routes.reports)
        let index = PageSpec(route: Routes.reports, template: "reports", title: text("reports"), section: "reports", breadcrumbs: [crumb], model: {
            ReportsValues(
                halves: halves.map { period in
                    HalfValues(label: period.label, committees: committees.map { NameLinkValues(name: $0.name, href: Routes.committeeReport(period, $0.id)) })
                },
                hasTerm: context.site.settings.term != nil,
                termName: context.site.settings.term?.name ?? "",
                years: years.map { year in
                    ReportsValues.YearValues(label: text("year", ["year": String(year)]), summary: Routes.yearSummary(year),
                                             summaryDownload: text("file.yearSummary", ["organization": context.site.settings.organization, "year": String(year)]) + ".docx",
                                             leaders: leaders.map { NameLinkValues(name: $0.name, href: Routes.partyGroupReport(year, $0.id)) })
                })
        })
        // What each committee's page shows is named here, for the preview's reuse: its
        // records and the members of its pairs. The report itself (each pair's count, the
        // register of suggestions) is worked out when the page is drawn: after a save, for
        // the pages whose records changed only.
        let site = context.site, work = context.work
        let contacts = parallelMap(halves) { CommitteeReport.byCommittee(site, work: work, period: $0) }
        // Each year's pairs are the assignment rows in force in that year.
        let groupsByYear = Dictionary(uniqueKeysWithValues: Set(halves.map(\.year)).map { ($0, CommitteeReport.Committees(site, table: work.table(of: $0, site))) })
        let committeePages = zip(halves, contacts).flatMap { period, contacts in committees.flatMap { committee -> [PageSpec] in
            let groups = groupsByYear[period.year]!, inCommittee = contacts[committee.id] ?? []
            let members = groups.members[committee.id] ?? [], pairs = groups.pairs[committee.id] ?? []
            let shared = Once {
                committeeContext(CommitteeReport(site, work: work, committeeID: committee.id, period: period, inCommittee: inCommittee, members: members, pairs: pairs),
                                 name: committee.name, context)
            }
            let page = PageSpec(route: Routes.committeeReport(period, committee.id), template: "report-committee",
                            title: text("report.committee", ["committee": committee.name, "period": period.label]), section: "reports",
                            breadcrumbs: [crumb, Crumb(title: "\(committee.displayName) \(period.label)", route: Routes.committeeReport(period, committee.id))],
                            inputs: inputs(records: CommitteeReport.records(inCommittee),
                                           members: CommitteeReport.inForce(pairs, period: period).flatMap { [$0.contactorID, $0.contacteeID] }, versions: context.versions),
                            // Who belongs to the committee comes from every member file: the
                            // list itself is the key, not the files.
                            variant: members.joined(separator: ","), model: {
                shared.get
            })
            return [page, WordViews.spec(beside: page, name: WordViews.reportFile) {
                WordViews.committeeReport(shared.get, title: page.title, words: text)
            }]
        } }
        let leaderReports = LeaderReport.all(site, work: work, memberIDs: leaders.map(\.id), years: years)
        let leaderPages = leaderReports.flatMap { report in
            let name = site.member(report.memberID)?.name ?? report.memberID
            let shared = Once { leaderContext(report, context) }
            let page = PageSpec(route: Routes.partyGroupReport(report.year, report.memberID), template: "report-leader",
                            title: text("report.leader", ["name": name, "year": String(report.year)]), section: "reports",
                            breadcrumbs: [crumb, Crumb(title: text("report.leader.crumb", ["name": name, "year": String(report.year)]), route: Routes.partyGroupReport(report.year, report.memberID))],
                            inputs: inputs(records: report.records, members: [report.memberID] + report.pairs.flatMap { [$0.pair.contactorID, $0.pair.contacteeID] }, versions: context.versions), model: {
                shared.get
            })
            return [page, WordViews.spec(beside: page, name: WordViews.reportFile) {
                WordViews.leaderReport(shared.get, title: page.title, words: text)
            }]
        }
        return [index] + committeePages + leaderPages
    }

    /// A report shows its records (with everyone they name and their suggestions) and
    /// the members of its pairs; assignments and the organisation are shared inputs.
    private static func inputs(records: [Int], members: [String], versions: InputVersions) -> PageInputs.Key {
        var inputs = PageInputs(versions)
        inputs.add(members: members)
        inputs.add(recordsWithText: records)
        return inputs.key
    }

    private static func periodNote(_ period: Period, _ context: RenderContext) -> String {
        context.asOf < period.end ? context.text("report.ongoing", ["asOf": context.asOf.chinese]) : ""
    }

    private static func committeeContext(_ report: CommitteeReport, name: String, _ context: RenderContext) -> CommitteeReportValues {
        let records = report.records.reversed().map { context.site.records[$0] }
        return CommitteeReportValues(
            committee: name,
            period: report.period.label,
            word: WordViews.link(WordViews.reportFile, title: context.text("file.committeeReport", ["name": name, "period": report.period.label])),
            note: periodNote(report.period, context),
            memberCount: report.memberIDs.count,
            pairCount: report.pairs.count,
            pairsMet: report.pairsMet,
            recordCount: report.records.count,
            pairs: report.pairs.map { line in
                CommitteeReportValues.PairLineValues(contactor: context.memberLink(line.pair.contactorID), contactee: context.memberLink(line.pair.contacteeID),
                                                     kind: context.kindName(line.pair.kindID), contacts: line.contacts)
            },
            records: records.map { detailRow($0, context) },
            suggestions: report.suggestions.map { SuggestionViews.row($0, context) })
    }

    private static func leaderContext(_ report: LeaderReport, _ context: RenderContext) -> LeaderReportValues {
        let records = report.records.reversed().map { context.site.records[$0] }
        return LeaderReportValues(
            leader: context.memberLink(report.memberID),
            year: report.year,
            word: WordViews.link(WordViews.reportFile, title: context.text("file.leaderReport", ["name": context.name(report.memberID), "year": String(report.year)])),
            note: periodNote(Period(year: report.year), context),
            units: report.units.map { LeaderReportValues.UnitLineValues(name: context.unitName($0.target), kind: context.kindName($0.kindID)) },
            // A policy whose 党组成员 contact no windows or branches (Jiangmen) has no such section.
            hasUnitKinds: context.policy.assignmentKinds.contains { $0.contactorRole == .partyGroup && !$0.contactees.isDisjoint(with: [.window, .branch]) },
            pairs: report.pairs.map(context.pairRow),
            pairCount: report.pairs.count,
            pairsDone: report.pairs.count(where: { $0.status == .done }),
            recordCount: report.records.count,
            records: records.map { detailRow($0, context) },
            suggestions: report.suggestions.map { SuggestionViews.row($0, context) })
    }

    /// A record as a report line: 联系时间、方式、内容、建议 (Jiangmen 第五条(三)).
    static func detailRow(_ record: ResolvedRecord, _ context: RenderContext) -> RecordDetailValues {
        RecordDetailValues(row: RecordViews.row(record, site: context.site, labels: context.labels),
                           topics: record.record.topics.map(\.value).joined(separator: "、"),
                           summary: context.bodies[record.record.file]?.summary ?? "", suggestionCount: record.record.suggestions.count)
    }
}
