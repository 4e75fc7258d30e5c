/// Every table leaders may want in Excel, as CSV files beside their pages.
///
/// Each is listed like a page (AnalysisFile): a build links an unchanged table from the
/// last one, and the preview draws a changed one after the save is reported.
enum CSVExports {
    /// `cache`: the preview's, which keeps the records table's blocks between builds.
    static func specs(_ context: RenderContext, cache: BuildCache? = nil) -> [PageSpec] {
        let tables: [(path: String, table: @Sendable (RenderContext) -> (header: [String], rows: [[String]]))] = [
            (Routes.attachmentCSV, attachment),
            (Routes.pairsCSV, pairs),
            (Routes.suggestionsCSV, suggestions),
            (Routes.membersCSV, members),
            (Routes.breakdownsCSV, breakdowns),
        ]
        var specs = tables.map { path, table in AnalysisFile.spec(path, context) { encode(table(context)) } }
        // An earlier year's 附件1 differs from today's only when rows have dates.
        let years = YearViews.hasDatedAssignments(context) ? context.work.pastYears.keys.sorted(by: >) : []
        for year in years {
            specs.append(AnalysisFile.spec(Routes.yearAttachmentCSV(year), context) { encode(attachment(context, year: year)) })
            specs.append(AnalysisFile.spec(Routes.yearPairsCSV(year), context) { encode(pairs(context, work: context.work.pastYears[year]!)) })
        }
        specs.append(AnalysisFile.spec(Routes.recordsCSV, context) { recordsTable(context, cache: cache) })
        return specs
    }

    /// The records table is most of the work: its rows are made in blocks on all cores,
    /// oldest record first like the paper register. A block shows its records' front
    /// matter and the names of the members they name, so those key it
    /// (InputVersions.records): after a save, the preview makes one block again instead
    /// of the whole table.
    private static func recordsTable(_ context: RenderContext, cache: BuildCache?) -> [UInt8] {
        let records = context.site.records, sums = context.versions.records
        let oldestFirst: @Sendable (Int) -> Int = { records.count - 1 - $0 }
        let stored = cache?.storedBlocks() ?? [:]
        let blocks = parallelMap(CSV.blocks(count: records.count)) { range -> (key: Int, bytes: [UInt8]) in
            var hasher = Hasher()
            for row in range { hasher.combine(sums[oldestFirst(row)]) }
            let key = hasher.finalize()
            if let known = stored[key] { return (key, known) }
            return (key, CSV.rows(range) { recordRow(records[oldestFirst($0)], context) })
        }
        cache?.keepBlocks(blocks)
        return CSV.encode(header: recordsHeader(context), blocks: blocks.map(\.bytes))
    }

    private static func encode(_ table: (header: [String], rows: [[String]])) -> [UInt8] {
        CSV.encode(header: table.header, rows: table.rows)
    }

    /// Names alone cannot tell two members of the same name apart: every table that
    /// names members ends with their ids (编号, as `tongxin import members` reads them).
    static func attachment(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        attachment(context, year: context.asOf.year)
    }

    /// `year`: the rows in force on some day of it (an earlier year's 附件1 is its own file).
    static func attachment(_ context: RenderContext, year: Int) -> (header: [String], rows: [[String]]) {
        let kinds = AssignmentViews.leaderKinds(context)
        let rows = AssignmentViews.attachmentRows(context, year: year).map { row in
            [context.name(row.leader)] + row.cells.map { $0.joined(separator: "\n") }
                + [row.leader, AssignmentViews.memberTargets(of: row.leader, year: year, context).joined(separator: "\n")]
        }
        return ([column(context, "leader")] + kinds.map(\.name) + columns(context, "leaderID", "contacteeID"), rows)
    }

    /// A pair in force for part of the year has its own minimum and, when some pair has
    /// dates, a column saying them (a table without dated rows is as it always was).
    static func pairs(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        pairs(context, work: context.work)
    }

