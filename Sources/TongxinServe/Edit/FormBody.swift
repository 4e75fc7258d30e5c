import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (what a plain HTML form
/// posts), in order; a name may come several times (checkboxes).
struct FormBody: Sendable {
    private(set) var pairs: [(String, String)] = []
    /// Files of a multipart form.
    private(set) var files: [UploadedFile] = []

    /// A multipart body when `contentType` says so, else a URL-encoded one.
    init(_ data: Data, contentType: String?) {
        if let boundary = MultipartBody.boundary(contentType: contentType) {
            let parsed = MultipartBody.parse(data, boundary: boundary)
            pairs = parsed.fields
            files = parsed.files
        } else {
            pairs = Self.urlEncoded(data)
        }
    }

    init(_ data: Data) {
        pairs = Self.urlEncoded(data)
    }

    private static func urlEncoded(_ data: Data) -> [(String, String)] {
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(halves[0]), halves.count > 1 ? decode(halves[1]) : "")
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
