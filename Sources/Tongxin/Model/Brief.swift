/// A 简报 (briefing) as the office prints it: a 红头 with the briefing's name and its
/// 期号, the issuing unit and date over a red rule, the text, the case stories it carries,
/// and at the foot the 报送/抄送 lines (GB/T 9704's 版记).
public struct Brief: Sendable {
    public var slug: String
    public var file: String
    /// 期号: numbered from 1 each year (the year of `date`).
    public var issue: Located<Int>
    /// 总期号, when the office also counts across years.
    public var total: Int?
    public var date: Located<Day>
    public var title: Located<String>
    /// The red name at the top (刊名); the organisation's name and 简报 when absent.
    public var masthead: String?
    /// 编印单位: who edits and prints it; the organisation when absent.
    public var issuer: String?
    /// 报送 (报) and 抄送 (送): the units it is sent to.
    public var to: [String]
    public var cc: [String]
    /// 印数 (共印 N 份).
    public var copies: Int?
    /// The case stories it carries, by their file name (slug), after the text.
    public var cases: [Located<String>]
    /// What the file says (public by default, like cases); `internal` as well when one
    /// of its cases is internal (ContentLoader).
    public var audience: Audience
    public var body: MarkdownSource
}