    /// `work`: this year's analysis or an earlier year's.
    static func pairs(_ context: RenderContext, work: ContactWork) -> (header: [String], rows: [[String]]) {
        let pairs = AssignmentViews.sortedPairs(work.frequency.pairs)
        let dated = pairs.contains { !$0.note.isEmpty }
        let rows = pairs.map { pair in
            [context.name(pair.pair.contactorID), context.name(pair.pair.contacteeID), context.kindName(pair.pair.kindID),
             context.labels.organizer(pair.pair.organizerID), String(pair.count), String(pair.minimum),
             pair.lastContact?.iso ?? "", context.statusLabel(pair.status)] + (dated ? [pair.note] : []) + [pair.pair.contactorID, pair.pair.contacteeID]
        }
        return (columns(context, "contactor", "contactee", "kind", "organizer") + [context.text("csv.yearCount", ["year": String(work.asOf.year)])]
                    + columns(context, "minimum", "last", "status") + (dated ? [column(context, "period")] : []) + columns(context, "contactorID", "contacteeID"), rows)
    }

    static func recordsHeader(_ context: RenderContext) -> [String] {
        columns(context, "number", "date", "time", "place", "contactor", "contactee", "method", "topics", "suggestionCount", "recorder", "contactorID", "contacteeID")
    }

    static func recordRow(_ record: ResolvedRecord, _ context: RenderContext) -> [String] {
        [record.record.number, record.record.date.value.iso, record.record.time ?? "", record.record.place ?? "",
         context.name(record.contactorID), record.contacteeIDs.map(context.name).joined(separator: "、"),
         record.record.method?.value ?? "", record.record.topics.map(\.value).joined(separator: "、"),
         String(record.record.suggestions.count), record.record.recorder ?? "",
         record.contactorID, record.contacteeIDs.joined(separator: "、")]
    }

    static func suggestions(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        let rows = context.work.suggestions.entries.map { entry in
            let record = context.site.records[entry.record]
            return [entry.date.iso, record.record.number, entry.suggestion.text, entry.route, entry.status,
                    entry.suggestion.feedback?.value.iso ?? "", entry.pendingDays.map(String.init) ?? "",
                    record.contacteeIDs.map(context.name).joined(separator: "、"), record.contacteeIDs.joined(separator: "、"),
                    entry.suggestion.handling ?? "", entry.suggestion.result ?? "", entry.suggestion.filed?.value.iso ?? ""]
        }
        // The follow-up columns come last, so the earlier columns keep their places.
        return (columns(context, "date", "recordNumber", "suggestion", "route", "status", "feedback", "pendingDays", "contactee", "contacteeID",
                        "handling", "result", "filed"), rows)
    }

    static func members(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        let labels = context.labels
        let rows = MemberOrder.sorted(context.site.members).map { member in
            [member.name, member.member.gender ?? "", labels.party(member.partyID), labels.sector(member.sectorID),
             labels.committee(member.committeeID), labels.window(member.windowID), member.roles.map(\.label).joined(separator: "、"),
             member.member.unit ?? "", member.member.position ?? "", member.id]
        }
        return (columns(context, "name", "gender", "party", "sector", "committee", "window", "roles", "unit", "position", "id"), rows)
    }

    static func breakdowns(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        let labels = context.labels
        var rows: [[String]] = []
        // Units and contactors carry their ids; methods and months have none.
        let identified: Set<Breakdown.Dimension> = [.committee, .window, .sector, .party, .contactor]
        let names: [(Breakdown.Dimension, String, (String) -> String)] = [
            (.committee, "committee", { labels.committee($0) }), (.window, "window", { labels.window($0) }),
            (.sector, "sector", { labels.sector($0) }), (.party, "party", { labels.party($0) }),
            (.contactor, "contactor", { context.name($0) }), (.method, "method", { $0 }), (.month, "month", { context.text("csv.monthValue", ["month": $0]) }),
        ]
        let unknown = column(context, "unknown")
        for (dimension, name, label) in names {
            let title = column(context, name)
            for row in context.work.breakdowns[dimension]?.rows ?? [] {
                rows.append([title, row.key.isEmpty ? unknown : label(row.key), String(row.contacts), identified.contains(dimension) ? row.key : ""])
            }
        }
        return (columns(context, "dimension", "item") + [context.text("csv.yearCount", ["year": String(context.asOf.year)])] + [column(context, "id")], rows)
    }

    /// A column head from the theme's `csv.*` labels.
    private static func column(_ context: RenderContext, _ name: String) -> String {
        context.text("csv." + name)
    }

    private static func columns(_ context: RenderContext, _ names: String...) -> [String] {
        names.map { column(context, $0) }
    }
}
