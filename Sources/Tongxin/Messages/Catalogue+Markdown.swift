extension Catalogue {
    /// Markdown bodies: size, time and shape limits.
    static let markdown: [Message] = [
        Message("markdown.tooLarge", zh: "正文有 {1} 字节，超过了 {2} 字节的上限（site.json 中的 limits.markdown_bytes）；请拆成几个较小的文件", en: "the text is {1} bytes, over the limit of {2} (limits.markdown_bytes in site.json); split it into smaller files"),
        Message("markdown.refused", zh: "正文{1}", en: "the Markdown {1}"),
        Message("markdown.overBudget", zh: "生成这段正文超过了 {1} 毫秒的时限（site.json 中的 limits.render_ms）；其中可能有解析很慢的写法（大量方括号、“_”或“*”，或超大表格），请简化", en: "rendering this Markdown took longer than the budget of {1} ms (limits.render_ms in site.json); the text probably contains a pattern that is slow to parse (long runs of brackets, '_' or '*', huge tables); simplify it"),
        Message("markdown.failed", zh: "cmark-gfm 无法处理这个文件", en: "cmark-gfm could not render this file"),
        Message("markdown.brackets", zh: "有 {1} 个方括号（上限 {2}），会让 Markdown 解析极慢；请拆分文件或删去方括号", en: "has {1} square brackets (the limit is {2}); such input makes the Markdown parser very slow. Split the file or remove the brackets"),
        Message("markdown.delimiters", zh: "有 {1} 个“_”和“*”（上限 {2}），会让 Markdown 解析极慢", en: "has {1} '_' and '*' characters (the limit is {2}); such input makes the Markdown parser very slow"),
        Message("markdown.atLine", zh: "第 {1} 行{2}", en: "line {1} {2}"),
        Message("markdown.nesting", zh: "引用嵌套了 {1} 层（上限 {2}）", en: "nests block quotes {1} deep (the limit is {2})"),
        Message("markdown.tableColumns", zh: "开始了一个有 {1} 列的表格（上限 {2}）", en: "starts a table with {1} columns (the limit is {2})"),
        Message("markdown.listItems", zh: "处列表项已超过 {1} 个的上限；这么长的列表请拆成几个文件，或改为附件表格", en: "passes the limit of {1} list items; split so long a list into several files"),
        Message("markdown.tableCells", zh: "处表格单元格已超过 {1} 个的上限；请把表格拆小，或作为 CSV 附件", en: "passes the limit of {1} table cells; split the table"),
        Message("markdown.links", zh: "处链接已超过 {1} 个的上限；请拆分文件", en: "passes the limit of {1} links; split the file"),
    ]
}
