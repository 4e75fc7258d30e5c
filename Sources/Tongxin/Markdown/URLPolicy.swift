/// Which link targets may appear on a page: web links, mail, and links within the site.
/// Everything else (javascript:, vbscript:, data:, file:, …) is refused, from Markdown
/// and from data alike.
public enum URLPolicy {
    public static let allowedSchemes = ["http", "https", "mailto"]

    public static func isAllowed(_ url: String, image: Bool = false) -> Bool {
        let trimmed = url.trimmedSpaces
        guard let scheme = scheme(of: trimmed) else { return true }
        return allowedSchemes.contains(scheme) && !(image && scheme == "mailto")
    }

    /// The scheme of a URL, lower-cased, or nil for a relative link. Browsers ignore
    /// tabs and newlines inside a scheme ("java\tscript:"), so this does too.
    static func scheme(of url: String) -> String? {
        let cleaned = url.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let candidate = cleaned[..<colon]
        if candidate.contains("/") || candidate.contains("?") || candidate.contains("#") { return nil }
        return candidate.lowercased()
    }
}

import Foundation
