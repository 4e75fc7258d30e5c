/// The script added to HTML pages while previewing, never to built files: it polls the
/// build version and reloads the page when a new build (good or bad) has finished.
enum LiveReload {
    static let versionPath = "/__tongxin/version"

    /// Inline, without external files; `version` is the build the page was served from.
    static func script(version: Int) -> String {
        """
        <script data-tongxin-live-reload>(function(){var v="\(version)";\
        function poll(){fetch("\(versionPath)",{cache:"no-store"}).then(function(r){return r.ok?r.text():v;})\
        .then(function(t){if(t.trim()!==v){location.reload();}else{setTimeout(poll,300);}},function(){setTimeout(poll,1000);});}\
        setTimeout(poll,300);})();</script>
        """
    }
}

/// Where preview-only markup goes into a served HTML page.
enum HTMLInjection {
    /// `banner` right after the opening `<body …>` tag and `script` right before the
    /// last `</body>`; appended at the ends when the page lacks those tags.
    static func inject(into page: String, banner: String, script: String) -> String {
        var page = page
        if let close = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            page.insert(contentsOf: script, at: close.lowerBound)
        } else {
            page += script
        }
        guard !banner.isEmpty else { return page }
        if let open = page.range(of: "<body", options: .caseInsensitive),
           let end = page[open.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: banner, at: page.index(after: end))
        } else {
            page = banner + page
        }
        return page
    }
}
