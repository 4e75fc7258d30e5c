/// One bar (or column) of a chart.
struct ChartBar: Sendable {
    var label: String        // e.g. "提案委" or "3月"; may be Chinese, may contain < > & " '
    var value: Double        // e.g. number of contacts
    var target: Double? = nil   // optional reference (e.g. the required minimum), drawn as a marker line
    var href: String? = nil  // optional relative link; the bar and label become a link (<a href>)
}

/// Bar charts as inline SVG, made at build time: no script, no web fonts, no external files.
///
/// The result is one `<svg>` element (no XML prolog) to put straight into HTML. It has
/// `class="tx-chart …"`, `width="100%"`, no height and a `viewBox` 640 units wide, so it scales
/// with its container and keeps its proportions; text is at least 14 units (bar labels and
/// values 24, column labels 14–20). Bars are filled with the accent red #9b1c1f, which prints as
/// a dark grey; a target is a dashed black line over a white underlay (readable over a bar and
/// on white); a bar below its target is hatched with an outline and, in horizontal charts, says
/// "未达标" after its value; a legend explains the unit, the dashed line and the hatching.
///
/// Accessibility: `role="img"` (or `role="group"` when bars link, so the links stay
/// reachable) and `aria-labelledby` naming the `<title>` (the title) and the `<desc>` (the
/// summary, then every label with value, unit and target, e.g.
/// "提案委 12 次；经济委 8 次（要求 10 次，未达标）。").
///
/// Ids: every id in the SVG starts with a base id. By default it is
/// `tx-chart-h-` / `tx-chart-c-` plus 16 hex digits of the 64-bit FNV-1a hash of the title,
/// summary, unit and every bar, so different charts on one page get different ids and the same
/// input always gives the same id. Pass `id` to choose it yourself (needed only when one page
/// shows the very same chart twice): it becomes `tx-chart-` + `id`, with characters other than
/// ASCII letters, digits, `-` and `_` replaced by `_`.
///
/// Values and targets that are not finite are treated as 0 / no target; negative targets as no
/// target; negative values draw no bar but show their number. The scale is `ChartScale`.
/// Output is deterministic: the same input gives byte-identical SVG.
enum BarChart {
    /// Horizontal bars, one row per item, labels on the left: for categories (committees, methods, contactors).
    static func horizontal(title: String, summary: String, bars: [ChartBar], unit: String, id: String? = nil, style: ThemeText.ChartStyle) -> String {
        let data = ChartData(kind: .horizontal, title: title, summary: summary, bars: bars, unit: unit, id: id, style: style)
        guard !data.rows.isEmpty else { return data.emptyDocument() }
        let legend = data.legend()
        let chart = HorizontalChart(data, top: legend.height)
        return data.document(height: chart.height, body: legend.lines + chart.body())
    }

    /// Vertical columns: for time series (months of a year). Labels are never rotated: they
    /// shrink from 20 to 14 units to fit, and if they still do not fit only every second (third,
    /// fourth) label is shown, so pass short labels such as "1月"…"12月".
    static func columns(title: String, summary: String, bars: [ChartBar], unit: String, id: String? = nil, style: ThemeText.ChartStyle) -> String {
        let data = ChartData(kind: .columns, title: title, summary: summary, bars: bars, unit: unit, id: id, style: style)
        guard !data.rows.isEmpty else { return data.emptyDocument() }
        let legend = data.legend()
        let chart = ColumnChart(data, top: legend.height)
        return data.document(height: chart.height, body: legend.lines + chart.body())
    }
}

// MARK: - Data shared by both chart kinds

/// A bar with its numbers made safe to draw.
private struct ChartRow {
    let label: String
    let value: Double
    let target: Double?
    let href: String?

    init(_ bar: ChartBar) {
        label = bar.label
        value = bar.value.isFinite ? bar.value : 0
        target = bar.target.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        href = bar.href
    }

    var below: Bool { target.map { value < $0 } ?? false }
}

private struct ChartData {
    enum Kind: String { case horizontal, columns }
    static let width = 640.0

