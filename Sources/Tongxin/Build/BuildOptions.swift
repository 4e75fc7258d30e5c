import Foundation

/// What a run of the pipeline is for, chosen once by the caller. Each mode carries what
/// it needs, so no combination of switches can ask for something the pipeline would
/// quietly ignore.
public enum BuildMode: Sendable {
    /// `tongxin check`: every step that can find a problem runs; nothing is written.
    case check
    /// `tongxin build` and publish: the site is staged and swapped in whole. With
    /// `reuseLastBuild`, an internal build hard-links the pages whose inputs are as in
    /// the last build into the folder (OutputManifest) and leaves its own list for the
    /// next; a public build reads every page for its checks, so it draws them all.
    case build(reuseLastBuild: Bool = false)
    /// The preview server: `cache` is kept between its builds; `changed` lists the content
    /// files (relative paths) its watcher reported since the last build with that cache
    /// (nil: not known, every file is looked at). Its own folder is updated file by file,
    /// unless a search index is wanted (made over a whole staged site).
    case preview(cache: BuildCache, changed: Set<String>? = nil)
}

/// What a build reads, where it writes, and in which mode.
public struct BuildOptions: Sendable {
    public var contentFolder: URL
    public var themeFolder: URL
    public var outputFolder: URL
    public var mode: BuildMode
    /// The day dashboards are computed for when site.json sets no `as_of`.
    public var today: Day
    public var audience: Audience
    /// The command line indexes by default; the library leaves it to the caller.
    public var search: SearchIndexer.Mode = .off
    /// Commands to try for Pagefind; nil for the usual places (see SearchIndexer).
    public var searchCommands: [[String]]? = nil
    /// For a command that exits right after the build: the site, the checked site and
    /// the pages are kept instead of freed one object at a time (0.5 s for a
    /// province-wide roster); the process's exit returns the memory at once. The
    /// preview frees them itself after each build (BuildReport.afterReport).
    public var exitsAfterBuild = false

    public init(contentFolder: URL, themeFolder: URL, outputFolder: URL, mode: BuildMode = .build(), today: Day = .today(), audience: Audience = .internal) {
        self.contentFolder = contentFolder
        self.themeFolder = themeFolder
        self.outputFolder = outputFolder
        self.mode = mode
        self.today = today
        self.audience = audience
    }

    /// The preview's cache; nil in the other modes.
    public var cache: BuildCache? {
        if case .preview(let cache, _) = mode { return cache }
        return nil
    }

    /// The files the preview's watcher reported changed (nil: not known, or not a preview).
    public var contentChanges: Set<String>? {
        if case .preview(_, let changed) = mode { return changed }
        return nil
    }

    var writes: Bool {
        if case .check = mode { return false }
        return true
    }
}

extension Day {
    /// Today in the machine's time zone (the office's own).
    public static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
