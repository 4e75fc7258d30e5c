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
        // Bytes: every link of every page passes here. A scheme is what comes before the
        // first ':' when no '/', '?' or '#' comes first.
        var candidate: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: ":"): return String(decoding: candidate, as: UTF8.self).lowercased()
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return nil
            default: candidate.append(byte)
            }
        }
        return nil
    }
}

import Foundation