    let kind: Kind
    let title: String
    let summary: String
    let unit: String
    let rows: [ChartRow]
    let scale: ChartScale
    let id: String
    /// The theme's (theme.json's chart).
    let style: ThemeText.ChartStyle

    init(kind: Kind, title: String, summary: String, bars: [ChartBar], unit: String, id explicit: String?, style: ThemeText.ChartStyle) {
        self.style = style
        self.kind = kind
        self.title = title
        self.summary = summary
        self.unit = unit
        rows = bars.map(ChartRow.init)
        scale = ChartScale(covering: rows.flatMap { [$0.value] + ($0.target.map { [$0] } ?? []) })
        id = explicit.map(Self.sanitizedID) ?? Self.hashedID(kind: kind, title: title, summary: summary, bars: bars, unit: unit)
    }

    private static func sanitizedID(_ id: String) -> String {
        let safe = id.unicodeScalars.map { scalar -> String in
            let v = scalar.value
            let ok = (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0x2D || v == 0x5F
            return ok ? String(scalar) : "_"
        }
        return "tx-chart-" + safe.joined()
    }

    private static func hashedID(kind: Kind, title: String, summary: String, bars: [ChartBar], unit: String) -> String {
        var key = [kind.rawValue, title, summary, unit]
        for bar in bars {
            key += [bar.label, bar.value.description, bar.target?.description ?? "-", bar.href ?? "-"]
        }
        let prefix = kind == .horizontal ? "tx-chart-h-" : "tx-chart-c-"
        return prefix + ChartText.hex(ChartText.fnv1a(key.joined(separator: "\u{0}")))
    }

    var anyBelow: Bool { rows.contains { $0.below } }
    var targets: [Double] { Array(Set(rows.compactMap(\.target))).sorted() }

    /// A number with its unit, as the description and legend say it: "12 次".
    func quantity(_ value: Double) -> String {
        ChartText.number(value) + (unit.isEmpty ? "" : " " + unit)
    }

    /// The summary, then every label with its value (and target), for `<desc>`.
    var description: String {
        let items = rows.map { row -> String in
            var item = row.label + " " + quantity(row.value)
            if let target = row.target { item += "（" + style.words.target(quantity(target)) + (row.below ? "，" + style.words.below + "）" : "）") }
            return item
        }
        return lead + items.joined(separator: "；") + "。"
    }

    /// The summary followed by a full stop unless it already ends in punctuation.
    private var lead: String {
        guard let last = summary.last else { return "" }
        return "。．.！!？?；;：:".contains(last) ? summary : summary + "。"
    }
}

// MARK: - Document, legend and empty chart

extension ChartData {
    private static let fonts = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"

