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
                zh: "读不出图片“{1}”的宽和高；请使用 PNG、JPEG、GIF、WebP 或 SVG 图片",
                en: "cannot read the width and height of '{1}'; use a PNG, JPEG, GIF, WebP or SVG image"),
    ]
}
