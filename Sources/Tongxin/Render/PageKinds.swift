/// Every kind of page the views make, the template that draws it, and the keys that
/// template is given (TemplateKeys): what a theme may use, checked when the theme is
/// loaded (TemplateCheck) and listed in docs/theme.md (ThemeDoc). A view that adds a
/// key adds it here; the debug builds' conformance check (TemplateKeysTests) fails
/// until it does.
enum PageKinds {
    struct Kind: Sendable {
        let template: String
        /// What the pages are, for docs/theme.md.
        let about: String
        /// The page's own keys; every page also has the layout's (`layout`).
        let keys: TemplateKeys
        /// Drawn with the layout's keys (false for the web server's error pages).
        var hasLayout = true
    }

    static let all: [Kind] = [
        Kind(template: "home", about: "首页 (dashboard) of the internal portal", keys: home),
        Kind(template: "year", about: "one past year's dashboard", keys: year),
        Kind(template: "assignments", about: "联系分工: the 附件1 table and the pairs of each unit", keys: assignments),
        Kind(template: "pairs", about: "联系频次: every pair's count, also narrowed to a unit, a status or a past year", keys: pairs),
        Kind(template: "triggers", about: "联系五到位: the events and what each asks", keys: triggers),
        Kind(template: "unit", about: "a committee's or window's page", keys: unit),
        Kind(template: "records-index", about: "联系记录: the years and months, the newest records", keys: recordsIndex),
        Kind(template: "records-month", about: "the records of one month", keys: recordsMonth),
        Kind(template: "record", about: "one 记录单", keys: record),
        Kind(template: "record-blank", about: "the blank printable 记录单", keys: recordBlank),
        Kind(template: "suggestions", about: "意见建议: counts and the longest waiting", keys: suggestions),
        Kind(template: "suggestions-month", about: "the suggestions of one month", keys: suggestionsMonth),
        Kind(template: "reports", about: "报告: the list of reports", keys: reports),
        Kind(template: "report-committee", about: "a committee's half-year report", keys: reportCommittee),
        Kind(template: "report-leader", about: "a 党组成员's yearly report", keys: reportLeader),
        Kind(template: "report-year", about: "the yearly summary of the whole office", keys: reportYear),
        Kind(template: "term", about: "the term (届) at a glance", keys: term),
        Kind(template: "members-index", about: "委员名录, also narrowed to a party, sector, committee or window", keys: membersIndex),
        Kind(template: "member", about: "a member's profile", keys: member),
        Kind(template: "tasks", about: "a contactor's task list", keys: tasks),
        Kind(template: "rules-index", about: "制度文件: the list", keys: rulesIndex),
        Kind(template: "rule", about: "one rule document", keys: rule),
        Kind(template: "cases-index", about: "典型案例: the list, by page and by tag", keys: casesIndex),
        Kind(template: "case", about: "one case story", keys: `case`),
        Kind(template: "briefs-index", about: "简报: the list of issues", keys: briefsIndex),
        Kind(template: "brief", about: "one 简报 issue, laid out as a 红头 document", keys: brief),
        Kind(template: "case-wechat", about: "a case story laid out for the 公众号 editor", keys: caseWechat),
        Kind(template: "page", about: "a free page (content/pages/*.md); pages may choose another template with `template:`", keys: page),
        Kind(template: "public-home", about: "the public site's home page", keys: publicHome),
        Kind(template: "search", about: "the search page", keys: search),
        Kind(template: "error", about: "401, 403 and 404 pages for the web server (no layout keys: links are from the server root)", keys: error, hasLayout: false),
    ]

    /// The template of free pages (content/pages/*.md), whose keys any template a page
    /// chooses is held to.
    static let freePage = "page"

    private static let byTemplate = Dictionary(all.map { ($0.template, $0) }, uniquingKeysWith: { first, _ in first })

    static func kind(_ template: String) -> Kind? { byTemplate[template] }

    /// Everything the template's pages are given: their own keys and the layout's.
    static func keys(of template: String) -> TemplateKeys? {
        guard let kind = byTemplate[template] else { return nil }
        return kind.hasLayout ? kind.keys.adding(layout) : kind.keys
    }

