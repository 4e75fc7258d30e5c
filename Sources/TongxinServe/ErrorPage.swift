import Tongxin

/// The preview's own HTML: the banner that lists the problems of a failed build on
/// every page, and the page for addresses that have no file.
enum ErrorPage {
    /// Empty when there is nothing to report. Every diagnostic is escaped: messages
    /// quote content, which may hold anything.
    static func banner(_ problems: [Diagnostic]) -> String {
        guard !problems.isEmpty else { return "" }
        let errors = problems.filter { $0.severity == .error }.count
        let lines = problems.map { "<li>\(escape($0.description))</li>" }.joined()
        return """
            <div data-tongxin-errors role="alert" style="margin:0;padding:12px 16px;background:#fff3f3;color:#5c0000;\
            border-bottom:4px solid #b00000;font:16px/1.6 monospace;white-space:pre-wrap;">\
            <strong>\(escape(L(errors == 1 ? "serve.banner.one" : "serve.banner", errors)))</strong>\
            <ul style="margin:8px 0 0;padding-left:20px;">\(lines)</ul></div>
            """
    }

    /// For a path with no file; the banner and live reload are added when it is served,
    /// so the page turns into the new one as soon as a build makes it.
    static func notFound(_ path: String, siteBuilt: Bool, failed: Bool) -> String {
        let reason = escape(siteBuilt ? L("serve.noPage", path) : failed ? L("serve.noSite") : L("serve.firstBuild"))
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>404 — tongxin serve</title></head>
            <body>
            <h1>404</h1>
            <p>\(reason)</p>
            <p><a href="/">首页</a></p>
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String { HTMLEscape.escape(text) }
}
