/// The styles, fonts and settings every Tongxin .docx shares.
///
/// Fonts: the names offices use for official documents (方正小标宋简体, 仿宋_GB2312, 黑体,
/// 宋体) with, in the font table, the font Word takes where one is absent (`altName`:
/// 宋体, 仿宋, SimHei, SimSun, present on every Chinese Windows) and the GB2312 character
/// set and family, from which LibreOffice and fontconfig choose a CJK serif or sans.
/// Digits and Latin letters are in Times New Roman.
enum WordStyles {
    static let title = "方正小标宋简体"
    static let body = "仿宋_GB2312"
    static let heading = "黑体"
    static let pageNumber = "宋体"
    static let latin = "Times New Roman"

    private static let fonts: [(name: String, alternative: String, family: String)] = [
        (title, "宋体", "roman"),
        (body, "仿宋", "modern"),
        (heading, "SimHei", "modern"),
        (pageNumber, "SimSun", "auto"),
    ]

    static let fontTable = ZipArchive.Entry("word/fontTable.xml", WordPackage.header
        + #"<w:fonts xmlns:w="\#(WordPackage.wordNamespace)">"#
        + fonts.map { font in
            #"<w:font w:name="\#(font.name)"><w:altName w:val="\#(font.alternative)"/><w:charset w:val="86"/><w:family w:val="\#(font.family)"/><w:pitch w:val="variable"/></w:font>"#
        }.joined()
        + #"<w:font w:name="\#(latin)"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>"#
        + "</w:fonts>")

    /// Elements in the order of the schema (Word refuses a file whose elements are out of
    /// order). Odd and even pages have their own footers (the page number changes sides).
    static let settings = ZipArchive.Entry("word/settings.xml", WordPackage.header
        + #"<w:settings xmlns:w="\#(WordPackage.wordNamespace)"><w:zoom w:percent="100"/>"#
        + #"<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="compressPunctuation"/>"#
        + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
        + "</w:settings>")

    static func fontsXML(_ eastAsia: String) -> String {
        #"<w:rFonts w:ascii="\#(latin)" w:hAnsi="\#(latin)" w:eastAsia="\#(eastAsia)" w:cs="\#(latin)" w:hint="eastAsia"/>"#
    }

    /// Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt.
    static let titleSize = 44, bodySize = 32, pageNumberSize = 28, cellSize = 24
    /// 简报: the 刊名 in 小初 (36 pt) when it fits the 版心, the 版记 in 四号 (14 pt) with
    /// its lines hanging after "报：" (two characters).
    static let mastheadSize = 72, distributionSize = 28, distributionHang = 560

    private static func paragraphStyle(_ id: String, name: String, paragraph: String, run: String) -> String {
        #"<w:style w:type="paragraph" w:styleId="\#(id)"><w:name w:val="\#(name)"/><w:basedOn w:val="Normal"/><w:qFormat/>"#
            + "<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    private static func size(_ halfPoints: Int) -> String {
        #"<w:sz w:val="\#(halfPoints)"/><w:szCs w:val="\#(halfPoints)"/>"#
    }

    /// The exact spacing of a cell's lines for a font size: one and a half lines.
    static func cellSpacing(_ halfPoints: Int) -> String {
        #"<w:spacing w:line="\#(halfPoints * 15)" w:lineRule="exact"/>"#
    }

    private static let noIndent = #"<w:ind w:firstLineChars="0" w:firstLine="0"/>"#

    static let styles = ZipArchive.Entry("word/styles.xml", WordPackage.header
        + #"<w:styles xmlns:w="\#(WordPackage.wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>"#
        + fontsXML(body) + #"<w:kern w:val="2"/>"# + size(bodySize) + #"<w:lang w:val="en-US" w:eastAsia="zh-CN"/>"#
        + #"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="\#(WordPage.lineTwips)" w:lineRule="exact"/>"#
        + #"<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>"#
        + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>"#
        + #"<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>"#
        + paragraphStyle("DocTitle", name: "Document Title",
                         paragraph: #"<w:spacing w:after="\#(WordPage.lineTwips)" w:line="700" w:lineRule="exact"/>"# + noIndent + #"<w:jc w:val="center"/>"#,
                         run: fontsXML(title) + size(titleSize))
        + paragraphStyle("DocLabel", name: "Attachment Label", paragraph: noIndent + #"<w:jc w:val="left"/>"#, run: fontsXML(heading))
        + paragraphStyle("Heading1", name: "heading 1", paragraph: #"<w:keepNext/><w:outlineLvl w:val="0"/>"#, run: fontsXML(heading))
        + paragraphStyle("DocRight", name: "Right Aligned", paragraph: noIndent + #"<w:jc w:val="right"/>"#, run: "")
        + paragraphStyle("TableText", name: "Table Text", paragraph: cellSpacing(cellSize) + noIndent + #"<w:jc w:val="left"/>"#, run: size(cellSize))
        + paragraphStyle("TableHead", name: "Table Head", paragraph: cellSpacing(cellSize) + noIndent + #"<w:jc w:val="center"/>"#, run: fontsXML(heading) + size(cellSize))
        + paragraphStyle("BriefMasthead", name: "Brief Masthead", paragraph: #"<w:spacing w:before="240" w:after="120" w:line="240" w:lineRule="auto"/>"# + noIndent + #"<w:jc w:val="center"/>"#,
                         run: fontsXML(title) + #"<w:color w:val="\#(WordRule.red.color)"/>"# + size(mastheadSize))
        + paragraphStyle("DocCentre", name: "Centred", paragraph: noIndent + #"<w:jc w:val="center"/>"#, run: "")
        + paragraphStyle("BriefDateLine", name: "Brief Date Line",
                         paragraph: #"<w:tabs><w:tab w:val="right" w:pos="\#(WordPage.portrait.textWidth)"/></w:tabs><w:spacing w:after="\#(WordPage.lineTwips)"/>"# + noIndent + #"<w:jc w:val="left"/>"#, run: "")
        + paragraphStyle("BriefDistribution", name: "Brief Distribution",
                         paragraph: #"<w:keepNext/><w:spacing w:line="\#(WordPage.lineTwips)" w:lineRule="exact"/><w:ind w:leftChars="200" w:left="\#(distributionHang)" w:hangingChars="200" w:hanging="\#(distributionHang)"/><w:jc w:val="left"/>"#,
                         run: size(distributionSize))
        + paragraphStyle("BriefPrinted", name: "Brief Printed",
                         paragraph: #"<w:tabs><w:tab w:val="right" w:pos="\#(WordPage.portrait.textWidth)"/></w:tabs><w:spacing w:line="\#(WordPage.lineTwips)" w:lineRule="exact"/>"# + noIndent + #"<w:jc w:val="left"/>"#,
                         run: size(distributionSize))
        + paragraphStyle("PageNumber", name: "Page Number", paragraph: #"<w:spacing w:line="240" w:lineRule="auto"/>"# + noIndent,
                         run: fontsXML(pageNumber) + size(pageNumberSize))
        + "</w:styles>")
}
