import Foundation

/// Maps a request path to a file inside the output folder, and to nothing outside it.
enum SitePath: Equatable {
    case file(URL)
    /// A folder asked for without its trailing slash: relative links need the slash.
    case redirect(String)
    case notFound
    case badRequest

    /// `rawPath` is the percent-encoded path of the request target, before any
    /// normalisation: `..` and `.` parts, also encoded, encoded slashes, NULs and
    /// backslashes are refused; what remains is resolved (symbolic links included)
    /// and must still lie inside `root`.
    static func resolve(_ rawPath: String, in root: URL) -> SitePath {
        guard rawPath.hasPrefix("/"), !rawPath.hasPrefix("//") else { return .badRequest }
        var parts: [String] = []
        for encoded in rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let part = encoded.removingPercentEncoding else { return .badRequest }
            if part == ".." || part == "." || part.contains("/") || part.contains("\\") || part.contains("\0") {
                return .badRequest
            }
            parts.append(part)
        }
        let wantsFolder = parts.last?.isEmpty ?? true
        if wantsFolder { parts.removeLast() }
        guard !parts.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else { return .notFound }

        guard let base = realPath(root.path) else { return .notFound }
        var candidate = ([base] + parts).joined(separator: "/")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            guard wantsFolder else { return .redirect(rawPath + "/") }
            candidate += "/index.html"
        } else if wantsFolder {
            return .notFound
        }
        guard let resolved = realPath(candidate), resolved.hasPrefix(base + "/") else { return .notFound }
        var isStillFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isStillFolder), !isStillFolder.boolValue else { return .notFound }
        return .file(URL(fileURLWithPath: resolved))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
