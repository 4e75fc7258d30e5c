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
            case .paragraph(let paragraph) where paragraph.above == nil && paragraph.below == nil && paragraph.halfPoints == nil:
                out += self.paragraph(paragraph.style, paragraph.text)
            case .paragraph(let paragraph):
                out += self.paragraph(paragraph.style, paragraph.text, extra: borders(above: paragraph.above, below: paragraph.below),
                                      run: paragraph.halfPoints.map { #"<w:sz w:val="\#($0)"/><w:szCs w:val="\#($0)"/>"# } ?? "")
            case .table(let table): out += self.table(table, width: page.textWidth)
            case .foot(let foot): out += self.foot(foot, width: page.textWidth)
            }
        }
        switch document.blocks.last {
        // Word wants a paragraph between a table and the end of the section.
        case .table: out += "<w:p/>"
        // LibreOffice anchors a frame to the paragraph after it: one too small to take a
        // line of the page (off the line grid, 1 pt), or it would push the frame on.
        case .foot: out += #"<w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="20" w:lineRule="exact"/>\#(noIndent)<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>"#
        default: break
        }
        out += sectionProperties(page, landscape: document.orientation == .landscape)
        out += "</w:body></w:document>"
        return out
    }

    /// A paragraph of `style` (the document default, Normal, names none); a line feed is
    /// a line break.
    static func paragraph(_ style: WordParagraph.Style, _ text: String, extra: String = "", run: String = "") -> String {
        var out = ""
        ParagraphFrame(style, extra: extra, run: run).write(text, to: &out)
        return out
    }

    /// The markup around a paragraph's text, made once per style and table: a committee's
    /// report has thousands of cells, and building each one's markup anew was most of the
    /// time its Word file took.
    struct ParagraphFrame {
        let empty: String
        let open: String
        static let close = "</w:t></w:r></w:p>"
        static let lineBreak = #"</w:t><w:br/><w:t xml:space="preserve">"#
        /// A tab character is a tab only as `<w:tab/>`; in the text Word reads it as a space.
        static let tab = #"</w:t><w:tab/><w:t xml:space="preserve">"#

        init(_ style: WordParagraph.Style, extra: String = "", run: String = "") {
            let styleXML = style == .body ? "" : #"<w:pStyle w:val="\#(style.rawValue)"/>"#
            let properties = styleXML.isEmpty && extra.isEmpty ? "" : "<w:pPr>" + styleXML + extra + "</w:pPr>"
            let runProperties = run.isEmpty ? "" : "<w:rPr>" + run + "</w:rPr>"
            empty = "<w:p>" + properties + "</w:p>"
            open = "<w:p>" + properties + "<w:r>" + runProperties + #"<w:t xml:space="preserve">"#
        }

        func write(_ text: String, to out: inout String) {
            guard !text.isEmpty else { return out += empty }
            out += open
            out += Self.hasBreaks(text) ? Self.withBreaks(text) : XMLText.escape(text)
            out += Self.close
        }

        /// The same, into bytes (a record's 记录单, RecordWordFile).
        func write(_ text: String, to out: inout [UInt8]) {
            guard !text.isEmpty else { return out.append(contentsOf: empty.utf8) }
            out.append(contentsOf: open.utf8)
            if Self.hasBreaks(text) { out.append(contentsOf: Self.withBreaks(text).utf8) } else { XMLText.escape(text, into: &out) }
            out.append(contentsOf: Self.close.utf8)
        }

        private static func hasBreaks(_ text: String) -> Bool {
            text.utf8.contains { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }
        }

        private static func withBreaks(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: "\t", omittingEmptySubsequences: false).map { XMLText.escape(String($0)) }.joined(separator: tab)
            }.joined(separator: lineBreak)
        }
    }

    private static let noIndent = #"<w:ind w:left="0" w:firstLine="0"/>"#

    /// The foot's paragraphs as one frame the width of the 版心 whose foot is the bottom
    /// margin (`vAnchor="margin" yAlign="bottom"`), the text flowing round it
    /// (`wrap="around"`), on the page where it falls. Word and LibreOffice join paragraphs
    /// with the same frame into one frame; LibreOffice keeps them one only while their
    /// borders are the same too, so the thick rules above and below are every paragraph's
    /// border (drawn round the whole frame) and a thin rule between groups is a paragraph of
    /// its own: a right tab at the 版心's edge with an underline leader, in small type.
    static func foot(_ foot: WordFoot, width: Int) -> String {
        let frame = #"<w:framePr w:w="\#(width)" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" w:xAlign="center" w:yAlign="bottom"/>"#
            + borders(above: .thick, below: .thick)
        let rule = #"<w:p><w:pPr>\#(frame)<w:tabs><w:tab w:val="right" w:leader="underscore" w:pos="\#(width)"/></w:tabs>"#
            + #"<w:snapToGrid w:val="0"/><w:spacing w:line="160" w:lineRule="exact"/>\#(noIndent)</w:pPr><w:r><w:rPr><w:sz w:val="12"/><w:szCs w:val="12"/></w:rPr><w:tab/></w:r></w:p>"#
        var out = ""
        for (index, group) in foot.groups.enumerated() {
            if index > 0 { out += rule }
            for line in group {
                ParagraphFrame(line.style, extra: frame, run: line.halfPoints.map { #"<w:sz w:val="\#($0)"/><w:szCs w:val="\#($0)"/>"# } ?? "")
                    .write(line.text, to: &out)
            }
        }
        return out
    }

    /// A paragraph's rules, as its border (pBdr comes right after the style in pPr).
    static func borders(above: WordRule?, below: WordRule?) -> String {
        guard above != nil || below != nil else { return "" }
        func side(_ name: String, _ rule: WordRule?) -> String {
            rule.map { #"<w:\#(name) w:val="single" w:sz="\#($0.eighths)" w:space="\#($0.space)" w:color="\#($0.color)"/>"# } ?? ""
        }
        return "<w:pBdr>" + side("top", above) + side("bottom", below) + "</w:pBdr>"
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
        var out = #"<w:tbl><w:tblPr><w:tblW w:w="\#(width)" w:type="dxa"/><w:jc w:val="center"/>"#
        out.reserveCapacity(1024 + 512 * table.rows.count)
        out += tableProperties
        for column in widths { out += #"<w:gridCol w:w="\#(column)"/>"# }
        out += "</w:tblGrid>"
        let parts = RowParts(table, widths: widths)
        if !table.head.isEmpty {
            row(table.head.map { WordTable.Cell($0, isLabel: true) }, widths: widths, parts: parts, table: table, isHead: true, into: &out)
        }
        for cells in table.rows { row(cells, widths: widths, parts: parts, table: table, isHead: false, into: &out) }
        return out + "</w:tbl>"
    }

    /// A table's thin rules, fixed layout and cell margins, then the start of its grid:
    /// the same for every table (a record's 记录单 may hold one in its 联系内容).
    private static let tableProperties: String = {
        let border = #"w:val="single" w:sz="4" w:space="0" w:color="000000""#
        var out = "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { out += "<w:\(side) \(border)/>" }
        return out + #"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="\#(cellMargin)" w:type="dxa"/><w:right w:w="\#(cellMargin)" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>"#
    }()

    /// Space inside a cell on the left and on the right (1.5 mm).
    static let cellMargin = 85

    /// The parts of a table's rows that are the same in every row, made once per table.
    private struct RowParts {
        let label: ParagraphFrame
        let cell: ParagraphFrame
        /// The cell properties of each column, for a cell of one column.
        let properties: [(head: String, label: String, plain: String)]

        init(_ table: WordTable, widths: [Int]) {
            let size = table.fontHalfPoints.map { #"<w:sz w:val="\#($0)"/><w:szCs w:val="\#($0)"/>"# } ?? ""
            let spacing = table.fontHalfPoints.map(WordStyles.cellSpacing) ?? ""
            label = ParagraphFrame(.cellHead, extra: spacing, run: size)
            cell = ParagraphFrame(.cell, extra: spacing, run: size)
            properties = widths.map { width in
                (Self.properties(width: width, span: 1, label: true, noWrap: false),
                 Self.properties(width: width, span: 1, label: true, noWrap: table.noWrap),
                 Self.properties(width: width, span: 1, label: false, noWrap: table.noWrap))
            }
        }

        /// A fixed layout takes the widths from the grid; the head's labels may wrap (they
        /// are longer than the names below them), so the head is never `noWrap`.
        static func properties(width: Int, span: Int, label: Bool, noWrap: Bool) -> String {
            var out = #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>"#
            if span > 1 { out += #"<w:gridSpan w:val="\#(span)"/>"# }
            if noWrap { out += "<w:noWrap/>" }
            if label { out += #"<w:vAlign w:val="center"/>"# }
            return out + "</w:tcPr>"
        }
    }

    private static func row(_ cells: [WordTable.Cell], widths: [Int], parts: RowParts, table: WordTable, isHead: Bool, into out: inout String) {
        // The head repeats on every page; a row of the 附件1 table is never split across pages.
        let rowProperties = (isHead ? "<w:tblHeader/>" : "") + (table.noWrap || isHead ? "<w:cantSplit/>" : "")
        out += rowProperties.isEmpty ? "<w:tr>" : "<w:tr><w:trPr>" + rowProperties + "</w:trPr>"
        var column = 0
        for cell in cells where column < widths.count {
            let span = max(1, min(cell.span, widths.count - column))
            if span > 1 {
                out += RowParts.properties(width: widths[column ..< column + span].reduce(0, +), span: span, label: cell.isLabel, noWrap: table.noWrap && !isHead)
            } else {
                let properties = parts.properties[column]
                out += isHead ? properties.head : cell.isLabel ? properties.label : properties.plain
            }
            let frame = cell.isLabel ? parts.label : parts.cell
            for line in cell.lines { frame.write(line, to: &out) }
            if !cell.prose.isEmpty {
                prose(cell.prose, width: widths[column ..< column + span].reduce(0, +) - 2 * cellMargin, frame: frame, into: &out)
            }
            column += span
            out += "</w:tc>"
        }
        out += "</w:tr>"
    }

    /// Blocks inside a cell: each paragraph in the cell's type, a table as a table in the
    /// cell; a cell ends with a paragraph, so one follows a table that comes last.
    private static func prose(_ blocks: [WordBlock], width: Int, frame: ParagraphFrame, into out: inout String) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): frame.write(paragraph.text, to: &out)
            case .table(let table): out += self.table(table, width: width)
            case .foot(let foot): for group in foot.groups { for line in group { frame.write(line.text, to: &out) } }
            }
        }
        if case .table = blocks.last { out += "<w:p/>" }
    }

    /// The same, into bytes (a record's 记录单, RecordWordFile).
    static func prose(_ blocks: [WordBlock], width: Int, frame: ParagraphFrame, into out: inout [UInt8]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): frame.write(paragraph.text, to: &out)
            case .table(let table): out.append(contentsOf: self.table(table, width: width).utf8)
            case .foot(let foot): for group in foot.groups { for line in group { frame.write(line.text, to: &out) } }
            }
        }
        if case .table = blocks.last { out.append(contentsOf: "<w:p/>".utf8) }
    }

    private static func sectionProperties(_ page: WordPage, landscape: Bool) -> String {
        #"<w:sectPr><w:footerReference w:type="default" r:id="\#(WordPackage.oddFooterID)"/><w:footerReference w:type="even" r:id="\#(WordPackage.evenFooterID)"/>"#
            + #"<w:pgSz w:w="\#(page.width)" w:h="\#(page.height)"\#(landscape ? #" w:orient="landscape""# : "")/>"#
            + #"<w:pgMar w:top="\#(page.top)" w:right="\#(page.right)" w:bottom="\#(page.bottom)" w:left="\#(page.left)" w:header="851" w:footer="\#(page.footer)" w:gutter="0"/>"#
            + #"<w:docGrid w:type="lines" w:linePitch="\#(WordPage.lineTwips)"/></w:sectPr>"#
    }
}
