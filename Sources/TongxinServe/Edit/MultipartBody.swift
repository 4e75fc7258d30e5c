import Foundation

/// A file sent with a `multipart/form-data` form.
struct UploadedFile: Sendable {
    var field: String
    var filename: String
    var data: Data
}

/// Splits a `multipart/form-data` body (RFC 7578) into its text fields and files. Only
/// what a browser sends is read: one level of parts, each with a Content-Disposition
/// naming the field; anything malformed gives no fields (and so no CSRF token).
enum MultipartBody {
    static func boundary(contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 && pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.count > 200 ? nil : value
            }
        }
        return nil
    }

    static func parse(_ data: Data, boundary: String) -> (fields: [(String, String)], files: [UploadedFile]) {
        let delimiter = Data("--\(boundary)".utf8)
        var fields: [(String, String)] = []
        var files: [UploadedFile] = []
        var cursor = data.startIndex
        guard let first = data.range(of: delimiter, in: cursor..<data.endIndex) else { return ([], []) }
        cursor = first.upperBound
        let separator = Data("\r\n\r\n".utf8)
        while cursor < data.endIndex {
            // "--" after a delimiter ends the body; otherwise a CRLF starts the part.
            if data[cursor...].starts(with: Data("--".utf8)) { break }
            guard data[cursor...].starts(with: Data("\r\n".utf8)) else { return ([], []) }
            let partStart = cursor + 2
            guard let next = data.range(of: Data("\r\n".utf8) + delimiter, in: partStart..<data.endIndex),
                  let headerEnd = data.range(of: separator, in: partStart..<next.lowerBound) else { return ([], []) }
            let headers = String(decoding: data[partStart..<headerEnd.lowerBound], as: UTF8.self)
            let content = data[headerEnd.upperBound..<next.lowerBound]
            cursor = next.upperBound
            guard let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  let name = parameter("name", in: String(disposition)) else { continue }
            if let filename = parameter("filename", in: String(disposition)) {
                if !filename.isEmpty || !content.isEmpty { files.append(UploadedFile(field: name, filename: filename, data: Data(content))) }
            } else {
                fields.append((name, String(decoding: content, as: UTF8.self)))
            }
        }
        return (fields, files)
    }

    /// `name="…"` in a Content-Disposition header.
    private static func parameter(_ key: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 && pair[0] == key {
                var value = String(pair[1])
                if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                return value
            }
        }
        return nil
    }
}
