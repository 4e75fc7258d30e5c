/// What kind of file an output path names, by its extension: decides how the leak
/// scan reads it and whether a public build may publish it at all.
enum FileType: Equatable {
    case markup
    case text
    case svg
    case image
    case pdf
    case other

    init(path: String) {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? name.split(separator: ".").last!.lowercased() : ""
        switch ext {
        case "html", "htm", "xml": self = .markup
        case "svg": self = .svg
        case "txt", "csv", "json", "md", "css", "js", "ics": self = .text
        case "png", "jpg", "jpeg", "gif", "webp", "avif", "ico": self = .image
        case "pdf": self = .pdf
        default: self = .other
        }
    }

    var isMarkup: Bool { self == .markup || self == .svg }
    var isText: Bool { isMarkup || self == .text }
}
