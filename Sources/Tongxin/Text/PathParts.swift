/// Splitting the content's relative paths ("records/2026/2026-03-12-li-si.md") at their
/// slashes, on bytes: NSString's path methods bridge every path on Linux, which was a
/// visible share of loading ten thousand records.
enum PathParts {
    /// The part after the last "/" (the whole path when it has none).
    static func lastComponent(_ path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[...] }
        return path[path.utf8.index(after: slash)...]
    }

    /// The part before the last "/" ("" when it has none).
    static func folder(_ path: String) -> Substring {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path[path.endIndex...] }
        return path[..<slash]
    }
}