    static let assignments: TemplateKeys = [
        .text("tableTitle", "the 附件1 table's title (the policy's)"),
        .text("leaderColumn", "the 附件1 table's first column"),
        .flag("filter", "never set: the pair table's filter box is for 联系频次 pages").optional,
        .text("coverage"),
        .flag("hasTriggers"),
        .flag("isPast", "an earlier year's 联系分工 (years/<year>/assignments/, made when assignment rows have dates)"),
        .text("pairsHref", "the year's 联系频次 page"),
        .text("csvHref", "the year's 附件1 as CSV"),
        .list("kinds", [
            .text("name"),
        ]),
        .list("leaders", [
            .list("cells", [
                .texts("items"),
            ]),
            .object("leader", RenderContext.memberLinkKeys),
        ]),
        .list("uncovered", RenderContext.memberLinkKeys),
        .list("units", [
            .text("href"),
            .text("id"),
            .text("name"),
            .list("pairs", RenderContext.pairRowKeys),
        ]),
        .object("word", WordViews.linkKeys),
        .number("year"),
    ]

    static let `case`: TemplateKeys = [
        .object("body", BodyValues.keys),
        .text("byline"),
        .object("cover", CoverValues.keys).optional,
        .text("date"),
        .flag("hasMembers"),
        .flag("hasTags"),
        .text("href"),
        .flag("internal"),
        .list("members", [
            .text("details"),
            .text("name"),
        ]),
        .text("summary"),
        .list("tags", [
            .text("href"),
            .text("name"),
        ]),
        .flag("wechat"),
    ]

    static let caseWechat: TemplateKeys = [
        .flag("absolute"),
        .html("article"),
        .text("storyHref"),
        .text("storyTitle"),
    ]

    static let casesIndex: TemplateKeys = [
        .flag("hasBriefs", "the site has 简报: link them"),
        .list("cases", [
            .object("cover", CoverValues.keys).optional,
            .text("date"),
            .flag("hasTags"),
            .text("href"),
            .flag("internal"),
            .text("summary"),
            .list("tags", [
                .text("href"),
                .text("name"),
            ]),
            .text("title"),
        ]),
        .flag("hasTags"),
        .text("heading"),
        .text("next"),
        .number("pageCount"),
        .number("pageNumber"),
        .flag("paginated"),
        .text("previous"),
        .list("tags", [
            .text("href"),
            .text("name"),
        ]),
    ]

    static let error: TemplateKeys = [
        .text("home"),
        .flag("is401"),
        .flag("is403"),
        .flag("is404"),
        .object("site", [
            .text("name"),
            .text("organization"),
        ]),
    ]

    static let home: TemplateKeys = [
        .flag("allClear"),
        .list("behind", RenderContext.pairRowKeys),
        .number("behindCount"),
        .list("cases", [
            .object("cover", CoverValues.keys).optional,
            .text("date"),
            .flag("hasTags"),
            .text("href"),
            .flag("internal"),
            .text("summary"),
            .list("tags", [
                .text("href"),
                .text("name"),
            ]),
            .text("title"),
        ]),
        .list("charts", [
            .html("svg"),
            .text("title"),
        ]),
        .list("figures", DashboardView.figureKeys, "the headline figures"),
        .number("futureCount"),
        .flag("hasCases"),
        .flag("hasTerm"),
        .flag("hasTriggers"),
        .flag("hasYearSwitch"),
        .flag("moreBehind"),
        .flag("moreQuiet"),
        .list("multiple", [
            .object("member", RenderContext.memberLinkKeys),
            .text("contactors"),
        ], "members with more than one contactor"),
        .number("outsideCount"),
        .list("overdue", [
            .text("date"),
            .text("due"),
            .text("kind"),
            .object("member", RenderContext.memberLinkKeys),
            .text("note"),
            .text("status"),
            .text("statusClass"),
        ]),
        .list("quiet", RenderContext.pairRowKeys.adding([.number("days"), .text("lastEver")])),
        .number("quietCount"),
        .list("quota", [
            .object("contactor", RenderContext.memberLinkKeys),
            .text("kind"),
            .number("count"),
            .text("range"),
        ], "党组成员 whose number of contactees is outside the policy's range"),
        .list("recent", RecordRows.keys),
        .number("recentDays"),
        .list("rules", RuleViews.summaryKeys),
        .text("termName"),
        .list("uncovered", RenderContext.memberLinkKeys),
        .number("year"),
        .list("yearSwitch", YearViews.switchKeys),
    ]

