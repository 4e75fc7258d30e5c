/// A Word document as Tongxin writes one: a title, headings, paragraphs and tables on A4
/// pages laid out after GB/T 9704 (党政机关公文格式). `WordPackage` turns it into a .docx.
struct WordDocument: Sendable {
    enum Orientation: Sendable { case portrait, landscape }

    /// The document's title in its properties (what Word shows in the title bar).
    var title: String
    var orientation: Orientation = .portrait
    var blocks: [WordBlock] = []

    init(title: String, orientation: Orientation = .portrait) {
        self.title = title
        self.orientation = orientation
    }

    mutating func add(_ style: WordParagraph.Style, _ text: String) {
        blocks.append(.paragraph(WordParagraph(style: style, text: text)))
    }

    mutating func add(_ paragraph: WordParagraph) {
        blocks.append(.paragraph(paragraph))
    }

    mutating func add(_ table: WordTable) {
        blocks.append(.table(table))
    }
}

enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
    case foot(WordFoot)
}

/// Lines set at the foot of the page they fall on rather than after the text before
/// them, between a thick rule above and one on the bottom edge of the 版心, with a thin
/// rule between groups: the 简报's 版记, whose last rule is the 版心's lower edge on the
/// last page (GB/T 9704-2012 7.4.1). Put last: the text flows round it, and a last page
/// without room for it leaves it to a page of its own.
struct WordFoot: Sendable {
    var groups: [[WordParagraph]]
}

/// One paragraph; a line feed in `text` is a line break inside it.
struct WordParagraph: Sendable {
    /// The styles of WordStyles (their ids in styles.xml).
    enum Style: String, Sendable {
        /// 小标宋 二号, centred: the document's title.
        case title = "DocTitle"
        /// 黑体 三号, a label above the title ("附件1").
        case label = "DocLabel"
        /// 黑体 三号: "一、…".
        case heading = "Heading1"
        /// 仿宋 三号, first line indented two characters.
        case body = "Normal"
        /// 仿宋 三号, right-aligned (a form's number, a signature line).
        case right = "DocRight"
        /// 仿宋 小四 in a table.
        case cell = "TableText"
        /// 黑体 小四, centred: a table's head.
        case cellHead = "TableHead"
        /// 小标宋 in red, centred: a 简报's name in its 红头 (the size is the paragraph's).
        case masthead = "BriefMasthead"
        /// 仿宋 三号, centred, not indented: "第3期".
        case centred = "DocCentre"
        /// 仿宋 三号, the 编印单位 on the left and the date against the right margin (a
        /// right tab stop at the 版心's edge).
        case dateLine = "BriefDateLine"
        /// 仿宋 四号 with a hanging indent: a line of the 版记 (报：… 送：…).
        case distribution = "BriefDistribution"
        /// 仿宋 四号: the 版记's last line, the 编印单位 on the left and 印发 date on the right.
        case printed = "BriefPrinted"
    }

    var style: Style
    var text: String
    /// A rule above or below the paragraph (the 红头's red line).
    var above: WordRule? = nil
    var below: WordRule? = nil
    /// The size in half-points when not the style's (a long 刊名 is set smaller).
    var halfPoints: Int? = nil
}

/// A line drawn as a paragraph border: its colour (RRGGBB) and thickness in eighths of a point.
struct WordRule: Sendable {
    var color: String
    var eighths: Int
    /// Points between the rule and the text.
    var space = 4

    /// GB/T 9704's 红色分隔线 under the 红头.
    static let red = WordRule(color: "FF0000", eighths: 18)
    /// The 版记's first and last rules, 0.35 mm: the last lies on the 版心's lower edge.
    static let thick = WordRule(color: "000000", eighths: 8, space: 1)
}

/// A table of fixed column widths (in twentieths of a point), drawn with thin rules.
struct WordTable: Sendable {
    struct Cell: Sendable {
        /// Each line is its own paragraph: a name in a list of names starts a line.
        var lines: [String]
        /// Columns the cell spans.
        var span = 1
        /// A label (the left-hand column of a form): set in the head style.
        var isLabel = false

        init(_ text: String, span: Int = 1, isLabel: Bool = false) {
            self.init(lines: [text], span: span, isLabel: isLabel)
        }

        /// Paragraphs and tables after the lines (a record's 联系内容 as its Markdown
        /// reads, WordProse), in the cell's type.
        var prose: [WordBlock] = []

        init(lines: [String], span: Int = 1, isLabel: Bool = false) {
            self.lines = lines.isEmpty ? [""] : lines
            self.span = span
            self.isLabel = isLabel
        }

        /// `lines`, then `prose`; a cell holds at least one paragraph.
        init(lines: [String], prose: [WordBlock], span: Int = 1) {
            self.lines = lines.isEmpty && prose.isEmpty ? [""] : lines
            self.prose = prose
            self.span = span
        }
    }

    /// Relative widths of the columns: scaled to the width between the margins.
    var widths: [Int]
    /// The head row, repeated at the top of every page the table runs onto.
    var head: [String] = []
    var rows: [[Cell]] = []
    /// Lines in a cell never wrap: each line must fit its column (the widths are worked
    /// out from the text, see `WordLayout`); the head's labels wrap. For the 附件1 table, where a name broken
    /// across two lines reads as two people.
    var noWrap = false
    /// The font size of the cells in half-points; nil for the style's (小四, 24).
    var fontHalfPoints: Int? = nil
}
