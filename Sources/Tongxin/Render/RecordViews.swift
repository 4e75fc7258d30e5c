/// The list of contact records and one page per record, laid out like the 附件2 记录单.
enum RecordViews {
    /// Records the list page shows before the months.
    static let latestCount = 20

    /// The list of months, one page per month with records, and one page per record.
    static func pages(_ site: CheckedSite, labels: Labels, bodies: RenderedBodies, versions: InputVersions, rows: RecordRows) -> [PageSpec] {
        let records = site.records
        // Records are newest first, so the months are too.
        let months = MonthGroup.groups(records.enumerated().map { ($0.offset, $0.element.record.date.value) }, route: Routes.recordMonth)
        // The newest records and the count of every month: each record's row counts.
        let text = labels.text
        let groups = RecordGroupViews.groups(site)
        // The group links count every record by its members' units: the key of every record.
        let index = PageSpec(route: Routes.records, template: "records-index", title: text("records"), section: "records",
                             breadcrumbs: [Crumb(title: text("records"), route: Routes.records)],
                             inputs: PageInputs.Key(versions: versions.records.reduce(0, &+)), model: {
            RecordsIndexValues(count: records.count, records: records.prefix(latestCount).indices.map { rows[$0] }, years: years(months, text: text),
                               groups: RecordGroupViews.links(groups, text: text), narrowed: nil)
        })
        let blankValues = BlankRecordValues(
            methods: site.settings.policy.methods.joined(separator: "　□"), topics: site.settings.policy.topics.joined(separator: "　□"),
            form: form(site.settings.policy.recordForm),
            // Jiangmen's committees collect the forms: it has no windows.
            hasWindows: !site.organization.windows.isEmpty,
            word: WordViews.link(WordViews.recordFile, title: site.settings.policy.recordForm.title))
        let blank = PageSpec(route: Routes.blankRecord, template: "record-blank", title: text("blankRecord"), section: "records",
                             breadcrumbs: [Crumb(title: text("records"), route: Routes.records), Crumb(title: text("blankRecord"), route: Routes.blankRecord)],
                             model: { blankValues })
        // The form in Word, to fill in on a computer. Not one per record: ten thousand
        // more files would double the build, and a record's page prints as its 记录单.
        let blankWord = WordViews.spec(beside: blank, name: WordViews.recordFile) { WordViews.blankRecord(blankValues, title: text("blankRecord"), words: text) }
        let monthPages = months.indices.map { position in
            monthPage(months, at: position, versions: versions, rows: rows, text: text)
        }
        // Ten thousand specs with their inputs: made on all cores. The form's labels are
        // the same on every record page: made once, like the parts of its Word file that
        // are the same for every record.
        let policyForm = site.settings.policy.recordForm
        let recordForm = Once { form(policyForm) }
        let wordForm = Once { RecordWordFile.Form(recordForm.get) }
        let groupPages = RecordGroupViews.pages(site, groups: groups, versions: versions, rows: rows, labels: labels)
        let withWord = site.settings.recordWordFiles
        // What every record page's spec shares, worked out once (the list is made again
        // at each save of the preview).
        let listCrumb = Crumb(title: text("records"), route: Routes.records)
        let pageTitle = text.filler("recordPage.title", name: "number")
        let recordPages = parallelMap(Array(records.indices)) { position -> (page: PageSpec, word: PageSpec?) in
            let record = records[position]
            let title = pageTitle(record.record.number), route = Routes.record(record.record.slug)
            // The record is read from the list when the page is drawn: a copy in each of
            // ten thousand closures retained every one of its fields, at every save.
            let make: @Sendable () -> RecordValues = {
                let record = records[position]
                return detail(record, site: site, labels: labels, form: recordForm.get, body: bodies[record.record.file],
                              word: withWord ? RecordWordFile.link(number: record.record.number, form: policyForm, words: text) : nil)
            }
            // With a Word file, the page's values are made once for it and the 记录单 in
            // Word beside it (records are on internal sites only).
            let values = withWord ? Shared(users: 2, make) : nil
            let page = PageSpec(route: route, template: "record", title: title, section: "records",
                                breadcrumbs: [listCrumb, Crumb(title: record.record.number, route: route)],
                                source: record.record.file,
                                inputs: PageInputs.record(position, versions), model: { values?.get ?? make() })
            return (page, values.map { RecordWordFile.spec(beside: page, values: $0, form: wordForm, words: text) })
        }
        // Into one list without a small list per record (ten thousand of them at each save).
        var specs = [index, blank, blankWord] + monthPages + groupPages
        specs.reserveCapacity(specs.count + recordPages.count * (withWord ? 2 : 1))
        for (page, word) in recordPages {
            specs.append(page)
            if let word { specs.append(word) }
        }
        return specs
    }

