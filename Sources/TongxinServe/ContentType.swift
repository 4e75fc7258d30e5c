import Foundation

/// The Content-Type of a served file; text types always say UTF-8.
enum ContentType {
    static func of(_ file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml; charset=utf-8"
        case "xml": "application/xml; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "woff": "font/woff"
        case "woff2": "font/woff2"
        case "ttf": "font/ttf"
        default: "application/octet-stream"
        }
    }

    static func isHTML(_ file: URL) -> Bool {
        ["html", "htm"].contains(file.pathExtension.lowercased())
    }
}