    func document(height: Double, body: [String]) -> String {
        var lines = [open(height: height)]
        lines.append(SVG.element("title", ["id": id + "-title"], content: XMLText.escape(title)))
        lines.append(SVG.element("desc", ["id": id + "-desc"], content: XMLText.escape(description)))
        if anyBelow { lines.append(hatchDefinition) }
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    func emptyDocument() -> String {
        let text = SVG.text(XMLText.escape(style.words.noData), x: Self.width / 2, y: 46, size: 22, anchor: "middle", fill: style.muted, className: "tx-chart-empty")
        return [
            open(height: 72),
            SVG.element("title", ["id": id + "-title"], content: XMLText.escape(title)),
            SVG.element("desc", ["id": id + "-desc"], content: XMLText.escape(lead + style.words.noData + "。")),
            text,
            "</svg>",
        ].joined(separator: "\n")
    }

    private func open(height: Double) -> String {
        let attributes: KeyValuePairs<String, String> = [
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "tx-chart tx-chart-" + kind.rawValue,
            "viewBox": "0 0 " + ChartText.coordinate(Self.width) + " " + ChartText.coordinate(height),
            "width": "100%",
            "preserveAspectRatio": "xMidYMin meet",
            // An image may not contain links (axe: nested-interactive); a chart whose
            // bars link is a group, so keyboard and screen-reader users reach the links.
            "role": rows.contains { $0.href != nil } ? "group" : "img",
            "aria-labelledby": id + "-title " + id + "-desc",
            "font-family": Self.fonts,
        ]
        return SVG.openTag("svg", attributes)
    }

    /// Diagonal stripes for bars below their target: visible without colour and on paper.
    private var hatchDefinition: String {
        let stripes = SVG.element("rect", ["width": "8", "height": "8", "fill": style.paper])
            + SVG.element("rect", ["width": "4", "height": "8", "fill": style.accent])
        let pattern = SVG.element("pattern", [
            "id": id + "-hatch", "width": "8", "height": "8",
            "patternUnits": "userSpaceOnUse", "patternTransform": "rotate(45)",
        ], content: stripes)
        return "<defs>" + pattern + "</defs>"
    }

    /// Unit, target line and hatching explained in one or more lines at the top.
    /// Returns the SVG lines and the height they take (8 when there is nothing to explain).
    func legend() -> (lines: [String], height: Double) {
        let items = legendItems()
        guard !items.isEmpty else { return ([], 8) }
        var lines: [String] = [], x = 8.0, row = 0
        for item in items {
            let width = item.width
            if x > 8 && x + width > Self.width - 8 {
                row += 1
                x = 8
            }
            lines += item.draw(x: x, baseline: 28 + Double(row) * 32, hatch: id + "-hatch", style: style)
            x += width + 28
        }
        return (lines, Double(row + 1) * 32 + 12)
    }

    private func legendItems() -> [LegendItem] {
        var items: [LegendItem] = []
        if !unit.isEmpty { items.append(LegendItem(kind: .text, text: style.words.unit(unit))) }
        let targets = self.targets
        if targets.count == 1 { items.append(LegendItem(kind: .target, text: style.words.target(quantity(targets[0])))) }
        if targets.count > 1 { items.append(LegendItem(kind: .target, text: style.words.targets)) }
        if anyBelow { items.append(LegendItem(kind: .hatch, text: style.words.below)) }
        return items
    }
}

private struct LegendItem {
    enum Kind { case text, target, hatch }
    static let fontSize = 20.0
    let kind: Kind
    let text: String

    private var sampleWidth: Double { kind == .text ? 0 : 36 }
    var width: Double { sampleWidth + ChartText.width(text, fontSize: Self.fontSize) }

    func draw(x: Double, baseline: Double, hatch: String, style: ThemeText.ChartStyle) -> [String] {
        var lines = ["<g class=\"tx-chart-legend\">"]
        switch kind {
        case .text: break
        case .target: lines += SVG.target(x1: x, y1: baseline - 6, x2: x + 28, y2: baseline - 6, style: style)
        case .hatch: lines.append(SVG.bar(x: x, y: baseline - 18, width: 28, height: 22, below: true, hatch: hatch, style: style))
        }
        let label = XMLText.escape(text)
        lines.append(SVG.text(label, x: x + sampleWidth, y: baseline, size: Self.fontSize, fill: style.ink))
        lines.append("</g>")
        return lines
    }
}

// MARK: - Horizontal bars

private struct HorizontalChart {
    static let labelFont = 24.0
    static let valueFont = 24.0
    static let tickFont = 18.0
    static let rowHeight = 52.0
    static let barHeight = 32.0
    static let maxLabelWidth = 240.0
    static let minPlotWidth = 280.0

    let data: ChartData
    let labelWidth: Double
    let plotX: Double
    let plotWidth: Double
    let rowsTop: Double

