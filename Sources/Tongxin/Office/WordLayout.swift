/// Column widths worked out from the text, for a table whose lines must not wrap (the
/// 附件1 table: "民建: 陈　琳" broken after 陈 reads as two people).
enum WordLayout {
    /// Font sizes tried, largest first, in half-points: 四号, 小四, 五号, 小五.
    static let sizes = [28, 24, 21, 18]

    /// The largest size at which every column's longest line fits the page, and widths
    /// (twips, summing to `width`) that give each column at least its longest line, the
    /// space left shared out equally. When not even 小五 fits, the smallest size and
    /// widths in proportion to the lines: the table still spans the page, and Word
    /// wraps what does not fit.
    static func fit(columns: [[String]], width: Int) -> (widths: [Int], halfPoints: Int) {
        for size in sizes {
            let needed = columns.map { needs($0, halfPoints: size) }
            let total = needed.reduce(0, +)
            if total <= width, !needed.isEmpty {
                let extra = (width - total) / needed.count
                return (needed.map { $0 + extra }, size)
            }
        }
        let smallest = sizes[sizes.count - 1]
        return (WordBody.columnWidths(columns.map { needs($0, halfPoints: smallest) }, width: width), smallest)
    }

    /// The width a column needs for its longest line, with the cell's margins and a
    /// quarter of a character to spare (a font's advance widths differ a little).
    static func needs(_ lines: [String], halfPoints: Int) -> Int {
        let ems = lines.map(ems).max() ?? 0
        return Int((ems + 0.25) * Double(halfPoints * 10)) + 2 * WordBody.cellMargin
    }

    /// A line's width in ems: CJK and full-width characters take one; Latin letters,
    /// digits and ASCII punctuation at most 0.6 (Times New Roman's widest capitals are
    /// 0.72, its digits 0.5; names and labels are mostly CJK).
    static func ems(_ line: String) -> Double {
        line.unicodeScalars.reduce(0) { sum, scalar in sum + (scalar.value < 0x2E80 ? 0.6 : 1) }
    }
}
