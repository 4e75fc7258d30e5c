/// Two series of columns side by side per label — this year and last year by month —
/// as inline SVG made at build time, in the style of `BarChart.columns`: 640 units wide,
/// scales with its container, text at least 14 units, deterministic ids and bytes.
/// This year is the accent red, last year a grey with an outline (it prints lighter and
/// stays apart without colour); a value missing from a series (a month not reached yet)
/// draws no column and is left out of the description, rather than drawn as 0.
enum PairedColumnChart {
    struct Series: Sendable {
        var name: String       // e.g. "2026年"
        var values: [Double?]  // one per label; nil: no value
    }

    static func svg(title: String, summary: String, labels: [String], current: Series, previous: Series, unit: String, style: ThemeText.ChartStyle) -> String {
        let width = 640.0, plotTop = 56.0, plotHeight = 260.0
        let scale = ChartScale(covering: (current.values + previous.values).compactMap { $0 })
        let tickWidth = scale.ticks.map { ChartText.width(ChartText.number($0), fontSize: 18) }.max() ?? 0
        let plotX = 8 + tickWidth + 10, plotRight = width - 8, plotBottom = plotTop + plotHeight
        let slot = (plotRight - plotX) / Double(max(labels.count, 1))
        let column = min(slot * 0.36, 28)
        let labelFont = [20.0, 18, 16, 14].first { size in labels.allSatisfy { ChartText.width($0, fontSize: size) <= slot - 4 } } ?? 14
        let id = "tx-chart-p-" + ChartText.hex(ChartText.fnv1a(([title, summary, unit, current.name, previous.name] + labels
            + (current.values + previous.values).map { $0.map { $0.description } ?? "-" }).joined(separator: "\u{0}")))
        func y(_ value: Double) -> Double { plotBottom - scale.fraction(value) * plotHeight }
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tx-chart tx-chart-paired\" viewBox=\"0 0 640 \(ChartText.coordinate(plotBottom + 42))\" width=\"100%\" preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif\">",
            "<title id=\"\(id)-title\">\(XMLText.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(XMLText.escape(description(summary: summary, labels: labels, current: current, previous: previous, unit: unit)))</desc>",
        ]
        // Legend: unit, then a swatch per series.
        var x = 8.0
        lines.append("<g class=\"tx-chart-legend\"><text x=\"8\" y=\"28\" font-size=\"20\" fill=\"\(style.ink)\">\(XMLText.escape(style.words.unit(unit)))</text>")
        x += ChartText.width(style.words.unit(unit), fontSize: 20) + 28
        for (series, kind) in [(current, Style.current), (previous, Style.previous)] {
            lines.append("<rect x=\"\(ChartText.coordinate(x))\" y=\"12\" width=\"22\" height=\"20\" \(kind.fill(style))/>")
            lines.append("<text x=\"\(ChartText.coordinate(x + 30))\" y=\"28\" font-size=\"20\" fill=\"\(style.ink)\">\(XMLText.escape(series.name))</text>")
            x += 30 + ChartText.width(series.name, fontSize: 20) + 28
        }
        lines.append("</g>")
        lines.append("<g class=\"tx-chart-grid\">")
        for tick in scale.ticks {
            if tick > 0 { lines.append("<line x1=\"\(ChartText.coordinate(plotX))\" y1=\"\(ChartText.coordinate(y(tick)))\" x2=\"\(ChartText.coordinate(plotRight))\" y2=\"\(ChartText.coordinate(y(tick)))\" stroke=\"\(style.grid)\" stroke-width=\"1\"/>") }
            lines.append("<text x=\"\(ChartText.coordinate(plotX - 8))\" y=\"\(ChartText.coordinate(y(tick) + 6))\" font-size=\"18\" text-anchor=\"end\" fill=\"\(style.muted)\">\(ChartText.number(tick))</text>")
        }
        lines.append("</g>")
        for (index, label) in labels.enumerated() {
            let center = plotX + slot * (Double(index) + 0.5)
            lines.append("<g class=\"tx-chart-item\">")
            for (series, kind, offset) in [(previous, Style.previous, -column), (current, Style.current, 0.0)] {
                guard index < series.values.count, let value = series.values[index] else { continue }
                let top = y(value)
                lines.append("<rect class=\"tx-chart-bar\" x=\"\(ChartText.coordinate(center + offset))\" y=\"\(ChartText.coordinate(top))\" width=\"\(ChartText.coordinate(column))\" height=\"\(ChartText.coordinate(plotBottom - top))\" \(kind.fill(style))/>")
            }
            lines.append("<text class=\"tx-chart-label\" x=\"\(ChartText.coordinate(center))\" y=\"\(ChartText.coordinate(plotBottom + 28))\" font-size=\"\(ChartText.coordinate(labelFont))\" text-anchor=\"middle\" fill=\"\(style.ink)\">\(XMLText.escape(label))</text>")
            lines.append("</g>")
        }
        lines.append("<line class=\"tx-chart-axis\" x1=\"\(ChartText.coordinate(plotX))\" y1=\"\(ChartText.coordinate(plotBottom))\" x2=\"\(ChartText.coordinate(plotRight))\" y2=\"\(ChartText.coordinate(plotBottom))\" stroke=\"\(style.ink)\" stroke-width=\"2\"/>")
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    private enum Style {
        case current, previous
        func fill(_ style: ThemeText.ChartStyle) -> String {
            switch self {
            case .current: "fill=\"\(style.accent)\""
            case .previous: "fill=\"\(style.previous)\" stroke=\"\(style.muted)\" stroke-width=\"1.5\""
            }
        }
    }

    /// The summary, then each label with both values: "1月 本年 7 次，上年 5 次".
    private static func description(summary: String, labels: [String], current: Series, previous: Series, unit: String) -> String {
        let items = labels.indices.map { index -> String in
            let parts = [current, previous].compactMap { series -> String? in
                guard index < series.values.count, let value = series.values[index] else { return nil }
                return series.name + " " + ChartText.number(value) + " " + unit
            }
            return labels[index] + " " + parts.joined(separator: "，")
        }
        return summary + items.joined(separator: "；") + "。"
    }
}
