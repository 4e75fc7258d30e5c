extension Catalogue {
    /// Writing the site: folders, locks, the swap.
    static let output: [Message] = [
        Message("output.unsafePath", zh: "拒绝写入“{1}”：它会落到输出文件夹之外", en: "refusing to write '{1}': it would land outside the output folder"),
        Message("output.cannotWrite", zh: "无法写入 {1}：{2}；原有网站保持不变", en: "cannot write {1}: {2}; the previous site was left as it was"),
        Message("output.cannotSwap", zh: "无法换上新生成的网站：{1}；原有网站保持不变", en: "cannot put the new site in place: {1}; the previous site was left as it was"),
        Message("output.locked", zh: "另一个构建正占用 {1}；请等它完成后再试", en: "another build holds {1}; wait for it to finish"),
        Message("output.changedDuringBuild", zh: "构建复用 {1} 时它被改动了；原有网站保持不变，请重新构建", en: "{1} changed while the build was reusing it; the previous site was left as it was; run the build again"),
        Message("output.notOurs", zh: "{1} 不是当前用户建立的文件夹（或不是文件夹），为防他人读取或篡改，拒绝使用；请删除它或用 --output 指定别的位置", en: "{1} is not a folder of the current user's, so it could be read or changed by others; refusing to use it: remove it or choose another place with --output"),
        Message("output.otherAudience", zh: "{1} 是为“{2}”生成的网站，不能用“{3}”的内容更新它（内部内容可能因此进入公开网站）；请用 --output 指定另一个文件夹", en: "{1} holds a site built for the {2} audience and cannot be updated with the {3} audience's (internal content could reach a public folder); choose another folder with --output"),
        Message("audience.internal", zh: "内部", en: "internal"),
        Message("audience.public", zh: "公开", en: "public"),
    ]
}

extension Catalogue {
    /// The search index (Pagefind).
    static let search: [Message] = [
        Message("search.failed", zh: "无法生成搜索索引：{1}", en: "the search index could not be built: {1}"),
        Message("search.missing", zh: "没有安装 Pagefind（pagefind-bin-extended）；请运行 make deps 安装，或去掉 --require-search 后构建", en: "Pagefind (pagefind-bin-extended) is not installed; run 'make deps' to install it, or build without --require-search"),
        Message("search.tooSlow", zh: "生成搜索索引超过 {1} 秒仍未完成，已停止；原有网站保持不变。请检查是否有特别长的页面", en: "the search index took longer than {1} s and was stopped; the previous site was left as it was. Look for an unusually long page"),
    ]
}

extension Catalogue {
    /// The preview server (tongxin serve).
    static let serve: [Message] = [
        Message("serve.cannotWatch", zh: "无法监视内容的变化（{1}）：{2}", en: "cannot watch the content for changes ({1}): {2}"),
        Message("serve.notListening", zh: "{1} 秒后仍未开始监听", en: "not listening after {1} s"),
        Message("serve.cannotListen", zh: "无法在 127.0.0.1 上提供预览：{1}", en: "cannot serve on 127.0.0.1: {1}"),
        Message("serve.outputOverlaps", zh: "预览输出文件夹 {1} 与被监视、被读取的 {2} 重叠；请用 --output 另选位置", en: "the preview output {1} overlaps {2}, which is watched and read; choose another --output"),
        Message("serve.pathLeavesSite", zh: "请求有误：这个路径指向网站之外", en: "bad request: the path leaves the site"),
    ]
}

extension Catalogue {
    /// The build's stages, as --verbose names them.
    static let stages: [Message] = [
        Message("stage.load", zh: "读取", en: "load"),
        Message("stage.validate", zh: "检查", en: "validate"),
        Message("stage.theme", zh: "主题", en: "theme"),
        Message("stage.analyse", zh: "统计分析", en: "analyse"),
        Message("stage.render", zh: "生成", en: "render"),
        Message("stage.scan", zh: "泄密扫描", en: "scan"),
        Message("stage.write", zh: "写入", en: "write"),
        Message("stage.markdown", zh: "正文", en: "markdown"),
        Message("stage.analysis", zh: "统计", en: "analysis"),
        Message("stage.pageList", zh: "页面清单", en: "page list"),
        Message("stage.templates", zh: "模板", en: "templates"),
        Message("stage.checks", zh: "公开检查", en: "checks"),
    ]
}
