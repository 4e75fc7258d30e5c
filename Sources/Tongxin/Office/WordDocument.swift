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

    mutating func add(_ table: WordTable) {
        blocks.append(.table(table))
    }
}

enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
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
    }

    var style: Style
    var text: String
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

        init(lines: [String], span: Int = 1, isLabel: Bool = false) {
            self.lines = lines.isEmpty ? [""] : lines
            self.span = span
            self.isLabel = isLabel
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
