extension Catalogue {
    /// The public build's guard: leak scan and published assets.
    static let leaks: [Message] = [
        Message("leak.value",
                zh: "这里的文字含有{1}「{2}」（原文在 {3}），它不能出现在公开网站上；请删去或改写后再构建",
                en: "this text contains {1} '{2}' (written in {3}), which must never appear on the public site; remove or reword it, then build again"),
        Message("leak.more",
                zh: "另有 {1} 处同类问题没有列出；请先改正上面各处，再构建一次",
                en: "{1} more findings of this kind are not listed; fix the ones above, then build again"),
        Message("leak.number",
                zh: "这里有疑似{1}（{2}），公开网站上不能出现；请删去后再构建",
                en: "this looks like {1} ({2}), which must never appear on the public site; remove it, then build again"),
        Message("leak.kind.mobile", zh: "手机号码", en: "a mobile number"),
        Message("leak.kind.idCard", zh: "身份证号码", en: "an ID-card number"),
        Message("leak.kind.memberField", zh: "委员的内部信息（电话、地址、备注）", en: "a member's private field (phone, address, notes)"),
        Message("leak.kind.record", zh: "联系记录中的内容", en: "text from a contact record"),
        Message("leak.kind.data", zh: "联系分工或五到位中的内部内容", en: "internal text from the assignments or events"),
        Message("leak.unreadableInternal",
                zh: "公开构建读不了内部文件 {1}，因而无法确认它的内容没有被公开；请先运行 tongxin check 修正它",
                en: "the public build cannot read the internal file {1}, so it cannot make sure none of its text is published; fix it first (tongxin check)"),
        Message("assets.typeRefused",
                zh: "公开页面链接了 {1}，但这类文件的内容无法检查是否含有内部信息，不能公开；请改为图片或 PDF，或把内容写进页面",
                en: "a public page links to {1}, a kind of file whose contents cannot be checked for internal information, so it is not published; use an image or a PDF, or put its contents in the page"),
        Message("assets.svgActive",
                zh: "公开页面链接的 SVG 图片 {1} 含有可执行或外链的内容（{2}），不能公开；请导出为不含脚本的 SVG 或 PNG",
                en: "the SVG image {1} that a public page links to holds active or external content ({2}) and is not published; export it without scripts, or as PNG"),
        Message("assets.pdfUnreadable",
                zh: "公开页面链接了 PDF 文件 {1}，但本机没有 pdftotext，无法检查其文字；请运行 make deps 安装 poppler-utils",
                en: "a public page links to the PDF {1}, but pdftotext is missing, so its text cannot be checked; run 'make deps' to install poppler-utils"),
    ]
}

extension Catalogue {
    /// Links of public pages.
    static let links: [Message] = [
        Message("links.toInternal", zh: "这个公开页面链接到了 {1}，它是内部内容；请删去链接，或把目标设为公开", en: "this public page links to {1}, which is internal; remove the link or make the target public"),
        Message("links.notPublic", zh: "这个公开页面链接到了“{1}”，它不属于公开网站；请删去链接，或把目标设为公开", en: "this public page links to '{1}', which is not part of the public site; remove the link or make the target public"),
        Message("links.internalSection", zh: "内部门户的 {1} 栏目", en: "the {1} section of the internal portal"),
    ]
}
