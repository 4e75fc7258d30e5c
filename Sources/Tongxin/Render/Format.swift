/// Number formats for pages. Analysis hands over plain numbers; this is where they
/// become text.
enum Format {
    /// 0.956 → "96%". Rounded half up, independent of locale.
    static func percent(_ ratio: Double) -> String {
        guard ratio.isFinite else { return "—" }
        return "\(Int((ratio * 100).rounded()))%"
    }

    static func fraction(_ part: Int, _ whole: Int) -> String { "\(part)/\(whole)" }
}