    static let member: TemplateKeys = [
        .flag("filter", "never set: the record table's filter bar is for the records lists").optional,
        .object("bio", BodyValues.keys),
        .text("committee"),
        .list("contactees", RenderContext.pairRowKeys),
        .list("contactors", RenderContext.pairRowKeys),
        .text("gender"),
        .flag("hasPairs"),
        .flag("hasRecords"),
        .flag("hasTasks"),
        .text("href"),
        .text("id"),
        .text("identity"),
        .flag("isPartyMember"),
        .text("name"),
        .text("party"),
        .text("partyFull"),
        .text("position"),
        .object("private", [
            .list("items", [
                .text("label"),
                .text("value"),
            ]),
        ]).optional,
        .list("records", RecordRows.keys),
        .list("reports", [
            .text("href"),
            .text("label"),
        ]),
        .text("roles"),
        .text("sector"),
        .text("tableName"),
        .text("tasks"),
        .text("term"),
        .text("unit"),
        .text("window"),
        .number("year"),
    ]

    static let membersIndex: TemplateKeys = [
        .flag("hasWindows", "the organisation has windows (Jiangmen has none)"),
        .number("count"),
        .list("groups", [
            .text("label"),
            .list("units", [
                .number("count"),
                .text("href"),
                .text("name"),
            ]),
        ]),
        .list("members", MemberViews.rowKeys),
        .text("narrowed").optional,
    ]

    static let page: TemplateKeys = [
        .object("body", BodyValues.keys),
    ]

    static let pairs: TemplateKeys = [
        .flag("filter"),
        .list("groups", [
            .text("label"),
            .list("units", [
                .number("count"),
                .text("href"),
                .text("name"),
            ]),
        ]).optional,
        .flag("hasStatusLinks").optional,
        .flag("hasYearSwitch"),
        .flag("isCurrent"),
        .flag("dated", "some assignment row has from/until: the minimum of a part-year pair is scaled, and an earlier year counts its own rows"),
        .text("csvHref", "the year's pairs as CSV (this year's; an earlier year's only when rows have dates), else empty"),
        .number("minimum"),
        .text("narrowed").optional,
        .list("outside", [
            .object("contactee", RenderContext.memberLinkKeys),
            .object("contactor", RenderContext.memberLinkKeys),
            .text("date"),
            .object("record", RecordRows.keys),
        ]),
        .list("pairs", RenderContext.pairRowKeys),
        .list("statusLinks", [
            .number("count"),
            .text("href"),
            .text("label"),
        ]).optional,
        .number("year"),
        .list("yearSwitch", YearViews.switchKeys),
    ]

    static let publicHome: TemplateKeys = [
        .list("cases", [
            .object("cover", CoverValues.keys).optional,
            .text("date"),
            .flag("hasTags"),
            .text("href"),
            .flag("internal"),
            .text("summary"),
            .list("tags", [
                .text("href"),
                .text("name"),
            ]),
            .text("title"),
        ]),
        .flag("hasPages"),
        .list("pages", [
            .text("href"),
            .text("title"),
        ]),
        .list("rules", RuleViews.summaryKeys),
    ]

    static let record: TemplateKeys = [
        .object("form", RecordViews.formKeys, "the policy's 记录单: its title and field labels"),
        .object("body", BodyValues.keys),
        .list("contactees", [
            .text("href"),
            .text("identity"),
            .text("name"),
        ]),
        .object("contactor", [
            .text("href"),
            .text("identity"),
            .text("name"),
        ]),
        .text("date"),
        .flag("hasSuggestions"),
        .text("method"),
        .text("number"),
        .text("place"),
        .text("recorder"),
        .list("suggestions", [
            .text("feedback"),
            .text("filed", "备案日期 of the window's follow-up, empty when not filed"),
            .text("handling", "处理意见 (text), empty when none"),
            .text("result", "处理情况 (text), empty when none"),
            .text("route"),
            .text("status"),
            .text("text"),
        ]),
        .text("time"),
        .text("topics"),
        .text("trigger"),
        .object("word", WordViews.linkKeys, "the record's 记录单 as a .docx beside the page (site.json's record_word_files)").optional,
    ]

