/// The list of contact records and one page per record, laid out like the 附件2 记录单.
enum RecordViews {
    static func pages(_ site: CheckedSite, labels: Labels, bodies: RenderedBodies) -> [PageSpec] {
        let records = site.records
        let byYear = Dictionary(grouping: records) { $0.record.date.value.year }
        let index = PageSpec(route: Routes.records, template: "records-index", title: "联系记录", section: "records",
                             breadcrumbs: [Crumb(title: "联系记录", route: Routes.records)]) {
            [
                "count": records.count,
                "years": byYear.keys.sorted(by: >).map { year in
                    ["year": year, "hasRecords": true, "records": byYear[year]!.map { row($0, site: site) }] as [String: Any]
                },
            ]
        }
        let blank = PageSpec(route: Routes.blankRecord, template: "record-blank", title: "空白记录单", section: "records",
                             breadcrumbs: [Crumb(title: "联系记录", route: Routes.records), Crumb(title: "空白记录单", route: Routes.blankRecord)]) {
            ["methods": site.settings.policy.methods.joined(separator: "　□"), "topics": site.settings.policy.topics.joined(separator: "　□")]
        }
        return [index, blank] + records.map { record in
            let title = "联系记录 \(record.record.number)"
            return PageSpec(route: Routes.record(record.record.slug), template: "record", title: title, section: "records",
                            breadcrumbs: [Crumb(title: "联系记录", route: Routes.records), Crumb(title: record.record.number, route: Routes.record(record.record.slug))],
                            source: record.record.file,
                            inputs: recordInputs(record, site: site)) {
                detail(record, site: site, labels: labels, body: bodies[record.record.file])
            }
        }
    }

    private static func recordInputs(_ record: ResolvedRecord, site: CheckedSite) -> PageInputs.Key {
        var inputs = PageInputs(site)
        inputs.add(record: record)
        return inputs.key
    }

    static func row(_ record: ResolvedRecord, site: CheckedSite) -> [String: Any] {
        [
            "number": record.record.number,
            "href": Routes.record(record.record.slug),
            "date": record.record.date.value.chinese,
            "contactor": site.member(record.contactorID)?.name ?? "",
            "contactees": record.contacteeIDs.compactMap { site.member($0)?.name }.joined(separator: "、"),
            "method": record.record.method?.value ?? "",
        ]
    }

    private static func detail(_ resolved: ResolvedRecord, site: CheckedSite, labels: Labels, body: RenderedMarkdown?) -> [String: Any] {
        let record = resolved.record
        let contactor = site.member(resolved.contactorID)
        let triggerName = resolved.triggerID.flatMap { id in site.settings.policy.triggers.first { $0.id == id }?.name }
        return [
            "number": record.number,
            "date": record.date.value.chinese,
            "time": record.time ?? "",
            "place": record.place ?? "",
            "contactor": person(contactor, identity: contactor.map { [labels.identity($0), $0.member.position ?? ""].filter { !$0.isEmpty }.joined(separator: "，") } ?? ""),
            "contactees": resolved.contacteeIDs.compactMap { site.member($0) }.map { member in
                person(member, identity: [labels.identity(member), labels.unitAndPosition(member)].filter { !$0.isEmpty }.joined(separator: "；"))
            },
            "method": record.method?.value ?? "",
            "topics": record.topics.map(\.value).joined(separator: "、"),
            "trigger": triggerName ?? "",
            "recorder": record.recorder ?? "",
            "body": View.markdown(body),
            "hasSuggestions": !record.suggestions.isEmpty,
            "suggestions": record.suggestions.map { suggestion in
                [
                    "text": suggestion.text,
                    "route": suggestion.route?.value ?? "",
                    "status": suggestion.status?.value ?? "待处理",
                    "feedback": View.date(suggestion.feedback?.value),
                ] as [String: Any]
            },
        ]
    }

    private static func person(_ member: ResolvedMember?, identity: String) -> [String: Any] {
        ["name": member?.name ?? "", "href": member.map { Routes.member($0.id) } ?? "", "identity": identity]
    }
}
