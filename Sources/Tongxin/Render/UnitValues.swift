/// The values of a committee's or window's page (template `unit`, keys in PageKinds.unit).
final class UnitValues: TemplateObject {
    let kindLabel: String
    let members: [MemberRowValues]
    /// RenderContext.memberLink's and pairRow's.
    let leaders: [MemberLinkValues]
    let pairs: [PairRowValues]
    let memberCount, nonPartyCount, contactCount, year: Int
    /// The contacts by month as an SVG.
    let chart: String
    /// A committee's report of each half-year.
    let reports: [LabelLinkValues]

    init(kindLabel: String, members: [MemberRowValues], memberCount: Int, nonPartyCount: Int, leaders: [MemberLinkValues], pairs: [PairRowValues],
         contactCount: Int, year: Int, chart: String, reports: [LabelLinkValues]) {
        self.kindLabel = kindLabel
        self.members = members
        self.memberCount = memberCount
        self.nonPartyCount = nonPartyCount
        self.leaders = leaders
        self.pairs = pairs
        self.contactCount = contactCount
        self.year = year
        self.chart = chart
        self.reports = reports
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "kindLabel": .text(kindLabel)
        case "members": .list(members)
        case "memberCount": .number(memberCount)
        case "nonPartyCount": .number(nonPartyCount)
        case "leaders": .list(leaders)
        case "pairs": .list(pairs)
        case "contactCount": .number(contactCount)
        case "year": .number(year)
        case "chart": .text(chart)
        case "reports": .list(reports)
        default: nil
        }
    }
}
