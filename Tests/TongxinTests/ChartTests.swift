import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Tongxin

/// One element of a parsed SVG: its name, attributes and own text.
private struct ParsedElement {
    let name: String
    let attributes: [String: String]
    var text: String
    /// The text without the line breaks between the chart's elements.
    var flat: String { text.filter { $0 != "\n" } }
}

/// Parses `svg` with XMLParser; nil when it is not well-formed XML.
private final class SVGReader: NSObject, XMLParserDelegate {
    private(set) var elements: [ParsedElement] = []
    private var open: [Int] = []

    static func parse(_ svg: String) -> [ParsedElement]? {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        return parser.parse() ? reader.elements : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(ParsedElement(name: name, attributes: attributes, text: ""))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }
}

private func parsed(_ svg: String) throws -> [ParsedElement] {
    try #require(SVGReader.parse(svg), "not well-formed XML:\n\(svg)")
}

private func element(_ name: String, in elements: [ParsedElement]) -> ParsedElement? {
    elements.first { $0.name == name }
}

private let committees = [
    ChartBar(label: "提案委", value: 12),
    ChartBar(label: "经济委", value: 8),
    ChartBar(label: "文史委", value: 2.5),
]

private func both(title: String = "图", summary: String = "说明", bars: [ChartBar], unit: String = "次") -> [String] {
    [
        BarChart.horizontal(title: title, summary: summary, bars: bars, unit: unit, style: TestSite.chartStyle),
        BarChart.columns(title: title, summary: summary, bars: bars, unit: unit, style: TestSite.chartStyle),
    ]
}

