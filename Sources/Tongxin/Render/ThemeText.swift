import Foundation

/// The words of the pages that are the theme's, not the code's: the navigation, page
/// titles and breadcrumbs, status names, the labels views put in lists, and the chart
/// colours. Read from the theme's theme.json, so that an office relabels its portal
/// without Swift. Messages (errors, the command line) stay in the message catalogue.
///
/// Every key the views ask for is listed here with the placeholders its text may use;
/// theme.json must give each, and nothing else, or the build stops at the line. The
/// words of the files beside the pages (Word, CSV, 简报, .ics: `optionalLabels`) came
/// later and may be left out: a theme made before them takes their default texts.
///
/// A class: every page's closure holds the words, and copying a struct of twenty-odd
/// strings and tables was a retain of each, ten thousand times per build and save.
final class ThemeText: Sendable {
    /// Label keys and the {placeholders} their texts may contain.
    static let labelKeys: [String: Set<String>] = [
        "home": [], "search": [],
        "assignments": [], "pairs": [], "pairs.of": ["name"], "pairs.year": ["year"], "triggers": [],
        "records": [], "records.of": ["name"], "recordPage.title": ["number"], "blankRecord": [], "records.month": ["month"],
        "month": ["year", "month"], "month.short": ["month"], "year": ["year"],
        "suggestions": [], "suggestions.month": ["month"], "suggestion.pending": [],
        "reports": [], "report.committee": ["committee", "period"], "report.leader": ["name", "year"], "report.leader.crumb": ["name", "year"],
        "members": [], "members.of": ["name"], "profile.report": ["year"],
        "private.phone": [], "private.address": [], "private.notes": [],
        "tasks": [], "tasks.title": ["name"],
        "rules": [], "cases": [], "briefs": [], "stories.tag": ["tag"], "stories.page": ["title", "page"], "story.wechat": [], "story.wechat.title": ["title"],
        "unit.committee": [], "unit.window": [],
        "year.title": ["year"], "year.summary": ["year"], "year.summary.crumb": ["year"], "term.title": ["term"],
        "status.done": [], "status.inProgress": [], "status.behind": [],
        "figure.coverage": [], "figure.coverage.detail": ["covered", "total"], "figure.contacted": [], "figure.contacted.detail": ["contacted", "total", "year"],
        "figure.compliance": [], "figure.compliance.detail": ["done", "pairs", "minimum"], "figure.behind": [], "figure.behind.detail": [],
        "figure.pending": [], "figure.pending.detail": [], "figure.overdue": [], "figure.overdue.detail": [],
        "figure.previous": ["year", "change"], "change.of": ["before", "change"], "change.none": [], "change.points": ["points"], "change.count": ["change"],
        "range.atLeast": ["low"], "range.atMost": ["high"],
        "chart.ofYear": ["chart", "year"], "chart.unknown": [], "chart.unknownParty": [], "chart.times": [],
        "chart.committees": [], "chart.committees.summary": ["year", "asOf"], "chart.windows": [], "chart.windows.summary": ["year", "asOf"],
        "chart.months": [], "chart.months.summary": ["year", "asOf"], "chart.months.twoYears": ["year", "last"], "chart.months.twoYears.summary": ["year", "last", "asOf"],
        "chart.methods": [], "chart.methods.summary": ["year", "asOf"], "chart.sectors": [], "chart.sectors.summary": ["year", "asOf"],
        "chart.parties": [], "chart.parties.summary": ["year", "asOf"],
        "chart.unit": ["unit"], "chart.unit.summary": ["year"], "chart.term": ["term"], "chart.term.summary": ["asOf"],
        "group.party": [], "group.sector": [], "group.committee": [], "group.window": [],
        "members.narrowed": ["group", "name"], "pairs.narrowed": ["group", "name"],
        "story.author": ["name"], "story.source": ["name"], "story.reviewer": ["name"],
        "report.ongoing": ["asOf"], "year.ongoing": ["asOf"], "suggestion.age": ["days"],
        "chart.noData": [], "chart.unitLegend": ["unit"], "chart.target": ["value"], "chart.targets": [], "chart.below": [], "chart.noValue": [],
        "trigger.onTime": ["days"], "trigger.late": ["days"], "trigger.overdue": ["days"], "trigger.open": ["days"],
    ]

    /// Navigation sections and the page each opens; theme.json orders and names them.
    static let sections: [String: String] = [
        "home": Routes.home, "assignments": Routes.assignments, "records": Routes.records, "suggestions": Routes.suggestions,
        "reports": Routes.reports, "members": Routes.members, "rules": Routes.rules, "cases": Routes.cases, "search": Routes.search,
    ]

    /// Sections a public site may link: its pages are only these.
    static let publicSections: Set<String> = ["home", "cases", "rules", "search"]