    static let recordBlank: TemplateKeys = [
        .object("form", RecordViews.formKeys, "the policy's 记录单: its title and field labels"),
        .flag("hasWindows", "the organisation has windows"),
        .text("methods"),
        .text("topics"),
        .object("word", WordViews.linkKeys),
    ]

    static let recordsIndex: TemplateKeys = [
        .flag("filter", "show the filter bar").optional,
        .list("groups", [.text("label"), .list("units", [.text("name"), .number("count"), .text("href")])], "the index's links to the lists narrowed by a unit").optional,
        .flag("hasGroups").optional,
        .text("narrowed", "a narrowed list's heading").optional,
        .text("dimension", "a narrowed list's dimension: theme.json's group.<party/sector/committee/window>, which is also the name the month links put in `?name=value`, so record-table's data-filter must call its column the same").optional,
        .text("unitName", "a narrowed list's unit").optional,
        .flag("onTheDay", "narrowed by the unit on the day of the contact").optional,
        .number("shownCount").optional,
        .flag("isCut", "more records than shown").optional,
        .number("count"),
        .flag("hasRecords"),
        .list("records", RecordRows.keys),
        .list("years", [
            .number("count"),
            .list("months", [
                .number("count"),
                .text("href"),
                .text("label"),
            ]),
            .number("year"),
        ]),
    ]

    static let recordsMonth: TemplateKeys = [
        .flag("filter", "show the filter bar"),
        .number("count"),
        .flag("hasRecords"),
        .text("heading"),
        .object("newer", [.text("href"), .text("label")], "the next month with a page; false for the newest").optional,
        .object("older", [.text("href"), .text("label")], "the month before with a page; false for the oldest").optional,
        .list("records", RecordRows.keys),
    ]

    static let reportCommittee: TemplateKeys = [
        .text("committee"),
        .flag("hasSuggestions"),
        .number("memberCount"),
        .text("note"),
        .number("pairCount"),
        .list("pairs", [
            .object("contactee", RenderContext.memberLinkKeys),
            .object("contactor", RenderContext.memberLinkKeys),
            .number("contacts"),
            .text("kind"),
            .flag("none"),
        ]),
        .number("pairsMet"),
        .text("period"),
        .number("recordCount"),
        .list("records", ReportViews.recordKeys),
        .list("suggestions", SuggestionViews.rowKeys),
        .object("word", WordViews.linkKeys),
    ]

    static let reportLeader: TemplateKeys = [
        .flag("hasUnitKinds", "the policy has 党组成员 contacting windows or branches"),
        .flag("filter", "never set: the pair table's filter box is for 联系频次 pages").optional,
        .flag("hasSuggestions"),
        .object("leader", RenderContext.memberLinkKeys),
        .text("note"),
        .number("pairCount"),
        .list("pairs", RenderContext.pairRowKeys),
        .number("pairsDone"),
        .number("recordCount"),
        .list("records", ReportViews.recordKeys),
        .list("suggestions", SuggestionViews.rowKeys),
        .list("units", [
            .text("kind"),
            .text("name"),
        ]),
        .object("word", WordViews.linkKeys),
        .number("year"),
    ]

    static let reportYear: TemplateKeys = [
        .object("word", WordViews.linkKeys, "the year's consolidated report as a .docx"),
        .number("answered"),
        .list("behind", RenderContext.pairRowKeys),
        .number("behindCount"),
        .list("committees", [
            .number("contacts"),
            .number("members"),
            .number("met"),
            .text("name"),
            .number("pairs"),
            .number("suggestions"),
        ]),
        .text("contacted"),
        .number("contacts"),
        .text("covered"),
        .text("done"),
        .flag("hasLeaders"),
        .list("leaders", [
            .number("done"),
            .text("href"),
            .object("leader", RenderContext.memberLinkKeys),
            .number("pairs"),
            .number("records"),
        ]),
        .number("minimum"),
        .text("note"),
        .text("organization"),
        .number("records"),
        .list("routes", [
            .list("counts", [
                .number("count"),
            ]),
            .text("route"),
        ]),
        .list("statuses", [
            .text("name"),
        ]),
        .number("suggestionCount"),
        .number("year"),
    ]