    init(_ data: ChartData, top: Double) {
        self.data = data
        let valueRoom = (data.rows.map { Self.valueWidth($0, below: data.style.words.below) }.max() ?? 0) + 14
        let tickRoom = ChartText.width(ChartText.number(data.scale.max), fontSize: Self.tickFont) / 2 + 8
        let rightRoom = max(valueRoom, tickRoom)
        // Labels get what they need up to 240 units, but leave the bars at least 280.
        let widest = data.rows.map { ChartText.width($0.label, fontSize: Self.labelFont) }.max() ?? 0
        let labelRoom = max(ChartData.width - 20 - rightRoom - Self.minPlotWidth, 3 * Self.labelFont)
        labelWidth = min(max(widest, 40), Self.maxLabelWidth, labelRoom)
        plotX = 8 + labelWidth + 12
        plotWidth = ChartData.width - plotX - rightRoom
        rowsTop = top + 4
    }

    var rowsBottom: Double { rowsTop + Double(data.rows.count) * Self.rowHeight }
    var height: Double { rowsBottom + 40 }
    func x(_ value: Double) -> Double { plotX + data.scale.fraction(value) * plotWidth }

    private static func valueWidth(_ row: ChartRow, below: String) -> Double {
        let number = ChartText.width(ChartText.number(row.value), fontSize: valueFont)
        return number + (row.below ? 8 + ChartText.width(below, fontSize: valueFont) : 0)
    }

    func body() -> [String] {
        var lines = grid()
        for (index, row) in data.rows.enumerated() { lines += self.row(row, index: index) }
        lines.append(SVG.line(x1: plotX, y1: rowsTop, x2: plotX, y2: rowsBottom, stroke: data.style.ink, width: 2, className: "tx-chart-axis"))
        return lines
    }

    private func grid() -> [String] {
        var lines = ["<g class=\"tx-chart-grid\">"]
        for tick in data.scale.ticks {
            let gx = x(tick)
            if tick > 0 { lines.append(SVG.line(x1: gx, y1: rowsTop, x2: gx, y2: rowsBottom, stroke: data.style.grid, width: 1)) }
            let label = ChartText.number(tick)
            lines.append(SVG.text(label, x: gx, y: rowsBottom + 26, size: Self.tickFont, anchor: "middle", fill: data.style.muted))
        }
        lines.append("</g>")
        return lines
    }

    private func row(_ row: ChartRow, index: Int) -> [String] {
        let top = rowsTop + Double(index) * Self.rowHeight
        let middle = top + Self.rowHeight / 2
        let end = x(row.value)
        let baseline = middle + Self.labelFont * 0.35
        var parts = [label(row, baseline: baseline)]
        parts.append(SVG.bar(x: plotX, y: middle - Self.barHeight / 2, width: end - plotX, height: Self.barHeight, below: row.below, hatch: data.id + "-hatch", style: data.style))
        var textX = end + 8
        if let target = row.target {
            let tx = x(target)
            parts += SVG.target(x1: tx, y1: top + 3, x2: tx, y2: top + Self.rowHeight - 3, style: data.style)
            if row.below { textX = max(end, tx) + 8 }
        }
        parts.append(value(row, x: textX, baseline: baseline))
        return SVG.link(row.href, parts)
    }

    private func label(_ row: ChartRow, baseline: Double) -> String {
        let shown = XMLText.escape(ChartText.fit(row.label, width: labelWidth, fontSize: Self.labelFont))
        let fill = row.href == nil ? data.style.ink : data.style.link
        return SVG.text(shown, x: plotX - 12, y: baseline, size: Self.labelFont, anchor: "end", fill: fill, className: "tx-chart-label", underline: row.href != nil)
    }

    private func value(_ row: ChartRow, x: Double, baseline: Double) -> String {
        var content = ChartText.number(row.value)
        if row.below { content += "<tspan dx=\"8\" font-weight=\"bold\">" + XMLText.escape(data.style.words.below) + "</tspan>" }
        return SVG.text(content, x: x, y: baseline, size: Self.valueFont, fill: data.style.ink, className: "tx-chart-value", halo: data.style.paper)
    }
}

// MARK: - Vertical columns

private struct ColumnChart {
    static let plotHeight = 260.0
    static let tickFont = 18.0
    static let fontSizes = [20.0, 18.0, 16.0, 14.0]

