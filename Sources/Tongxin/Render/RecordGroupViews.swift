import Foundation

/// The records list narrowed by the contactees' 党派, 界别, 专委会 and 窗口 — 专委会 and 窗口
/// as they were on the day of the contact — one pre-built page per value, so a narrowed
/// list has its own address and works without JavaScript. With JavaScript the month
/// tables narrow in place (table-filter.js): each page's months link to the full month
/// with the filter in the address (`records/2026-03/?党派=民建`).
///
/// Bounded: one page per unit that has records (a few dozen, whatever the number of
/// records), each listing its newest `shownCount` records and counting the rest by month,
/// like the records index. A record lists on the pages of its contactees' units only, and
/// a page's key is its own records, so a saved record redraws its units' pages alone.
enum RecordGroupViews {
    static let shownCount = 50

    /// Each dimension: its route segment, the units in the organisation's order, and a
    /// contactee's unit on a day. Its name is the theme's `group.<slug>`, as on the members
    /// list; the record tables' `data-filter` must call the column the same for a month
    /// link's `?党派=…` to narrow it (both are the theme's words).
    struct Dimension: Sendable {
        let slug: String
        let units: @Sendable (Organization) -> [OrgUnit]
        let value: @Sendable (ResolvedMember, Day) -> String?
        let name: @Sendable (Labels, String?) -> String

        func label(_ text: ThemeText) -> String { text("group." + slug) }
    }

    static let dimensions: [Dimension] = [
        Dimension(slug: "party", units: \.parties, value: { member, _ in member.partyID }, name: { $0.party($1) }),
        Dimension(slug: "sector", units: \.sectors, value: { member, _ in member.sectorID }, name: { $0.sector($1) }),
        Dimension(slug: "committee", units: \.committees, value: { member, day in member.committee(on: day) }, name: { $0.committee($1) }),
        Dimension(slug: "window", units: \.windows, value: { member, day in member.window(on: day) }, name: { $0.window($1) }),
    ]

    /// A record's units in each dimension (contactees' order, each once), by slug, as the
    /// filter bar and the row's cells read them.
    static func values(_ record: ResolvedRecord, site: CheckedSite, labels: Labels) -> [String: String] {
        let contactees = record.contacteeIDs.compactMap { site.memberIndex[$0] }
        let day = record.record.date.value
        var values: [String: String] = [:]
        for dimension in dimensions {
            var seen: [String] = []
            for member in contactees {
                let name = dimension.name(labels, dimension.value(site.members[member], day))
                if !name.isEmpty && !seen.contains(name) { seen.append(name) }
            }
            values[dimension.slug] = seen.joined(separator: "、")
        }
        return values
    }

    typealias Groups = [(Dimension, [(unit: OrgUnit, records: [Int])])]

    /// Each dimension with the units whose members were contacted, their records by index
    /// in `CheckedSite.records` (newest first).
    static func groups(_ site: CheckedSite) -> Groups {
        // One pass over the records for every dimension: each contactee looked up once,
        // not once per dimension (this runs at every save of the preview).
        var byUnit = Array(repeating: [String: [Int]](), count: dimensions.count)
        var units: [String] = [], contactees: [Int] = []
        // Members by their index, records by theirs: taken as values, each record and each
        // of its contactees was copied, every field retained and released.
        for index in site.records.indices {
            contactees.removeAll(keepingCapacity: true)
            for id in site.records[index].contacteeIDs { if let member = site.memberIndex[id] { contactees.append(member) } }
            let day = site.records[index].record.date.value
            for (position, dimension) in dimensions.enumerated() {
                units.removeAll(keepingCapacity: true)
                for member in contactees {
                    guard let unit = dimension.value(site.members[member], day), !units.contains(unit) else { continue }
                    units.append(unit)
                }
                for unit in units { byUnit[position][unit, default: []].append(index) }
            }
        }
        return dimensions.enumerated().map { position, dimension in
            (dimension, dimension.units(site.organization).compactMap { unit in byUnit[position][unit.id].map { (unit, $0) } })
        }.filter { !$0.1.isEmpty }
    }

    /// For the records index: a line of links per dimension, with each unit's count.
    static func links(_ groups: Groups, text: ThemeText) -> [GroupLinkValues] {
        groups.map { dimension, units in
            GroupLinkValues(label: dimension.label(text), units: units.map {
                GroupLinkValues.UnitLinkValues(name: $0.unit.displayName, count: $0.records.count, href: Routes.recordGroup(dimension.slug, $0.unit.id))
            })
        }
    }

    static func pages(_ site: CheckedSite, groups: Groups, versions: InputVersions, rows: RecordRows, labels: Labels) -> [PageSpec] {
        groups.flatMap { dimension, units in
            units.map { unit, records in
                let route = Routes.recordGroup(dimension.slug, unit.id), label = dimension.label(labels.text)
                // The month tables narrow by the value the rows carry.
                let query = "?" + (label + "=" + dimension.name(labels, unit.id)).addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
                var inputs = PageInputs(versions)
                inputs.add(records: records)
                return PageSpec(route: route, template: "records-index", title: labels.text("records.of", ["name": unit.name]), section: "records",
                                breadcrumbs: [Crumb(title: labels.text("records"), route: Routes.records), Crumb(title: unit.name, route: route)],
                                inputs: inputs.key, model: {
                    let months = MonthGroup.groups(records.map { ($0, site.records[$0].record.date.value) }, route: Routes.recordMonth)
                    let shown = records.prefix(shownCount)
                    return RecordsIndexValues(
                        count: records.count, records: shown.map { rows[$0] }, years: RecordViews.years(months, query: query, text: labels.text), groups: nil,
                        narrowed: RecordsIndexValues.Narrowed(
                            heading: labels.text("records.narrowed", ["group": label, "name": unit.name]), dimension: label, unitName: unit.name,
                            onTheDay: dimension.slug == "committee" || dimension.slug == "window", shownCount: shown.count, isCut: records.count > shown.count))
                })
            }
        }
    }
}
