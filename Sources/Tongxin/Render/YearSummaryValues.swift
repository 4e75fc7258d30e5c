/// The values of the yearly consolidated report (template `report-year`, keys in
/// PageKinds.reportYear); its Word file reads the same (WordViews.yearSummary).
final class YearSummaryValues: TemplateObject {
    let year: Int
    /// WordViews.link's.
    let word: WordLinkValues
    let organization, note, covered, contacted, done: String
    let minimum, behindCount, records, contacts, suggestionCount, answered: Int
    let committees: [CommitteeValues]
    let leaders: [LeaderValues]
    let routes: [RouteValues]
    /// The suggestions' statuses, the routes table's columns.
    let statuses: [String]
    /// RenderContext.pairRow's.
    let behind: [PairRowValues]

    init(year: Int, word: WordLinkValues, organization: String, note: String, covered: String, contacted: String, done: String, minimum: Int, behindCount: Int,
         records: Int, contacts: Int, suggestionCount: Int, answered: Int, committees: [CommitteeValues], leaders: [LeaderValues], routes: [RouteValues],
         statuses: [String], behind: [PairRowValues]) {
        self.year = year
        self.word = word
        self.organization = organization
        self.note = note
        self.covered = covered
        self.contacted = contacted
        self.done = done
        self.minimum = minimum
        self.behindCount = behindCount
        self.records = records
        self.contacts = contacts
        self.suggestionCount = suggestionCount
        self.answered = answered
        self.committees = committees
        self.leaders = leaders
        self.routes = routes
        self.statuses = statuses
        self.behind = behind
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "word": .object(word)
        case "organization": .text(organization)
        case "note": .text(note)
        case "covered": .text(covered)
        case "contacted": .text(contacted)
        case "done": .text(done)
        case "minimum": .number(minimum)
        case "behindCount": .number(behindCount)
        case "records": .number(records)
        case "contacts": .number(contacts)
        case "suggestionCount": .number(suggestionCount)
        case "answered": .number(answered)
        case "committees": .list(committees)
        case "leaders": .list(leaders)
        case "hasLeaders": .flag(!leaders.isEmpty)
        case "routes": .list(routes)
        case "statuses": .list(statuses.map(NameValues.init))
        case "behind": .list(behind)
        default: nil
        }
    }

    /// A committee's figures of the year.
    final class CommitteeValues: TemplateObject {
        let name: String
        let members, pairs, met, contacts, suggestions: Int

        init(name: String, members: Int, pairs: Int, met: Int, contacts: Int, suggestions: Int) {
            self.name = name
            self.members = members
            self.pairs = pairs
            self.met = met
            self.contacts = contacts
            self.suggestions = suggestions
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "name": .text(name)
            case "members": .number(members)
            case "pairs": .number(pairs)
            case "met": .number(met)
            case "contacts": .number(contacts)
            case "suggestions": .number(suggestions)
            default: nil
            }
        }
    }

    /// A 党组成员's figures of the year and their report.
    final class LeaderValues: TemplateObject {
        /// RenderContext.memberLink's.
        let leader: MemberLinkValues
        let pairs, done, records: Int
        let href: String

        init(leader: MemberLinkValues, pairs: Int, done: Int, records: Int, href: String) {
            self.leader = leader
            self.pairs = pairs
            self.done = done
            self.records = records
            self.href = href
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "leader": .object(leader)
            case "pairs": .number(pairs)
            case "done": .number(done)
            case "records": .number(records)
            case "href": .text(href)
            default: nil
            }
        }
    }

    /// A route's suggestions, counted by status in the order of `statuses`.
    final class RouteValues: TemplateObject {
        let route: String
        let counts: [Int]

        init(route: String, counts: [Int]) {
            self.route = route
            self.counts = counts
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "route": .text(route)
            case "counts": .list(counts.map(CountValues.init))
            default: nil
            }
        }
    }

    /// A cell of the routes table.
    final class CountValues: TemplateObject {
        let count: Int

        init(_ count: Int) { self.count = count }

        func value(_ key: String) -> TemplateValue? { key == "count" ? .number(count) : nil }
    }

}