    let data: ChartData
    let plotX: Double
    let plotRight: Double
    let plotTop: Double
    let slot: Double
    let columnWidth: Double
    let labelFont: Double
    let labelEvery: Int
    let valueFont: Double

    init(_ data: ChartData, top: Double) {
        self.data = data
        let tickWidths = data.scale.ticks.map { ChartText.width(ChartText.number($0), fontSize: Self.tickFont) }
        plotX = 8 + (tickWidths.max() ?? 0) + 10
        plotRight = ChartData.width - 8
        plotTop = top + 32
        let slot = (plotRight - plotX) / Double(data.rows.count)
        self.slot = slot
        columnWidth = min(slot * 0.6, 64)
        (labelFont, labelEvery) = Self.labelFit(data.rows.map(\.label), slot: slot)
        let values = data.rows.map { ChartText.number($0.value) }
        valueFont = Self.fontSizes.first { size in values.allSatisfy { ChartText.width($0, fontSize: size) <= slot - 2 } } ?? 14
    }

    /// The largest font from 20 to 14 at which every label fits its column; failing that,
    /// 14 and every k-th label, k ≤ 4 (labels still too long are cut with "…").
    private static func labelFit(_ labels: [String], slot: Double) -> (Double, Int) {
        let widest = { (size: Double) in labels.map { ChartText.width($0, fontSize: size) }.max() ?? 0 }
        if let size = fontSizes.first(where: { widest($0) <= slot - 4 }) { return (size, 1) }
        let needed = Int((widest(14) + 4) / slot) + 1
        return (14, max(1, min(needed, 4, labels.count)))
    }

    var plotBottom: Double { plotTop + Self.plotHeight }
    var height: Double { plotBottom + 42 }
    func y(_ value: Double) -> Double { plotBottom - data.scale.fraction(value) * Self.plotHeight }

    func body() -> [String] {
        var lines = grid()
        for (index, row) in data.rows.enumerated() { lines += column(row, index: index) }
        lines.append(SVG.line(x1: plotX, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: data.style.ink, width: 2, className: "tx-chart-axis"))
        return lines
    }

    private func grid() -> [String] {
        var lines = ["<g class=\"tx-chart-grid\">"]
        for tick in data.scale.ticks {
            let gy = y(tick)
            if tick > 0 { lines.append(SVG.line(x1: plotX, y1: gy, x2: plotRight, y2: gy, stroke: data.style.grid, width: 1)) }
            let label = ChartText.number(tick)
            lines.append(SVG.text(label, x: plotX - 8, y: gy + 6, size: Self.tickFont, anchor: "end", fill: data.style.muted))
        }
        lines.append("</g>")
        return lines
    }

    private func column(_ row: ChartRow, index: Int) -> [String] {
        let center = plotX + slot * (Double(index) + 0.5)
        let top = y(row.value)
        var parts = [SVG.bar(x: center - columnWidth / 2, y: top, width: columnWidth, height: plotBottom - top, below: row.below, hatch: data.id + "-hatch", style: data.style)]
        if let target = row.target {
            let reach = columnWidth / 2 + min(6, slot * 0.18)
            parts += SVG.target(x1: center - reach, y1: y(target), x2: center + reach, y2: y(target), style: data.style)
        }
        parts.append(SVG.text(ChartText.number(row.value), x: center, y: valueBaseline(top: top, target: row.target), size: valueFont, anchor: "middle", fill: data.style.ink, className: "tx-chart-value", halo: data.style.paper))
        if index % labelEvery == 0 { parts.append(label(row, center: center)) }
        return SVG.link(row.href, parts)
    }

    /// Just above the column, or just above the target line when that would cross the number.
    private func valueBaseline(top: Double, target: Double?) -> Double {
        let baseline = top - 7
        guard let target else { return baseline }
        let line = y(target)
        let crosses = line <= baseline + 3 && line >= baseline - valueFont * 0.8 - 3
        return crosses ? line - 7 : baseline
    }

