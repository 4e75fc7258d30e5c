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
        Message("markdown.outputTooLarge", zh: "这段正文生成了 {1} 字节的 HTML，远超其篇幅应有的大小；请检查是否有超大表格", en: "the Markdown renders to {1} bytes of HTML, far more than its size warrants; check for huge tables"),
        Message("markdown.rawHTML", zh: "正文里不能直接写 HTML，这段已略去；请改用 Markdown 写法", en: "raw HTML is not allowed in content and was left out; use Markdown instead"),
        Message("markdown.badScheme", zh: "链接“{1}”用了不允许的协议（只允许 http、https、mailto 和站内相对链接），已删去", en: "the link '{1}' uses a scheme that is not allowed (only http, https, mailto and relative links); it was removed"),
        Message("theme.noTemplates", zh: "没有找到模板；--theme 指向的是主题文件夹吗（其中应有 templates/ 和 static/）？", en: "no templates found; is --theme pointing at a theme folder (with templates/ and static/)?"),
        Message("theme.templateError", zh: "模板错误：{1}", en: "template error: {1}"),
        Message("theme.missingPartial", zh: "模板“{1}”用到了“{2}”，但主题和站点的 templates/ 里都没有它", en: "template '{1}' uses '{2}', which is neither in the theme nor in the site's templates/"),
        Message("theme.missingTemplate", zh: "主题里没有模板“{1}.mustache”", en: "the theme has no template '{1}.mustache'"),
        Message("content.requiredFileMissing", zh: "缺少这个文件；每个站点都需要 {1}（见 docs/content-format.md）", en: "this file is missing; every site needs {1} (see docs/content-format.md)"),
        Message("build.noContentFolder", zh: "找不到内容文件夹；请用 --content 指定存放 site.json 的文件夹", en: "content folder not found; pass --content with the folder that holds site.json"),
        Message("build.manifestNotKept", zh: "无法保存供下次构建使用的页面清单（{1}）；下次将重新生成每一页", en: "cannot keep the list of pages for the next build ({1}); it will draw every page again"),
        Message("search.notBuilt", zh: "未生成搜索索引：{1}", en: "the search index was not built: {1}"),
        Message("markdown.links", zh: "处链接已超过 {1} 个的上限；请拆分文件", en: "passes the limit of {1} links; split the file"),
    ]
}
