/// The items of one calendar month, by their index in the list they came from: the
/// records list and the suggestion register are split into a page per month.
struct MonthGroup: Sendable {
    let year: Int
    let month: Int
    /// Where the month's page is published.
    let route: String
    var items: [Int]

    func label(_ text: ThemeText) -> String { text("month", ["year": String(year), "month": String(month)]) }

    /// Consecutive items of one month grouped, in the order given (newest first).
    static func groups(_ days: some Sequence<(index: Int, day: Day)>, route: (_ year: Int, _ month: Int) -> String) -> [MonthGroup] {
        var months: [MonthGroup] = []
        for (index, day) in days {
            if let last = months.last, last.year == day.year, last.month == day.month {
                months[months.count - 1].items.append(index)
            } else {
                months.append(MonthGroup(year: day.year, month: day.month, route: route(day.year, day.month), items: [index]))
            }
        }
        return months
    }
}

/// A month page's links to the months before and after it that have items.
struct MonthNeighbours {
    let older: MonthGroup?
    let newer: MonthGroup?

    /// `months` newest first.
    init(_ months: [MonthGroup], at position: Int) {
        older = position + 1 < months.count ? months[position + 1] : nil
        newer = position > 0 ? months[position - 1] : nil
    }

    /// Part of the page's reuse key: a month appearing or going changes the links.
    var variant: String { "\(older?.route ?? "")|\(newer?.route ?? "")" }

    /// The `older` and `newer` values of the month templates: nil at either end.
    func links(_ text: ThemeText) -> Links {
        Links(older: older.map { LabelLinkValues(label: $0.label(text), href: $0.route) }, newer: newer.map { LabelLinkValues(label: $0.label(text), href: $0.route) })
    }

    struct Links {
        let older, newer: LabelLinkValues?

        /// A month's `older` or `newer`: false at either end, so that {{#older}} shows
        /// nothing there and reads no other frame.
        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "older": .objectOrFalse(older)
            case "newer": .objectOrFalse(newer)
            default: nil
            }
        }
    }
}
