/// The values of a committee's half-year report (template `report-committee`, keys in
/// PageKinds.reportCommittee); its Word file reads the same (WordViews.committeeReport).
final class CommitteeReportValues: TemplateObject {
    let committee, period, note: String
    /// WordViews.link's.
    let word: WordLinkValues
    let memberCount, pairCount, pairsMet, recordCount: Int
    let pairs: [PairLineValues]
    /// ReportViews.detailRow's.
    let records: [RecordDetailValues]
    let suggestions: [SuggestionRowValues]

    init(committee: String, period: String, word: WordLinkValues, note: String, memberCount: Int, pairCount: Int, pairsMet: Int, recordCount: Int,
         pairs: [PairLineValues], records: [RecordDetailValues], suggestions: [SuggestionRowValues]) {
        self.committee = committee
        self.period = period
        self.word = word
        self.note = note
        self.memberCount = memberCount
        self.pairCount = pairCount
        self.pairsMet = pairsMet
        self.recordCount = recordCount
        self.pairs = pairs
        self.records = records
        self.suggestions = suggestions
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "committee": .text(committee)
        case "period": .text(period)
        case "word": .object(word)
        case "note": .text(note)
        case "memberCount": .number(memberCount)
        case "pairCount": .number(pairCount)
        case "pairsMet": .number(pairsMet)
        case "recordCount": .number(recordCount)
        case "pairs": .list(pairs)
        case "records": .list(records)
        case "suggestions": .list(suggestions)
        case "hasSuggestions": .flag(!suggestions.isEmpty)
        default: nil
        }
    }

    /// A pair of the committee and its contacts in the half-year.
    final class PairLineValues: TemplateObject {
        /// RenderContext.memberLink's.
        let contactor, contactee: MemberLinkValues
        let kind: String
        let contacts: Int

        init(contactor: MemberLinkValues, contactee: MemberLinkValues, kind: String, contacts: Int) {
            self.contactor = contactor
            self.contactee = contactee
            self.kind = kind
            self.contacts = contacts
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "contactor": .object(contactor)
            case "contactee": .object(contactee)
            case "kind": .text(kind)
            case "contacts": .number(contacts)
            case "none": .flag(contacts == 0)
            default: nil
            }
        }
    }
}

/// The values of a 党组成员's yearly report (template `report-leader`, keys in
/// PageKinds.reportLeader); its Word file reads the same (WordViews.leaderReport).
final class LeaderReportValues: TemplateObject {
    /// RenderContext.memberLink's; WordViews.link's.
    let leader: MemberLinkValues
    let word: WordLinkValues
    let year: Int
    let note: String
    let units: [UnitLineValues]
    let hasUnitKinds: Bool
    /// RenderContext.pairRow's.
    let pairs: [PairRowValues]
    let pairCount, pairsDone, recordCount: Int
    /// ReportViews.detailRow's.
    let records: [RecordDetailValues]
    let suggestions: [SuggestionRowValues]

    init(leader: MemberLinkValues, year: Int, word: WordLinkValues, note: String, units: [UnitLineValues], hasUnitKinds: Bool, pairs: [PairRowValues],
         pairCount: Int, pairsDone: Int, recordCount: Int, records: [RecordDetailValues], suggestions: [SuggestionRowValues]) {
        self.leader = leader
        self.year = year
        self.word = word
        self.note = note
        self.units = units
        self.hasUnitKinds = hasUnitKinds
        self.pairs = pairs
        self.pairCount = pairCount
        self.pairsDone = pairsDone
        self.recordCount = recordCount
        self.records = records
        self.suggestions = suggestions
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "leader": .object(leader)
        case "year": .number(year)
        case "word": .object(word)
        case "note": .text(note)
        case "units": .list(units)
        case "hasUnitKinds": .flag(hasUnitKinds)
        case "pairs": .list(pairs)
        case "pairCount": .number(pairCount)
        case "pairsDone": .number(pairsDone)
        case "recordCount": .number(recordCount)
        case "records": .list(records)
        case "suggestions": .list(suggestions)
        case "hasSuggestions": .flag(!suggestions.isEmpty)
        default: nil
        }
    }

    /// A window or branch the 党组成员 contacts, and the kind of assignment.
    final class UnitLineValues: TemplateObject {
        let name, kind: String

        init(name: String, kind: String) {
            self.name = name
            self.kind = kind
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "kind": .text(kind)
            default: nil
            }
        }
    }
}

/// The values of the reports list (template `reports`, keys in PageKinds.reports).
final class ReportsValues: TemplateObject {
    let halves: [HalfValues]
    let hasTerm: Bool
    let termName: String
    let years: [YearValues]

    init(halves: [HalfValues], hasTerm: Bool, termName: String, years: [YearValues]) {
        self.halves = halves
        self.hasTerm = hasTerm
        self.termName = termName
        self.years = years
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "halves": .list(halves)
        case "hasTerm": .flag(hasTerm)
        case "termName": .text(termName)
        case "years": .list(years)
        default: nil
        }
    }

    /// A year: its summary (page and .docx name) and each 党组成员's report.
    final class YearValues: TemplateObject {
        let label, summary, summaryDownload: String
        let leaders: [NameLinkValues]

        init(label: String, summary: String, summaryDownload: String, leaders: [NameLinkValues]) {
            self.label = label
            self.summary = summary
            self.summaryDownload = summaryDownload
            self.leaders = leaders
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "label": .text(label)
            case "summary": .text(summary)
            case "summaryDownload": .text(summaryDownload)
            case "leaders": .list(leaders)
            default: nil
            }
        }
    }
}

/// A suggestion in a list (SuggestionViews.row, keys in SuggestionViews.rowKeys): the
/// reports, the register, a month's page, and the Word files' lists.
final class SuggestionRowValues: TemplateObject {
    let text, route, status, date, age, feedback, handling, result, filed: String
    /// The record's row (RecordRows).
    let record: RecordRowValues

    init(text: String, route: String, status: String, date: String, age: String, feedback: String, handling: String, result: String, filed: String,
         record: RecordRowValues) {
        self.text = text
        self.route = route
        self.status = status
        self.date = date
        self.age = age
        self.feedback = feedback
        self.handling = handling
        self.result = result
        self.filed = filed
        self.record = record
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "text": .text(text)
        case "route": .text(route)
        case "status": .text(status)
        case "date": .text(date)
        case "age": .text(age)
        case "feedback": .text(feedback)
        case "handling": .text(handling)
        case "result": .text(result)
        case "filed": .text(filed)
        case "record": .object(record)
        default: nil
        }
    }
}
