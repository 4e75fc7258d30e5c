/// The values of the home page (template `home`, keys in PageKinds.home): this year's
/// dashboard.
final class HomeValues: TemplateObject {
    let year: Int
    let figures: [FigureValues]
    let yearSwitch: [YearSwitchValues]
    let hasTerm: Bool
    let termName: String
    let charts: [ChartValues]
    /// RenderContext.memberLink's and pairRow's; DashboardView.quietRow's.
    let uncovered: [MemberLinkValues]
    let behind: [PairRowValues]
    let quiet: [QuietPairValues]
    let behindCount, quietCount, recentDays, outsideCount, futureCount: Int
    let moreBehind, moreQuiet, hasTriggers, hasCases, allClear: Bool
    /// TriggerViews.row's (the task pages' rows too).
    let overdue: [TriggerRowValues]
    let quota: [QuotaValues]
    let multiple: [MultipleValues]
    /// RecordRows', RuleViews.summary's and CaseViews.summary's.
    let recent: [RecordRowValues]
    let rules: [RuleSummaryValues]
    let cases: [CaseSummaryValues]

    init(year: Int, figures: [FigureValues], yearSwitch: [YearSwitchValues], hasTerm: Bool, termName: String, charts: [ChartValues],
         uncovered: [MemberLinkValues], behind: [PairRowValues], behindCount: Int, moreBehind: Bool, quiet: [QuietPairValues], quietCount: Int, moreQuiet: Bool,
         recentDays: Int, hasTriggers: Bool, overdue: [TriggerRowValues], quota: [QuotaValues], multiple: [MultipleValues], outsideCount: Int, futureCount: Int,
         recent: [RecordRowValues], rules: [RuleSummaryValues], cases: [CaseSummaryValues], hasCases: Bool, allClear: Bool) {
        self.year = year
        self.figures = figures
        self.yearSwitch = yearSwitch
        self.hasTerm = hasTerm
        self.termName = termName
        self.charts = charts
        self.uncovered = uncovered
        self.behind = behind
        self.behindCount = behindCount
        self.moreBehind = moreBehind
        self.quiet = quiet
        self.quietCount = quietCount
        self.moreQuiet = moreQuiet
        self.recentDays = recentDays
        self.hasTriggers = hasTriggers
        self.overdue = overdue
        self.quota = quota
        self.multiple = multiple
        self.outsideCount = outsideCount
        self.futureCount = futureCount
        self.recent = recent
        self.rules = rules
        self.cases = cases
        self.hasCases = hasCases
        self.allClear = allClear
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "figures": .list(figures)
        case "yearSwitch": .list(yearSwitch)
        case "hasYearSwitch": .flag(!yearSwitch.isEmpty)
        case "hasTerm": .flag(hasTerm)
        case "termName": .text(termName)
        case "charts": .list(charts)
        case "uncovered": .list(uncovered)
        case "behind": .list(behind)
        case "behindCount": .number(behindCount)
        case "moreBehind": .flag(moreBehind)
        case "quiet": .list(quiet)
        case "quietCount": .number(quietCount)
        case "moreQuiet": .flag(moreQuiet)
        case "recentDays": .number(recentDays)
        case "hasTriggers": .flag(hasTriggers)
        case "overdue": .list(overdue)
        case "quota": .list(quota)
        case "multiple": .list(multiple)
        case "outsideCount": .number(outsideCount)
        case "futureCount": .number(futureCount)
        case "recent": .list(recent)
        case "rules": .list(rules)
        case "cases": .list(cases)
        case "hasCases": .flag(hasCases)
        case "allClear": .flag(allClear)
        default: nil
        }
    }

    /// A 党组成员 whose number of contactees of a kind is outside the policy's range.
    final class QuotaValues: TemplateObject {
        let contactor: MemberLinkValues
        let kind, range: String
        let count: Int

        init(contactor: MemberLinkValues, kind: String, count: Int, range: String) {
            self.contactor = contactor
            self.kind = kind
            self.count = count
            self.range = range
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "contactor": .object(contactor)
            case "kind": .text(kind)
            case "count": .number(count)
            case "range": .text(range)
            default: nil
            }
        }
    }

    /// A member with more than one contactor, and their names.
    final class MultipleValues: TemplateObject {
        let member: MemberLinkValues
        let contactors: String

        init(member: MemberLinkValues, contactors: String) {
            self.member = member
            self.contactors = contactors
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "member": .object(member)
            case "contactors": .text(contactors)
            default: nil
            }
        }
    }
}

/// The values of an earlier year's dashboard (template `year`, keys in PageKinds.year).
final class YearValues: TemplateObject {
    let year: Int
    let yearSwitch: [YearSwitchValues]
    let figures: [FigureValues]
    let charts: [ChartValues]
    /// RenderContext.pairRow's.
    let behind: [PairRowValues]
    let behindCount: Int
    let pairsHref, assignmentsHref: String
    let leaders: [NameLinkValues]
    let halves: [HalfValues]

    init(year: Int, yearSwitch: [YearSwitchValues], figures: [FigureValues], charts: [ChartValues], behind: [PairRowValues], behindCount: Int,
         pairsHref: String, assignmentsHref: String, leaders: [NameLinkValues], halves: [HalfValues]) {
        self.year = year
        self.yearSwitch = yearSwitch
        self.figures = figures
        self.charts = charts
        self.behind = behind
        self.behindCount = behindCount
        self.pairsHref = pairsHref
        self.assignmentsHref = assignmentsHref
        self.leaders = leaders
        self.halves = halves
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "year": .number(year)
        case "yearSwitch": .list(yearSwitch)
        // A past year's page exists only beside another year.
        case "hasYearSwitch": .flag(true)
        case "figures": .list(figures)
        case "charts": .list(charts)
        case "behind": .list(behind)
        case "behindCount": .number(behindCount)
        case "pairsHref": .text(pairsHref)
        case "assignmentsHref": .text(assignmentsHref)
        case "leaders": .list(leaders)
        case "halves": .list(halves)
        default: nil
        }
    }
}

/// A headline figure of a dashboard (DashboardView.figures).
final class FigureValues: TemplateObject {
    let key, label, value, detail, href: String
    let alert: Bool
    /// Last year's value and the change; nil without a last year.
    let previous: String?

    init(key: String, label: String, value: String, detail: String, href: String, alert: Bool, previous: String? = nil) {
        self.key = key
        self.label = label
        self.value = value
        self.detail = detail
        self.href = href
        self.alert = alert
        self.previous = previous
    }

    /// The same figure with last year's value.
    func with(previous: String) -> FigureValues {
        FigureValues(key: key, label: label, value: value, detail: detail, href: href, alert: alert, previous: previous)
    }

    func value(_ name: String) -> TemplateValue? {
        switch name {
        case "key": .text(key)
        case "label": .text(label)
        case "value": .text(value)
        case "detail": .text(detail)
        case "href": .text(href)
        case "alert": .flag(alert)
        case "previous": .text(previous)
        default: nil
        }
    }
}

/// A chart of a dashboard: its title and its SVG.
final class ChartValues: TemplateObject {
    let title, svg: String

    init(title: String, svg: String) {
        self.title = title
        self.svg = svg
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "title": .text(title)
        case "svg": .text(svg)
        default: nil
        }
    }
}