    static let reports: TemplateKeys = [
        .list("halves", [
            .list("committees", [
                .text("href"),
                .text("name"),
            ]),
            .text("label"),
        ]),
        .flag("hasTerm"),
        .text("termName"),
        .list("years", [
            .text("summaryDownload", "the file name the summary's .docx downloads as"),
            .text("label"),
            .list("leaders", [
                .text("href"),
                .text("name"),
            ]),
            .text("summary"),
        ]),
    ]

    static let rule: TemplateKeys = [
        .list("parts", [.html("html"), .object("table", AssignmentViews.tableKeys.adding([.text("href"), .text("linkText")]), "附件1 drawn from the assignments, after this part (false when none)").optional], "the body cut where generated attachments go"),
        .list("attachments", [.text("label"), .text("title"), .text("href"), .text("linkText")], "the rule's attachments with links to their live pages").optional,
        .flag("hasAttachments"),
        .object("body", BodyValues.keys),
        .text("href"),
        .text("issued"),
        .text("issuer"),
        .text("number"),
        .text("summary"),
    ]

    static let rulesIndex: TemplateKeys = [
        .list("rules", RuleViews.summaryKeys),
    ]

    static let search: TemplateKeys = [
    ]

    static let suggestions: TemplateKeys = [
        .number("count"),
        .list("counts", [
            .text("route"),
            .list("values", [
                .number("value"),
            ]),
        ]),
        .list("months", [
            .number("count"),
            .text("href"),
            .text("label"),
            .number("pending"),
        ]),
        .flag("morePending"),
        .list("pending", SuggestionViews.rowKeys),
        .number("pendingCount"),
        .number("shown"),
        .list("statuses", [
            .text("name"),
        ]),
        .number("year"),
    ]

    static let suggestionsMonth: TemplateKeys = [
        .number("count"),
        .list("entries", SuggestionViews.rowKeys),
        .text("heading"),
        .object("newer", [.text("href"), .text("label")], "the next month with a page; false for the newest").optional,
        .object("older", [.text("href"), .text("label")], "the month before with a page; false for the oldest").optional,
    ]

    static let tasks: TemplateKeys = [
        .text("calendar"),
        .object("contactor", RenderContext.memberLinkKeys),
        .number("doneCount"),
        .list("events", [
            .text("date"),
            .text("due"),
            .text("kind"),
            .object("member", RenderContext.memberLinkKeys),
            .text("note"),
            .text("status"),
            .text("statusClass"),
        ]),
        .flag("hasEvents"),
        .flag("hasPeople"),
        .flag("hasTriggers"),
        .flag("hasUnits"),
        .number("minimum"),
        .list("people", RenderContext.pairRowKeys.adding([.text("daysSince"), .text("lastEver"), .number("still")])),
        .number("personCount"),
        .list("units", [
            .text("kind"),
            .text("name"),
        ]),
        .number("year"),
    ]

    static let term: TemplateKeys = [
        .html("chart"),
        .number("first"),
        .number("last"),
        .text("name"),
        .list("years", [
            .number("answered"),
            .number("behind").optional,
            .text("compliance").optional,
            .text("contacted").optional,
            .number("contacts").optional,
            .flag("hasRecords"),
            .text("href"),
            .list("moved", RenderContext.memberLinkKeys),
            .number("movedCount"),
            .number("suggestions"),
            .number("year"),
        ]),
    ]

    static let triggers: TemplateKeys = [
        .list("items", [
            .text("date"),
            .text("due"),
            .text("kind"),
            .object("member", RenderContext.memberLinkKeys),
            .text("note"),
            .object("record", RecordRows.keys).optional,
            .text("status"),
            .text("statusClass"),
        ]),
        .list("kinds", [
            .number("days"),
            .text("name"),
        ]),
        .number("year"),
    ]

    static let unit: TemplateKeys = [
        .flag("filter", "never set: the pair table's filter box is for 联系频次 pages").optional,
        .html("chart"),
        .number("contactCount"),
        .text("kindLabel"),
        .list("leaders", RenderContext.memberLinkKeys),
        .number("memberCount"),
        .list("members", MemberViews.rowKeys),
        .number("nonPartyCount"),
        .list("pairs", RenderContext.pairRowKeys),
        .list("reports", [
            .text("href"),
            .text("label"),
        ]),
        .number("year"),
    ]