    struct NavigationItem: Sendable {
        let section: String
        let title: String
        var route: String { ThemeText.sections[section] ?? "" }
    }

    /// How the build-time SVG charts look: their colours (#rrggbb, theme.json's chart)
    /// and the words drawn inside them (theme.json's labels chart.*).
    struct ChartStyle: Sendable {
        /// Bars and the current year; text and axes; tick labels; grid lines; linked
        /// labels; the background; the target line; last year's columns.
        var accent, ink, muted, grid, link, paper, target, previous: String
        /// The lines of a line chart, in order.
        var series: [String]
        var words: ChartWords
    }

    struct ChartWords: Sendable {
        /// A chart without data; the unit before the legend ("单位：次"); a target in the
        /// legend and the description; targets that differ; a bar below its target; a
        /// year without a value.
        var noData, unit, target, targets, below, noValue: String

        func unit(_ unit: String) -> String { self.unit.replacingOccurrences(of: "{unit}", with: unit) }
        func target(_ value: String) -> String { target.replacingOccurrences(of: "{value}", with: value) }
    }

    static let chartColourKeys = ["accent", "ink", "muted", "grid", "link", "paper", "target", "previous"]

    let labels: [String: String]
    let navigation: [NavigationItem]
    let publicNavigation: [NavigationItem]
    let chart: ChartStyle

    init(labels: [String: String], navigation: [NavigationItem], publicNavigation: [NavigationItem], chart: ChartStyle) {
        self.labels = labels
        self.navigation = navigation
        self.publicNavigation = publicNavigation
        self.chart = chart
    }

    /// The label `key` with its placeholders filled: `text("pairs.of", ["name": unit.name])`.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let text = labels[key] else {
            assertionFailure("label \(key) is not in ThemeText.labelKeys")
            return key
        }
        return values.isEmpty ? text : Self.fill(text, values)
    }

    /// The label `key` filled with one value for `{name}`, for a label filled thousands of
    /// times (each record page's title, listed again at each save): split once around the
    /// name, each fill is a concatenation. The same text as `self(key, [name: value])`.
    func filler(_ key: String, name: String) -> @Sendable (String) -> String {
        let label = self(key)
        let parts = label.components(separatedBy: "{\(name)}")
        guard parts.count == 2 else { return { [self] value in self(key, [name: value]) } }
        let (before, after) = (parts[0], parts[1])
        return { value in before + value + after }
    }

    /// `{name}` replaced by its value in one pass over the bytes, left as written when
    /// `values` has no such name. One pass, not a replace per value: labels are filled for
    /// every row of every table (Foundation's replace was 3 % of a build), and a value
    /// holding `{…}` is never filled again.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "{")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                out.append(contentsOf: value.utf8)
                index = close + 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The name of a pair's status (FrequencyReport.Status).
    func status(_ status: FrequencyReport.Status) -> String {
        switch status {
        case .done: self("status.done")
        case .inProgress: self("status.inProgress")
        case .behind: self("status.behind")
        }
    }
}

// MARK: - Reading theme.json

extension ThemeText {
    static let file = "theme.json"

