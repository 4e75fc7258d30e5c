/// Shares over the years as lines (the term page), inline SVG made at build time in the
/// style of BarChart: 640 units wide, text at least 14 units, deterministic ids. Each
/// series has its own dash so the lines stay apart on paper; a year without a value
/// breaks its line. Values are 0…1 and drawn on a 0–100% axis.
enum LineChart {
    struct Series: Sendable {
        var name: String
        var values: [Double?]
    }

    /// Each series' dash, so the lines stay apart on paper; the style are the theme's
    /// (theme.json's chart.series).
    private static let dashes = ["", " stroke-dasharray=\"10 6\"", " stroke-dasharray=\"3 5\""]

    private static func lineStyle(_ number: Int, _ style: ThemeText.ChartStyle) -> (String, String) {
        (style.series[number % style.series.count], dashes[number % dashes.count])
    }

    static func percentages(title: String, summary: String, labels: [String], series: [Series], style: ThemeText.ChartStyle) -> String {
        let plotX = 64.0, plotRight = 624.0, plotTop = 56.0, plotHeight = 240.0, plotBottom = plotTop + plotHeight
        let slot = (plotRight - plotX) / Double(max(labels.count, 1))
        func x(_ index: Int) -> Double { plotX + slot * (Double(index) + 0.5) }
        func y(_ value: Double) -> Double { plotBottom - min(max(value, 0), 1) * plotHeight }
        let key = ([title, summary] + labels + series.flatMap { [$0.name] + $0.values.map { $0.map(\.description) ?? "-" } }).joined(separator: "\u{0}")
        let id = "tx-chart-l-" + ChartText.hex(ChartText.fnv1a(key))
        let desc = summary + labels.indices.map { index in
            labels[index] + " " + series.map { $0.name + " " + (index < $0.values.count ? $0.values[index].map { Format.percent($0) } ?? style.words.noValue : style.words.noValue) }.joined(separator: "，")
        }.joined(separator: "；") + "。"
        var lines = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tx-chart tx-chart-line\" viewBox=\"0 0 640 \(ChartText.coordinate(plotBottom + 42))\" width=\"100%\" preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif\">",
            "<title id=\"\(id)-title\">\(XMLText.escape(title))</title>",
            "<desc id=\"\(id)-desc\">\(XMLText.escape(desc))</desc>",
        ]
        lines += legend(series, style)
        lines.append("<g class=\"tx-chart-grid\">")
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            if tick > 0 { lines.append(line(plotX, y(tick), plotRight, y(tick), stroke: style.grid, width: 1)) }
            lines.append("<text x=\"\(ChartText.coordinate(plotX - 8))\" y=\"\(ChartText.coordinate(y(tick) + 6))\" font-size=\"18\" text-anchor=\"end\" fill=\"\(style.muted)\">\(Int(tick * 100))%</text>")
        }
        lines.append("</g>")
        for (index, label) in labels.enumerated() {
            lines.append("<text class=\"tx-chart-label\" x=\"\(ChartText.coordinate(x(index)))\" y=\"\(ChartText.coordinate(plotBottom + 28))\" font-size=\"18\" text-anchor=\"middle\" fill=\"\(style.ink)\">\(XMLText.escape(label))</text>")
        }
        for (number, series) in series.enumerated() {
            let (color, dash) = Self.lineStyle(number, style)
            // Runs of consecutive years with values; a gap ends a run.
            var run: [(Double, Double)] = []
            func flush() {
                if run.count > 1 {
                    let points = run.map { "\(ChartText.coordinate($0.0)),\(ChartText.coordinate($0.1))" }.joined(separator: " ")
                    lines.append("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"3\"\(dash)/>")
                }
                run = []
            }
            for index in labels.indices {
                guard index < series.values.count, let value = series.values[index] else { flush(); continue }
                run.append((x(index), y(value)))
                lines.append("<circle cx=\"\(ChartText.coordinate(x(index)))\" cy=\"\(ChartText.coordinate(y(value)))\" r=\"5\" fill=\"\(color)\"/>")
            }
            flush()
        }
        lines.append(line(plotX, plotBottom, plotRight, plotBottom, stroke: style.ink, width: 2))
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    private static func legend(_ series: [Series], _ style: ThemeText.ChartStyle) -> [String] {
        var lines = ["<g class=\"tx-chart-legend\">"], x = 8.0
        for (number, item) in series.enumerated() {
            let (color, dash) = Self.lineStyle(number, style)
            lines.append("<line x1=\"\(ChartText.coordinate(x))\" y1=\"22\" x2=\"\(ChartText.coordinate(x + 32))\" y2=\"22\" stroke=\"\(color)\" stroke-width=\"3\"\(dash)/>")
            lines.append("<text x=\"\(ChartText.coordinate(x + 40))\" y=\"28\" font-size=\"20\" fill=\"\(style.ink)\">\(XMLText.escape(item.name))</text>")
            x += 40 + ChartText.width(item.name, fontSize: 20) + 28
        }
        return lines + ["</g>"]
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double) -> String {
        "<line x1=\"\(ChartText.coordinate(x1))\" y1=\"\(ChartText.coordinate(y1))\" x2=\"\(ChartText.coordinate(x2))\" y2=\"\(ChartText.coordinate(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(ChartText.coordinate(width))\"/>"
    }
}