    static let year: TemplateKeys = [
        .list("behind", RenderContext.pairRowKeys),
        .number("behindCount"),
        .list("charts", [
            .html("svg"),
            .text("title"),
        ]),
        .list("figures", DashboardView.figureKeys, "the headline figures"),
        .list("halves", [
            .list("committees", [
                .text("href"),
                .text("name"),
            ]),
            .text("label"),
        ]),
        .flag("hasYearSwitch"),
        .list("leaders", [
            .text("href"),
            .text("name"),
        ]),
        .text("pairsHref"),
        .text("assignmentsHref", "the year's 联系分工 (附件1 of the rows in force that year); empty when no assignment row has dates"),
        .number("year"),
        .list("yearSwitch", YearViews.switchKeys),
    ]

    static let briefsIndex: TemplateKeys = [
        .list("briefs", [.text("issue", "第N期"), .text("date"), .text("title"), .text("href"), .flag("internal")]),
    ]

    static let brief: TemplateKeys = [
        .text("masthead", "刊名"), .flag("mastheadLong", "a long 刊名, set smaller"), .text("issue", "第N期"), .text("total", "总第N期, or empty"),
        .text("issuer", "编印单位"), .text("date"), .text("briefTitle"), .flag("internal"),
        .object("body", BodyValues.keys),
        .list("cases", [.text("title"), .text("href"), .text("byline"), .html("html")], "the cases the issue carries"),
        .text("to", "报送"), .text("cc", "抄送"), .flag("hasDistribution"), .text("copies", "印数"),
        .object("word", WordViews.linkKeys, "the .docx (internal site only; false on the public one)").optional,
    ]

    static let layout: TemplateKeys = [
        .text("root", "the way back to the site's root from this page (../../), put before every link"),
        .text("title", "the page's title"),
        .text("pageTitle", "the title for `<title>`: the page's and the site's name"),
        .object("site", [
            .text("asOf", "the day the figures are counted to"),
            .flag("demo", "the site is demo data"),
            .text("name"),
            .text("organization"),
        ], "site.json's"),
        .list("nav", [
            .flag("current", "the section of this page"),
            .text("href"),
            .text("title"),
        ], "the navigation bar (theme.json's navigation)"),
        .list("breadcrumbs", [
            .text("href"),
            .text("title"),
        ], "from the home page to this one"),
        .flag("hasBreadcrumbs"),
        .flag("isInternal", "the internal portal, not the public site"),
        .text("searchBase", "the site's path from the server root, for the search"),
        .object("lastChange", [
            .text("author"),
            .text("date"),
        ], "the last commit that changed the page's file").optional,
        .flag("hasLinks"),
        .list("links", [
            .text("href"),
            .text("title"),
        ], "site.json's links, for the footer"),
        .text("description", "a case story's summary, for `<meta name=\"description\">`").optional,
        .object("og", [
            .text("description"),
            .text("image").optional,
            .text("siteName"),
            .text("title"),
            .text("url").optional,
        ], "a public case story's share card (Open Graph)").optional,
    ]
}

extension RenderContext {
    /// A member named in a list (`memberLink`).
    static let memberLinkKeys: TemplateKeys = [.text("name"), .text("tableName"), .text("href")]

    /// A pair's yearly count as a row (`pairRow`): declared once for every list of pairs.
    static let pairRowKeys: TemplateKeys = [
        .object("contactee", memberLinkKeys),
        .object("contactor", memberLinkKeys),
        .number("count"),
        .text("kind"),
        .text("last"),
        .number("minimum"),
        .text("note", "the row's dates when it started or ended within the year (2026年3月1日起), else empty"),
        .text("status"),
        .text("statusClass"),
        .text("party", "the contactee's, for the filter bar"),
        .text("sector", "the contactee's, for the filter bar"),
        .text("committee", "the contactee's, for the filter bar"),
        .text("window", "the contactee's, for the filter bar"),
    ]
}

