extension Catalogue {
    /// Outputs for the meeting room and the publicity team: Word files and images.
    static let office: [Message] = [
        Message("office.image.noTool",
                zh: "找不到 vipsthumbnail：请安装 libvips-tools（make site 会自动安装）",
                en: "vipsthumbnail was not found: install libvips-tools (make site does)"),
        Message("office.image.cannotResize",
                zh: "无法缩放图片“{1}”：{2}",
                en: "cannot resize the image '{1}': {2}"),
        Message("office.image.unreadableSize",
                zh: "读不出图片“{1}”的宽和高（文件损坏或不是图片）；请换用 PNG、JPEG、GIF、WebP 图片，或写明 width、height（或 viewBox）的 SVG 图片",
                en: "cannot read the width and height of '{1}' (a damaged file, or not an image); use a PNG, JPEG, GIF or WebP image, or an SVG with width and height (or a viewBox)"),
        Message("office.image.bodyMissing",
                zh: "找不到图片“{1}”：图片须放在 content/assets/ 下，路径可相对于本文件（如 ../assets/photos/visit.jpg）或相对于 content/（如 assets/photos/visit.jpg）；请添加该文件或改正路径",
                en: "the image '{1}' was not found: images belong under content/assets/, written relative to this file (e.g. ../assets/photos/visit.jpg) or to content/ (e.g. assets/photos/visit.jpg); add the file or fix the path"),
        Message("office.baseURL.missing",
                zh: "公开版未设置 base_url：订阅源（feed.xml）中的链接和图片只能是相对地址，阅读器打不开；不生成 sitemap.xml；在微信中分享页面时卡片没有网址和封面图。请在 site.json 中写上公开网站的地址，如 \"base_url\": \"https://www.example.gov.cn/tongxin/\"",
                en: "the public build has no base_url: links and images in feed.xml can only be relative, which feed readers cannot open; no sitemap.xml is made; pages shared in WeChat get cards without address or cover. Set the public site's address in site.json, e.g. \"base_url\": \"https://www.example.gov.cn/tongxin/\""),
    ]
}