    /// The months by year, newest first, with their counts; `query` narrows the month
    /// tables the links open (a narrowed list's months).
    static func years(_ months: [MonthGroup], query: String = "", text: ThemeText) -> [RecordYearValues] {
        let byYear = Dictionary(grouping: months, by: \.year)
        return byYear.keys.sorted(by: >).map { year in
            let inYear = byYear[year]!
            return RecordYearValues(year: year, count: inYear.reduce(0) { $0 + $1.items.count }, months: inYear.map {
                CountedLinkValues(label: text("month.short", ["month": String($0.month)]), href: $0.route + query, count: $0.items.count)
            })
        }
    }

    /// A month's records, newest first, with links to the months before and after that
    /// have records. A saved record redraws its month only, not a list of every record.
    private static func monthPage(_ months: [MonthGroup], at position: Int, versions: InputVersions, rows: RecordRows, text: ThemeText) -> PageSpec {
        let month = months[position]
        let around = MonthNeighbours(months, at: position)
        var inputs = PageInputs(versions)
        inputs.add(records: month.items)
        return PageSpec(route: month.route, template: "records-month", title: text("records.month", ["month": month.label(text)]), section: "records",
                        breadcrumbs: [Crumb(title: text("records"), route: Routes.records), Crumb(title: month.label(text), route: month.route)],
                        inputs: inputs.key, variant: around.variant, model: {
            RecordsMonthValues(heading: text("records.month", ["month": month.label(text)]), records: month.items.map { rows[$0] }, neighbours: around.links(text))
        })
    }

    /// A record's row; the contactees' units are what the filter bar of a records table
    /// narrows by.
    static func row(_ record: ResolvedRecord, site: CheckedSite, labels: Labels) -> RecordRowValues {
        RecordRowValues(number: record.record.number, href: Routes.record(record.record.slug), date: record.record.date.value.chinese,
                        contactor: site.member(record.contactorID)?.name ?? "",
                        contactees: record.contacteeIDs.compactMap { site.member($0)?.name }.joined(separator: "、"),
                        method: record.record.method?.value ?? "", groups: RecordGroupViews.values(record, site: site, labels: labels),
                        file: record.record.file)
    }

    private static func detail(_ resolved: ResolvedRecord, site: CheckedSite, labels: Labels, form: RecordFormValues, body: RenderedMarkdown?, word: WordLinkValues?) -> RecordValues {
        let record = resolved.record
        let contactor = site.member(resolved.contactorID)
        let triggerName = resolved.triggerID.flatMap { id in site.settings.policy.triggers.first { $0.id == id }?.name }
        // 政协身份 on the day: the record's own where it gives one, else from the member's file.
        func identity(_ member: ResolvedMember, _ standing: String, _ separator: String, _ more: String) -> String {
            resolved.identities[member.id] ?? [standing, more].filter { !$0.isEmpty }.joined(separator: separator)
        }
        return RecordValues(
            form: form,
            number: record.number,
            date: record.date.value.chinese,
            time: record.time ?? "",
            place: record.place ?? "",
            contactor: person(contactor, identity: contactor.map { identity($0, labels.identity($0), "，", $0.member.position ?? "") } ?? ""),
            contactees: resolved.contacteeIDs.compactMap { site.member($0) }.map { member in
                person(member, identity: identity(member, labels.identity(member), "；", labels.unitAndPosition(member)))
            },
            method: record.method?.value ?? "",
            topics: record.topics.map(\.value).joined(separator: "、"),
            trigger: triggerName ?? "",
            recorder: record.recorder ?? "",
            body: BodyValues(body),
            suggestions: record.suggestions.map { suggestion in
                RecordValues.SuggestionValues(
                    text: suggestion.text,
                    route: suggestion.route?.value ?? "",
                    status: suggestion.status?.value ?? labels.text("suggestion.pending"),
                    feedback: View.date(suggestion.feedback?.value),
                    // The window's follow-up (Jinhua 四.4); the record page is internal only.
                    handling: suggestion.handling ?? "",
                    result: suggestion.result ?? "",
                    filed: View.date(suggestion.filed?.value))
            },
            word: word)
    }

    /// The form's title and labels as the policy's document names them (`record_form`).
    static func form(_ form: RecordForm) -> RecordFormValues {
        RecordFormValues(title: form.title, labels: Dictionary(uniqueKeysWithValues: RecordForm.fields.map { ($0, form.label($0)) }))
    }

    private static func person(_ member: ResolvedMember?, identity: String) -> RecordValues.PersonValues {
        RecordValues.PersonValues(name: member?.name ?? "", href: member.map { Routes.member($0.id) } ?? "", identity: identity)
    }
}
