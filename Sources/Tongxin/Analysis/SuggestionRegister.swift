/// 意见建议 from the records, with their route and status; the pending ones with age.
public struct SuggestionRegister: Sendable {
    public struct Entry: Sendable {
        public let record: Int
        public let index: Int
        public let suggestion: Suggestion
        public let date: Day
        /// Days since the contact, for suggestions not yet answered.
        public let pendingDays: Int?

        public var status: String { suggestion.status?.value ?? "待处理" }
        public var route: String { suggestion.route?.value ?? Suggestion.unrouted }
    }

    public let entries: [Entry]

    public var pending: [Entry] { entries.filter { $0.pendingDays != nil } }

    public init(_ site: CheckedSite, log: ContactLog, period: Period) {
        self.init(site, records: site.records.indices, log: log, period: period)
    }

    /// The suggestions of some records only (a report's): building the whole register
    /// for each of the 30-odd reports and filtering it was a fifth of a preview rebuild.
    init<Records: Sequence<Int>>(_ site: CheckedSite, records: Records, log: ContactLog, period: Period) {
        // The records in DayOrder before their suggestions are taken: sorting the entries
        // copied each one and moved it about, a third of the analysis' longer side.
        let dated = DayOrder.records(site, records) { record in
            let date = record.record.date.value
            return period.contains(date) && date <= log.asOf && !record.record.suggestions.isEmpty
        }
        var entries: [Entry] = []
        for (date, recordIndex) in dated {
            for (index, suggestion) in site.records[recordIndex].record.suggestions.enumerated() {
                let answered = suggestion.status?.value == "已反馈"
                entries.append(Entry(record: recordIndex, index: index, suggestion: suggestion, date: date, pendingDays: answered ? nil : date.days(until: log.asOf)))
            }
        }
        self.entries = entries
    }

    /// Count per route and status, in the policy's order of routes and the model's of
    /// statuses. Suggestions without a route (其他) are counted too, in a row of their
    /// own when the policy does not list 其他.
    public func counts(routes: [String] = Suggestion.routes) -> [(route: String, byStatus: [Int])] {
        let rows = routes.contains(Suggestion.unrouted) || !entries.contains(where: { !routes.contains($0.route) }) ? routes : routes + [Suggestion.unrouted]
        let index = Dictionary(rows.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // One pass: a pass per cell was a tenth of the preview's page list.
        var counts = Array(repeating: Array(repeating: 0, count: Suggestion.statuses.count), count: rows.count)
        for entry in entries {
            guard let status = Suggestion.statuses.firstIndex(of: entry.status) else { continue }
            guard let route = index[entry.route] ?? index[Suggestion.unrouted] else { continue }
            counts[route][status] += 1
        }
        return zip(rows, counts).map { ($0, $1) }
    }
}