@Suite(.language(.en)) struct ChartTests {
    @Test func labelsTitleSummaryAndHrefAreEscaped() throws {
        let nasty = "<script>&\"'"
        let bars = [ChartBar(label: nasty, value: 3, href: "a.html?x=1&y=\"2\"><script>")]
        for svg in both(title: "标题 <b>&", summary: "说明 \"'<", bars: bars) {
            #expect(!svg.contains("<script>"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;&amp;&quot;&apos;"))
            let elements = try parsed(svg)
            #expect(element("title", in: elements)?.text == "标题 <b>&")
            #expect(element("desc", in: elements)?.text.contains(nasty + " 3 次") == true)
            #expect(element("a", in: elements)?.attributes["href"] == "a.html?x=1&y=\"2\"><script>")
            #expect(elements.contains { $0.attributes["class"] == "tx-chart-label" && $0.text == nasty })
        }
    }

    @Test func characterssForbiddenInXMLStillGiveWellFormedOutput() throws {
        for svg in both(title: "a\u{1}b", summary: "\u{0}", bars: [ChartBar(label: "x\u{8}\u{FFFF}", value: 1)]) {
            _ = try parsed(svg)
        }
    }

    @Test func descListsEveryLabelAndValue() throws {
        for svg in both(summary: "各专委会联系委员次数", bars: committees) {
            let desc = try #require(element("desc", in: try parsed(svg))).text
            #expect(desc == "各专委会联系委员次数。提案委 12 次；经济委 8 次；文史委 2.5 次。")
        }
        let withTarget = [ChartBar(label: "张三", value: 1, target: 2), ChartBar(label: "李四", value: 3, target: 2)]
        let svg = BarChart.horizontal(title: "t", summary: "联系情况：", bars: withTarget, unit: "次", style: TestSite.chartStyle)
        let desc = try #require(element("desc", in: try parsed(svg))).text
        #expect(desc == "联系情况：张三 1 次（要求 2 次，未达标）；李四 3 次（要求 2 次）。")
    }

    /// An `img` may not hold links: axe reports nested-interactive and screen readers skip them.
    @Test func aChartWithLinkedBarsIsAGroup() throws {
        let linked = [ChartBar(label: "提案委", value: 3, href: "units/proposal/")]
        for svg in [BarChart.horizontal(title: "t", summary: "s", bars: linked, unit: "次", style: TestSite.chartStyle), BarChart.columns(title: "t", summary: "s", bars: linked, unit: "次", style: TestSite.chartStyle)] {
            #expect(try parsed(svg).first?.attributes["role"] == "group")
        }
    }

    @Test func titleAndDescAreNamedByAriaLabelledby() throws {
        for svg in both(bars: committees) + both(bars: []) {
            let elements = try parsed(svg)
            let root = try #require(elements.first)
            #expect(root.name == "svg")
            #expect(root.attributes["role"] == "img")
            let ids = try #require(root.attributes["aria-labelledby"]).split(separator: " ").map(String.init)
            #expect(ids.count == 2)
            #expect(elements.first { $0.attributes["id"] == ids[0] }?.name == "title")
            #expect(elements.first { $0.attributes["id"] == ids[1] }?.name == "desc")
            #expect(!svg.hasPrefix("<?xml"))
        }
    }

    @Test func idsAreStableAndDifferBetweenCharts() throws {
        #expect(ChartText.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(ChartText.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(ChartText.hex(0xab) == "00000000000000ab")
        let first = try parsed(BarChart.horizontal(title: "委员联系", summary: "", bars: committees, unit: "次", style: TestSite.chartStyle))
        let second = try parsed(BarChart.horizontal(title: "月度联系", summary: "", bars: committees, unit: "次", style: TestSite.chartStyle))
        let id1 = try #require(element("title", in: first)?.attributes["id"])
        let id2 = try #require(element("title", in: second)?.attributes["id"])
        #expect(id1 != id2)
        #expect(id1.hasPrefix("tx-chart-h-"))
        let chosen = BarChart.columns(title: "t", summary: "", bars: committees, unit: "", id: "月 1", style: TestSite.chartStyle)
        #expect(element("title", in: try parsed(chosen))?.attributes["id"] == "tx-chart-__1-title")
    }

    @Test func scaleMaximaAreNice() {
        // Rule: smallest 1, 2 or 5 × 10ⁿ covering values and targets; at least 5 for whole numbers, 0.5 otherwise.
        #expect(ChartScale(covering: [3, 7]).max == 10)
        #expect(ChartScale(covering: [3, 7]).ticks == [0, 2, 4, 6, 8, 10])
        #expect(ChartScale(covering: [120]).max == 200)
        #expect(ChartScale(covering: [120]).ticks == [0, 50, 100, 150, 200])
        #expect(ChartScale(covering: [10]).max == 10)
        #expect(ChartScale(covering: [11]).max == 20)
        #expect(ChartScale(covering: [45, 50]).max == 50)
        #expect(ChartScale(covering: [51]).max == 100)
        #expect(ChartScale(covering: [0, 0]).max == 5)
        #expect(ChartScale(covering: [0, 0]).ticks == [0, 1, 2, 3, 4, 5])
        #expect(ChartScale(covering: [1]).max == 5)
        #expect(ChartScale(covering: []).max == 5)
        #expect(ChartScale(covering: [0.3]).max == 0.5)
        #expect(ChartScale(covering: [2.5]).max == 5)
        #expect(ChartScale(covering: [12, 15]).max == 20)
        #expect(ChartScale(covering: [.nan, .infinity, -4]).max == 5)
        for numbers in [[3.0, 7], [120], [0, 0], [0.3], [7_000_000], [1e300]] {
            let scale = ChartScale(covering: numbers)
            #expect((4...5).contains(scale.ticks.count - 1))
            #expect(scale.ticks.allSatisfy { $0.isFinite })
        }
    }

    @Test func targetsCountTowardsTheScale() throws {
        let svg = BarChart.horizontal(title: "t", summary: "", bars: [ChartBar(label: "a", value: 3, target: 12)], unit: "次", style: TestSite.chartStyle)
        let grid = try parsed(svg).filter { $0.attributes["class"] == "tx-chart-grid" }
        #expect(grid.first?.flat.hasSuffix("20") == true)
    }

    @Test func gridLinesAreLabelled() throws {
        for svg in both(bars: [ChartBar(label: "a", value: 3), ChartBar(label: "b", value: 7)]) {
            let grid = try #require(try parsed(svg).first { $0.attributes["class"] == "tx-chart-grid" })
            #expect(grid.flat == "0246810")
        }
    }

    @Test func numbersAreFormattedWithoutLocale() {
        #expect(ChartText.number(12) == "12")
        #expect(ChartText.number(0) == "0")
        #expect(ChartText.number(-0.0) == "0")
        #expect(ChartText.number(2.5) == "2.5")
        #expect(ChartText.number(1234.56) == "1234.6")
        #expect(ChartText.number(2.96) == "3.0")
        #expect(ChartText.number(-1.25) == "-1.3")
        #expect(ChartText.number(1_000_000) == "1000000")
        #expect(ChartText.number(.nan) == "0")
        #expect(ChartText.coordinate(12.04) == "12")
        #expect(ChartText.coordinate(12.36) == "12.4")
    }

    @Test func aBarBelowItsTargetIsHatchedAndMarked() throws {
        let bars = [ChartBar(label: "张三", value: 1, target: 2), ChartBar(label: "李四", value: 3, target: 2)]
        for svg in both(bars: bars) {
            let elements = try parsed(svg)
            let rects = elements.filter { $0.attributes["class"]?.hasPrefix("tx-chart-bar") == true }
            let below = rects.filter { $0.attributes["class"] == "tx-chart-bar tx-chart-below" }
            #expect(below.count == 2)  // the bar and the legend swatch
            let pattern = try #require(element("pattern", in: elements)?.attributes["id"])
            #expect(below.allSatisfy { $0.attributes["fill"] == "url(#\(pattern))" && $0.attributes["stroke"] != nil })
            #expect(rects.filter { $0.attributes["class"] == "tx-chart-bar" }.count == 1)
            let legend = elements.filter { $0.attributes["class"] == "tx-chart-legend" }.map(\.flat)
            #expect(legend == ["单位：次", "要求 2 次", "未达标"])
            let dashed = elements.filter { $0.name == "line" && $0.attributes["stroke-dasharray"] != nil }
            #expect(dashed.count == 3)  // one per bar, one in the legend
            #expect(dashed.allSatisfy { $0.attributes["stroke"] == "#000000" })
        }
        let values = try parsed(BarChart.horizontal(title: "t", summary: "", bars: bars, unit: "次", style: TestSite.chartStyle))
            .filter { $0.attributes["class"] == "tx-chart-value" }.map(\.text)
        #expect(values == ["1未达标", "3"])
    }

    @Test func withoutTargetsThereIsNoMarkerNorLegend() throws {
        for svg in both(bars: committees, unit: "") {
            #expect(!svg.contains("未达标"))
            #expect(!svg.contains("stroke-dasharray"))
            #expect(!svg.contains("<pattern"))
            #expect(!svg.contains("tx-chart-legend"))
        }
    }

    @Test func outputIsDeterministic() {
        let bars = committees + [ChartBar(label: "社法委", value: 4, target: 5, href: "committees/shefa.html")]
        #expect(BarChart.horizontal(title: "t", summary: "s", bars: bars, unit: "次", style: TestSite.chartStyle) == BarChart.horizontal(title: "t", summary: "s", bars: bars, unit: "次", style: TestSite.chartStyle))
        #expect(BarChart.columns(title: "t", summary: "s", bars: bars, unit: "次", style: TestSite.chartStyle) == BarChart.columns(title: "t", summary: "s", bars: bars, unit: "次", style: TestSite.chartStyle))
    }

    @Test func linksWrapTheBarAndLabel() throws {
        let bars = [ChartBar(label: "提案委", value: 12, href: "committees/tian.html"), ChartBar(label: "经济委", value: 8)]
        for svg in both(bars: bars) {
            #expect(svg.contains("<a href=\"committees/tian.html\""))
            let elements = try parsed(svg)
            let links = elements.filter { $0.name == "a" }
            #expect(links.count == 1)
            #expect(links.first?.text.contains("提案委") == true)
            #expect(links.first?.text.contains("12") == true)
            let index = try #require(elements.firstIndex { $0.name == "a" })
            #expect(elements[index + 1 ..< index + 3].contains { $0.name == "rect" })
        }
    }

    @Test func edgeCasesNeverPrintNaNOrInfinity() throws {
        let cases: [[ChartBar]] = [
            [],
            [ChartBar(label: "a", value: 0), ChartBar(label: "b", value: 0)],
            [ChartBar(label: "a", value: 0, target: 0)],
            [ChartBar(label: "a", value: .nan, target: .infinity), ChartBar(label: "b", value: -.infinity, target: .nan)],
            [ChartBar(label: "a", value: -3, target: -1)],
            [ChartBar(label: "a", value: 1e300), ChartBar(label: "b", value: .greatestFiniteMagnitude)],
            [ChartBar(label: "a", value: 0.04, target: 0.05)],
            (1...40).map { ChartBar(label: "\($0)日", value: Double($0 % 7)) },
        ]
        for bars in cases {
            for svg in both(bars: bars) {
                let lower = svg.lowercased()
                #expect(!lower.contains("nan"))
                #expect(!lower.contains("inf"))
                _ = try parsed(svg)
            }
        }
    }

    @Test func emptyDataSaysSo() throws {
        for svg in both(summary: "本年联系", bars: []) {
            let elements = try parsed(svg)
            #expect(elements.contains { $0.name == "text" && $0.text == "暂无数据" })
            #expect(element("desc", in: elements)?.text == "本年联系。暂无数据。")
            #expect(elements.first?.attributes["viewBox"] == "0 0 640 72")
        }
    }

    @Test func chartsScaleWithTheirContainerAndKeepTextLarge() throws {
        let months = (1...12).map { ChartBar(label: "\($0)月", value: Double($0 * 3 % 11)) }
        let charts = both(bars: committees) + both(bars: months) + both(bars: (1...31).map { ChartBar(label: "\($0)日", value: 1) })
        for svg in charts {
            let elements = try parsed(svg)
            let root = try #require(elements.first)
            #expect(root.attributes["width"] == "100%")
            #expect(root.attributes["height"] == nil)
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 640 ") == true)
            #expect(root.attributes["class"]?.hasPrefix("tx-chart ") == true)
            let sizes = elements.compactMap { $0.attributes["font-size"] }.compactMap(Double.init)
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 14 })
            #expect(!svg.contains("transform=\"rotate"))
            #expect(!svg.contains("<script") && !svg.contains("@font-face") && !svg.contains("<image"))
        }
    }

    @Test func horizontalRowsAreTallAndLabelsLarge() throws {
        let elements = try parsed(BarChart.horizontal(title: "t", summary: "", bars: committees, unit: "次", style: TestSite.chartStyle))
        let bars = elements.filter { $0.attributes["class"] == "tx-chart-bar" }
        let ys = bars.compactMap { $0.attributes["y"] }.compactMap(Double.init)
        #expect(ys.count == 3)
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $1 - $0 >= 28 })
        #expect(bars.compactMap { $0.attributes["height"] }.compactMap(Double.init).allSatisfy { $0 >= 28 })
        let labels = elements.filter { $0.attributes["class"] == "tx-chart-label" }
        #expect(labels.map(\.text) == ["提案委", "经济委", "文史委"])
        #expect(labels.allSatisfy { Double($0.attributes["font-size"] ?? "") ?? 0 >= 14 })
        let widths = bars.compactMap { $0.attributes["width"] }.compactMap(Double.init)
        #expect(widths[0] > widths[1] && widths[1] > widths[2])
    }

    @Test func manyColumnsShowOnlySomeLabelsButEveryValue() throws {
        let days = (1...31).map { ChartBar(label: "\($0)日", value: Double($0)) }
        let elements = try parsed(BarChart.columns(title: "t", summary: "", bars: days, unit: "次", style: TestSite.chartStyle))
        let labels = elements.filter { $0.attributes["class"] == "tx-chart-label" }
        #expect(labels.count < 31 && labels.count >= 8)
        #expect(labels.first?.text == "1日")
        #expect(elements.filter { $0.attributes["class"] == "tx-chart-value" }.count == 31)
        let months = (1...12).map { ChartBar(label: "\($0)月", value: 1) }
        let monthLabels = try parsed(BarChart.columns(title: "t", summary: "", bars: months, unit: "次", style: TestSite.chartStyle))
            .filter { $0.attributes["class"] == "tx-chart-label" }.map(\.text)
        #expect(monthLabels == months.map(\.label))
    }
}