    /// theme.json of the theme folder; every problem is reported at its line.
    static func load(folder: URL, diagnostics: inout Diagnostics) -> ThemeText? {
        let path = folder.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(SourceLocation(file: path), L("theme.text.missingFile"))
            return nil
        }
        let text: String
        switch SourceText.decode(data, file: path) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
        }
        let parsed = StrictJSON.parse(text, file: path)
        diagnostics.append(contentsOf: parsed.diagnostics)
        guard let root = parsed.root else { return nil }
        var reader = Reader(diagnostics: diagnostics)
        let result = reader.read(root, file: path)
        diagnostics = reader.diagnostics
        return result
    }

    private struct Reader {
        var diagnostics: Diagnostics

        mutating func read(_ root: DataNode, file: String) -> ThemeText? {
            guard let members = object(root) else { return nil }
            let before = diagnostics.errorCount
            var labels: [String: String] = [:], navigation: [NavigationItem] = [], publicNavigation: [NavigationItem] = []
            var chart: ChartStyle?
            for member in members {
                switch member.key {
                case "labels": labels = readLabels(member.value)
                case "navigation":
                    for part in object(member.value) ?? [] {
                        switch part.key {
                        case "internal": navigation = readNavigation(part.value, allowed: Set(sections.keys))
                        case "public": publicNavigation = readNavigation(part.value, allowed: publicSections)
                        default: unknown(part, among: ["internal", "public"])
                        }
                    }
                case "chart": chart = readChart(member.value)
                default: unknown(member, among: ["labels", "navigation", "chart"])
                }
            }
            let given = Set(members.map(\.key))
            for key in ["labels", "navigation", "chart"] where !given.contains(key) {
                diagnostics.error(root.location, L("theme.text.missingKey", key))
            }
            guard diagnostics.errorCount == before, var chart else { return nil }
            chart.words = ChartWords(noData: labels["chart.noData"]!, unit: labels["chart.unitLegend"]!, target: labels["chart.target"]!,
                                     targets: labels["chart.targets"]!, below: labels["chart.below"]!, noValue: labels["chart.noValue"]!)
            return ThemeText(labels: labels, navigation: navigation, publicNavigation: publicNavigation, chart: chart)
        }

        private mutating func readLabels(_ node: DataNode) -> [String: String] {
            var labels: [String: String] = [:]
            for member in object(node) ?? [] {
                guard let allowed = labelKeys[member.key] ?? optionalLabels[member.key]?.placeholders else {
                    unknown(member, among: Array(labelKeys.keys) + Array(optionalLabels.keys))
                    continue
                }
                guard let text = string(member.value) else { continue }
                for name in placeholders(in: text) where !allowed.contains(name) {
                    diagnostics.error(member.value.location, L("theme.text.placeholder", name, member.key, allowed.isEmpty ? "-" : allowed.sorted().map { "{\($0)}" }.joined(separator: " ")))
                }
                labels[member.key] = text
            }
            for key in labelKeys.keys.sorted() where labels[key] == nil {
                diagnostics.error(node.location, L("theme.text.missingLabel", key))
            }
            for (key, optional) in optionalLabels where labels[key] == nil { labels[key] = optional.text }
            return labels
        }

        private mutating func readNavigation(_ node: DataNode, allowed: Set<String>) -> [NavigationItem] {
            guard case .array(let items) = node.value else { wrongType(node, L("type.list")); return [] }
            var result: [NavigationItem] = []
            for item in items {
                var section: String?, title: String?, named = false
                for member in object(item) ?? [] {
                    switch member.key {
                    case "section":
                        named = true
                        guard let value = string(member.value) else { continue }
                        if allowed.contains(value) { section = value } else {
                            diagnostics.error(member.value.location, L("theme.text.section", value, allowed.sorted().joined(separator: ", "), Suggestions.didYouMean(value, in: Array(allowed))))
                        }
                    case "title": title = string(member.value)
                    default: unknown(member, among: ["section", "title"])
                    }
                }
                if let section, let title { result.append(NavigationItem(section: section, title: title)) } else if case .object(let members) = item.value, !named || !members.contains(where: { $0.key == "title" }) {
                    diagnostics.error(item.location, L("theme.text.navigationItem"))
                }
            }
            return result
        }

        private mutating func readChart(_ node: DataNode) -> ChartStyle? {
            var colours: [String: String] = [:], series: [String]?
            for member in object(node) ?? [] {
                if member.key == "series" {
                    guard case .array(let items) = member.value.value else { wrongType(member.value, L("type.list")); continue }
                    series = items.compactMap { colour($0) }
                } else if chartColourKeys.contains(member.key) {
                    colours[member.key] = colour(member.value)
                } else {
                    unknown(member, among: chartColourKeys + ["series"])
                }
            }
            for key in chartColourKeys + ["series"] where (key == "series" ? series == nil : colours[key] == nil) {
                diagnostics.error(node.location, L("theme.text.missingKey", "chart." + key))
            }
            guard let series, !series.isEmpty, let accent = colours["accent"], let ink = colours["ink"], let muted = colours["muted"],
                  let grid = colours["grid"], let link = colours["link"], let paper = colours["paper"],
                  let target = colours["target"], let previous = colours["previous"] else { return nil }
            let words = ChartWords(noData: "", unit: "", target: "", targets: "", below: "", noValue: "")
            return ChartStyle(accent: accent, ink: ink, muted: muted, grid: grid, link: link, paper: paper, target: target, previous: previous, series: series, words: words)
        }

        private mutating func colour(_ node: DataNode) -> String? {
            guard let text = string(node) else { return nil }
            let hex = text.utf8.dropFirst()
            guard text.utf8.count == 7, text.hasPrefix("#"), hex.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                diagnostics.error(node.location, L("theme.text.colour", text))
                return nil
            }
            return text
        }

        private mutating func object(_ node: DataNode) -> [DataMember]? {
            guard case .object(let members) = node.value else { wrongType(node, L("type.object")); return nil }
            return members
        }

        private mutating func string(_ node: DataNode) -> String? {
            guard case .string(let text) = node.value else { wrongType(node, L("type.string")); return nil }
            return text
        }

        private mutating func wrongType(_ node: DataNode, _ expected: String) {
            diagnostics.error(node.location, L("theme.text.type", expected, node.typeName))
        }

        private mutating func unknown(_ member: DataMember, among keys: [String]) {
            diagnostics.error(member.keyLocation, L("theme.text.unknownKey", member.key, Suggestions.didYouMean(member.key, in: keys)))
        }

        private func placeholders(in text: String) -> [String] {
            var names: [String] = []
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                names.append(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return names
        }
    }
}
