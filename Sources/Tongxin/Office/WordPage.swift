/// The page of GB/T 9704-2012: A4 (210 × 297 mm), 天头 37 mm, bottom 35 mm, 订口 (left)
/// 28 mm, right 26 mm: a 版心 of 156 × 225 mm that holds the standard's 22 lines of 28
/// characters of 三号 (16 pt): 28 characters of 16 pt fill the 156 mm, and 225 mm over 22
/// lines is the exact line spacing of 28.95 pt used here. A landscape page turns the
/// same sheet: its margins go round with it (the binding edge is then at the top).
/// Lengths in twentieths of a point (twips), as Word counts them.
struct WordPage: Sendable {
    let width: Int
    let height: Int
    let top: Int
    let bottom: Int
    let left: Int
    let right: Int

    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

    static let portrait = WordPage(width: 11906, height: 16838, top: twips(millimetres: 37), bottom: twips(millimetres: 35),
                                   left: twips(millimetres: 28), right: twips(millimetres: 26))
    static let landscape = WordPage(width: 16838, height: 11906, top: twips(millimetres: 28), bottom: twips(millimetres: 26),
                                    left: twips(millimetres: 37), right: twips(millimetres: 35))

    static func of(_ orientation: WordDocument.Orientation) -> WordPage {
        orientation == .portrait ? portrait : landscape
    }

    /// The width between the margins: what a table spans.
    var textWidth: Int { width - left - right }

    /// Exact line spacing of the body, 28.95 pt (GB/T 9704's 22 lines to the 版心 at 三号).
    static let lineTwips = 579
    /// The page number sits 7 mm below the 版心: the footer's distance from the edge.
    var footer: Int { bottom - Self.twips(millimetres: 7) - 280 }
}