    private func label(_ row: ChartRow, center: Double) -> String {
        let room = slot * Double(labelEvery) - 4
        let shown = XMLText.escape(ChartText.fit(row.label, width: room, fontSize: labelFont))
        let fill = row.href == nil ? data.style.ink : data.style.link
        return SVG.text(shown, x: center, y: plotBottom + 28, size: labelFont, anchor: "middle", fill: fill, className: "tx-chart-label", underline: row.href != nil)
    }
}

// MARK: - SVG elements

private enum SVG {
    /// `<name a="v" …>`; attribute values are escaped here.
    static func openTag(_ name: String, _ attributes: KeyValuePairs<String, String>) -> String {
        "<" + name + attributes.map { " " + $0.key + "=\"" + XMLText.escape($0.value) + "\"" }.joined() + ">"
    }

    /// A whole element; `content` must already be escaped. Without content it is self-closing.
    static func element(_ name: String, _ attributes: KeyValuePairs<String, String>, content: String? = nil) -> String {
        let open = openTag(name, attributes)
        guard let content else { return String(open.dropLast()) + "/>" }
        return open + content + "</" + name + ">"
    }

    static func text(
        _ content: String, x: Double, y: Double, size: Double, anchor: String = "start", fill: String,
        className: String? = nil, underline: Bool = false, halo: String? = nil
    ) -> String {
        var attributes = "x=\"\(ChartText.coordinate(x))\" y=\"\(ChartText.coordinate(y))\" font-size=\"\(ChartText.coordinate(size))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        attributes += " fill=\"\(fill)\""
        if let className { attributes = "class=\"\(className)\" " + attributes }
        if underline { attributes += " text-decoration=\"underline\"" }
        if let halo { attributes += " stroke=\"\(halo)\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"" }
        return "<text " + attributes + ">" + content + "</text>"
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, className: String? = nil, dash: String? = nil) -> String {
        var attributes = className.map { "class=\"\($0)\" " } ?? ""
        attributes += "x1=\"\(ChartText.coordinate(x1))\" y1=\"\(ChartText.coordinate(y1))\" x2=\"\(ChartText.coordinate(x2))\" y2=\"\(ChartText.coordinate(y2))\""
        attributes += " stroke=\"\(stroke)\" stroke-width=\"\(ChartText.coordinate(width))\""
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        return "<line " + attributes + "/>"
    }

    /// A bar: solid accent, or hatched with an outline when below its target.
    static func bar(x: Double, y: Double, width: Double, height: Double, below: Bool, hatch: String, style: ThemeText.ChartStyle) -> String {
        let place = "x=\"\(ChartText.coordinate(x))\" y=\"\(ChartText.coordinate(y))\" width=\"\(ChartText.coordinate(max(width, 0)))\" height=\"\(ChartText.coordinate(max(height, 0)))\""
        guard below else { return "<rect class=\"tx-chart-bar\" " + place + " fill=\"\(style.accent)\"/>" }
        let fill = "url(#" + XMLText.escape(hatch) + ")"
        return "<rect class=\"tx-chart-bar tx-chart-below\" " + place + " fill=\"\(fill)\" stroke=\"\(style.accent)\" stroke-width=\"2\"/>"
    }

    /// The target marker: a dashed black line over a white underlay, readable on a bar and on paper.
    static func target(x1: Double, y1: Double, x2: Double, y2: Double, style: ThemeText.ChartStyle) -> [String] {
        [
            "<g class=\"tx-chart-target\">",
            line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: style.paper, width: 6),
            line(x1: x1, y1: y1, x2: x2, y2: y2, stroke: style.target, width: 2.5, dash: "6 4"),
            "</g>",
        ]
    }

    /// Wraps the parts of one bar in `<a href>` when there is a link; the href is escaped.
    static func link(_ href: String?, _ parts: [String]) -> [String] {
        guard let href else { return ["<g class=\"tx-chart-item\">"] + parts + ["</g>"] }
        return ["<a href=\"" + XMLText.escape(href) + "\" class=\"tx-chart-item tx-chart-link\">"] + parts + ["</a>"]
    }
}
