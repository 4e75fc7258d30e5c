import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (what a plain HTML form
/// posts), in order; a name may come several times (checkboxes).
struct FormBody: Sendable {
    private(set) var pairs: [(String, String)] = []

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(halves[0])
            let value = halves.count > 1 ? Self.decode(halves[1]) : ""
            pairs.append((name, value))
        }
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first value of `name`; browsers send text areas with CR LF line ends, which
    /// the content files do not use.
    subscript(_ name: String) -> String? {
        pairs.first { $0.0 == name }.map { $0.1.replacingOccurrences(of: "\r\n", with: "\n") }
    }

    func all(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map(\.1)
    }
}
