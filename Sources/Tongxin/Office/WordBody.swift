/// word/document.xml of a WordDocument: its paragraphs and tables, then the section
/// properties (page size, orientation, margins, footers).
enum WordBody {
    static func xml(_ document: WordDocument) -> String {
        let page = WordPage.of(document.orientation)
        var out = WordPackage.header
        out.reserveCapacity(4096)
        out += #"<w:document xmlns:w="\#(WordPackage.wordNamespace)" xmlns:r="\#(WordPackage.relationshipNamespace)"><w:body>"#
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): out += self.paragraph(paragraph.style, paragraph.text)
            case .table(let table): out += self.table(table, width: page.textWidth)
            }
        }
        // Word wants a paragraph between a table and the end of the section.
        if case .table = document.blocks.last { out += "<w:p/>" }
        out += sectionProperties(page, landscape: document.orientation == .landscape)
        out += "</w:body></w:document>"
        return out
    }

    /// A paragraph of `style` (the document default, Normal, names none); a line feed is
    /// a line break.
    static func paragraph(_ style: WordParagraph.Style, _ text: String, extra: String = "", run: String = "") -> String {
        let styleXML = style == .body ? "" : #"<w:pStyle w:val="\#(style.rawValue)"/>"#
        let properties = styleXML.isEmpty && extra.isEmpty ? "" : "<w:pPr>\(styleXML)\(extra)</w:pPr>"
        let runProperties = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let runs = text.isEmpty ? "" : "<w:r>\(runProperties)" + lines.map { #"<w:t xml:space="preserve">\#(XMLText.escape(String($0)))</w:t>"# }.joined(separator: "<w:br/>") + "</w:r>"
        return "<w:p>\(properties)\(runs)</w:p>"
    }

    /// Column widths: the relative widths scaled to `width`, the last taking what
    /// rounding left.
    static func columnWidths(_ relative: [Int], width: Int) -> [Int] {
        let total = max(relative.reduce(0, +), 1)
        var widths = relative.map { $0 * width / total }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        return widths
    }

    static func table(_ table: WordTable, width: Int) -> String {
        let widths = columnWidths(table.widths, width: width)
        let border = #"w:val="single" w:sz="4" w:space="0" w:color="000000""#
        var out = #"<w:tbl><w:tblPr><w:tblW w:w="\#(width)" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>"#
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { out += "<w:\(side) \(border)/>" }
        out += #"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="\#(cellMargin)" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
        for column in widths { out += #"<w:gridCol w:w="\#(column)"/>"# }
        out += "</w:tblGrid>"
        if !table.head.isEmpty {
            out += row(table.head.map { WordTable.Cell($0, isLabel: true) }, widths: widths, table: table, isHead: true)
        }
        for cells in table.rows { out += row(cells, widths: widths, table: table, isHead: false) }
        return out + "</w:tbl>"
    }

    /// Space inside a cell on the left and on the right (1.5 mm).
    static let cellMargin = 85

    private static func row(_ cells: [WordTable.Cell], widths: [Int], table: WordTable, isHead: Bool) -> String {
        // The head repeats on every page; a row of the 附件1 table is never split across pages.
        let rowProperties = (isHead ? "<w:tblHeader/>" : "") + (table.noWrap || isHead ? "<w:cantSplit/>" : "")
        var out = rowProperties.isEmpty ? "<w:tr>" : "<w:tr><w:trPr>\(rowProperties)</w:trPr>"
        var column = 0
        for cell in cells {
            let span = max(1, min(cell.span, widths.count - column))
            let cellWidth = widths[column..<min(column + span, widths.count)].reduce(0, +)
            column += span
            // A fixed layout takes the widths from the grid: a cell names only its span
            // (a committee's report has thousands of cells).
            out += #"<w:tc><w:tcPr><w:tcW w:w="\#(cellWidth)" w:type="dxa"/>"#
            if span > 1 { out += #"<w:gridSpan w:val="\#(span)"/>"# }
            // The head's labels may wrap: they are longer than the names below them.
            if table.noWrap && !isHead { out += "<w:noWrap/>" }
            if cell.isLabel { out += #"<w:vAlign w:val="center"/>"# }
            out += "</w:tcPr>"
            let style: WordParagraph.Style = cell.isLabel ? .cellHead : .cell
            let sizeXML = table.fontHalfPoints.map { #"<w:sz w:val="\#($0)"/><w:szCs w:val="\#($0)"/>"# } ?? ""
            let spacing = table.fontHalfPoints.map(WordStyles.cellSpacing) ?? ""
            for line in cell.lines { out += paragraph(style, line, extra: spacing, run: sizeXML) }
            out += "</w:tc>"
        }
        return out + "</w:tr>"
    }

    private static func sectionProperties(_ page: WordPage, landscape: Bool) -> String {
        #"<w:sectPr><w:footerReference w:type="default" r:id="\#(WordPackage.oddFooterID)"/><w:footerReference w:type="even" r:id="\#(WordPackage.evenFooterID)"/>"#
            + #"<w:pgSz w:w="\#(page.width)" w:h="\#(page.height)"\#(landscape ? #" w:orient="landscape""# : "")/>"#
            + #"<w:pgMar w:top="\#(page.top)" w:right="\#(page.right)" w:bottom="\#(page.bottom)" w:left="\#(page.left)" w:header="851" w:footer="\#(page.footer)" w:gutter="0"/>"#
            + #"<w:docGrid w:type="lines" w:linePitch="\#(WordPage.lineTwips)"/></w:sectPr>"#
    }
}