extension MemberViews {
    /// A member as a row of a list (MemberViews.row): the members list and a unit's page.
    static let rowKeys: TemplateKeys = [
        .text("committee"),
        .text("href"),
        .text("id"),
        .flag("isPartyMember"),
        .text("name"),
        .text("party"),
        .text("position"),
        .text("roles"),
        .text("sector"),
        .text("tableName"),
        .text("unit"),
        .text("window"),
    ]
}

extension RecordRows {
    /// A record as a row of a list (RecordViews.row).
    static let keys: TemplateKeys = [
        .text("number"), .text("date"), .text("href"), .text("contactor"), .text("contactees"), .text("method"),
        .text("party", "the contactees' units, for the filter bar"), .text("sector"), .text("committee"), .text("window"),
    ]
}

extension BodyValues {
    /// A rendered Markdown body.
    static let keys: TemplateKeys = [
        .html("html", "the body as HTML"),
        .list("toc", [.text("text"), .text("anchor"), .number("level"), .flag("sub", "a level-3 heading")], "headings of levels 1–3"),
        .flag("hasToc", "three headings or more"),
        .text("summary", "the first paragraph as text").optional,
    ]
}

extension ReportViews {
    /// A record in a committee's or a leader's report (ReportViews.detailRow).
    static let recordKeys: TemplateKeys = [
        .text("contactees"),
        .text("contactor"),
        .text("date"),
        .text("href"),
        .text("method"),
        .text("number"),
        .number("suggestionCount"),
        .text("summary"),
        .text("topics"),
        .text("party"),
        .text("sector"),
        .text("committee"),
        .text("window"),
    ]
}

extension SuggestionViews {
    /// A suggestion in a list (SuggestionViews.row): reports, the register, a month.
    static let rowKeys: TemplateKeys = [
        .text("age"),
        .text("date"),
        .text("feedback"),
        .text("filed", "备案日期 of the window's follow-up, empty when not filed"),
        .text("handling", "处理意见 (text), empty when none"),
        .object("record", RecordRows.keys),
        .text("result", "处理情况 (text), empty when none"),
        .text("route"),
        .text("status"),
        .text("text"),
    ]
}

extension YearViews {
    /// One year of the year switch.
    static let switchKeys: TemplateKeys = [.text("label"), .text("href"), .flag("current")]
}

extension WordViews {
    /// The link to the Word file beside a page.
    static let linkKeys: TemplateKeys = [.text("href"), .text("download")]
}

extension RuleViews {
    /// A rule document in a list.
    static let summaryKeys: TemplateKeys = [.text("title"), .text("href"), .text("number"), .text("issuer"), .text("issued"), .text("summary")]
}

extension CoverValues {
    /// A case's cover: the shrunk copies when there are some.
    static let keys: TemplateKeys = [
        .text("src"), .number("width"), .number("height"),
        .flag("hasSrcset", "there are shrunk copies for srcset"),
        .list("variants", [.text("src"), .number("width"), .flag("comma", "not the last")], "the shrunk copies, smallest first").optional,
        .flag("hasWebp", "there are WebP copies, each smaller than its JPEG/PNG: offer them in a <picture>"),
        .list("webp", [.text("src"), .number("width"), .flag("comma", "not the last")], "the WebP copies, smallest first").optional,
    ]
}

extension DashboardView {
    /// A headline figure.
    static let figureKeys: TemplateKeys = [
        .text("key", "coverage, contacted, compliance, behind, pending or overdue"), .text("label"), .text("value"), .text("detail"), .text("href"),
        .flag("alert", "needs attention"),
        .text("previous", "the same figure last year (home page only)").optional,
    ]
}

extension RecordViews {
    /// The policy's 记录单 (`form`).
    static let formKeys: TemplateKeys = [
        .text("title"),
        .object("labels", TemplateKeys(RecordForm.fields.map { .text($0) }), "each field's label"),
    ]
}

extension AssignmentViews {
    /// The 附件1 table (`tableValues`).
    static let tableKeys: TemplateKeys = [
        .text("tableTitle"), .text("leaderColumn"),
        .list("kinds", [.text("name")]),
        .list("leaders", [.object("leader", RenderContext.memberLinkKeys), .list("cells", [.texts("items")])]),
    ]
}
