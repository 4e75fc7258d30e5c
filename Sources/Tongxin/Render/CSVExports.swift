/// Every table leaders may want in Excel, as CSV files beside their pages.
enum CSVExports {
    /// `cache`: the preview's, which keeps the records table's blocks between builds.
    static func files(_ context: RenderContext, cache: BuildCache? = nil) -> [OutputFile] {
        let tables: [(path: String, table: @Sendable (RenderContext) -> (header: [String], rows: [[String]]))] = [
            (Routes.attachmentCSV, attachment),
            (Routes.pairsCSV, pairs),
            (Routes.suggestionsCSV, suggestions),
            (Routes.membersCSV, members),
            (Routes.breakdownsCSV, breakdowns),
        ]
        let records = OutputFile(path: Routes.recordsCSV, contents: .bytes(recordsTable(context, cache: cache)))
        // An earlier year's 附件1 differs from today's only when rows have dates.
        let years = YearViews.hasDatedAssignments(context) ? context.work.pastYears.keys.sorted(by: >) : []
        let pastAttachments = years.flatMap { year in
            [file(Routes.yearAttachmentCSV(year), attachment(context, year: year)), file(Routes.yearPairsCSV(year), pairs(context, work: context.work.pastYears[year]!))]
        }
        return parallelMap(tables) { file($0.path, $0.table(context)) } + pastAttachments + [records]
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
        return CSV.encode(header: recordsHeader, blocks: blocks.map(\.bytes))
    }

    private static func file(_ path: String, _ table: (header: [String], rows: [[String]])) -> OutputFile {
        OutputFile(path: path, contents: .bytes(CSV.encode(header: table.header, rows: table.rows)))
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
        return (["市政协党组成员"] + kinds.map(\.name) + ["党组成员编号", "联系对象编号"], rows)
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
        return (["联系人", "联系对象", "类别", "组织单位", "\(work.asOf.year)年联系次数", "要求次数", "最近联系", "状态"] + (dated ? ["分工期限"] : []) + ["联系人编号", "联系对象编号"], rows)
    }

    static let recordsHeader = ["编号", "日期", "起止时间", "联系地点", "联系人", "联系对象", "联系方式", "联系内容要点", "意见建议条数", "记录人", "联系人编号", "联系对象编号"]

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
        return (["日期", "记录编号", "意见建议", "去向", "状态", "反馈日期", "待办天数", "联系对象", "联系对象编号", "处理意见", "处理情况", "备案日期"], rows)
    }

    static func members(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        let labels = context.labels
        let rows = MemberOrder.sorted(context.site.members).map { member in
            [member.name, member.member.gender ?? "", labels.party(member.partyID), labels.sector(member.sectorID),
             labels.committee(member.committeeID), labels.window(member.windowID), member.roles.map(\.label).joined(separator: "、"),
             member.member.unit ?? "", member.member.position ?? "", member.id]
        }
        return (["姓名", "性别", "党派", "界别", "专委会", "窗口", "身份", "工作单位", "职务", "编号"], rows)
    }

    static func breakdowns(_ context: RenderContext) -> (header: [String], rows: [[String]]) {
        let labels = context.labels
        var rows: [[String]] = []
        // Units and contactors carry their ids; methods and months have none.
        let identified: Set<Breakdown.Dimension> = [.committee, .window, .sector, .party, .contactor]
        let names: [(Breakdown.Dimension, String, (String) -> String)] = [
            (.committee, "专委会", { labels.committee($0) }), (.window, "窗口", { labels.window($0) }),
            (.sector, "界别", { labels.sector($0) }), (.party, "党派", { labels.party($0) }),
            (.contactor, "联系人", { context.name($0) }), (.method, "联系方式", { $0 }), (.month, "月份", { "\($0)月" }),
        ]
        for (dimension, title, label) in names {
            for row in context.work.breakdowns[dimension]?.rows ?? [] {
                rows.append([title, row.key.isEmpty ? "未注明" : label(row.key), String(row.contacts), identified.contains(dimension) ? row.key : ""])
            }
        }
        return (["统计维度", "项目", "\(context.asOf.year)年联系次数", "编号"], rows)
    }
}
