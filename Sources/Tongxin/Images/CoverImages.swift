import Foundation

/// One shrunk copy of a cover, as published: upright, without metadata.
struct ImageVariant: Sendable, Equatable {
    /// Output path: the cover's with its width, "assets/visit-960w.jpg".
    let path: String
    let width: Int
    let height: Int
    /// The cached file it is copied from (ImageCache).
    let file: String
}

/// Covers of cases at the widths the theme shows them (a card on a phone, the story
/// column, a wide screen), each in the cover's own format, turned upright by its EXIF
/// orientation and with every EXIF/GPS field stripped (ImageTool). Pages name them in
/// `srcset`; the original — a phone photo keeps its location — is not published.
/// SVG and GIF covers are published as they are.
///
/// A JPEG or PNG also gets WebP copies at the same widths (lossy like the JPEG's, lossless
/// for a PNG), offered before it in a `<picture>` only when each of them is smaller than
/// the copy it stands for: a browser that takes WebP then never loads more bytes, one that
/// does not takes the JPEG/PNG. The 公众号 article and the Word files use the JPEG/PNG.
enum CoverImages {
    static let widths = [480, 960, 1600]
    /// Formats libvips writes, by extension; the variant keeps the cover's.
    static let formats = ["jpg": "jpg", "jpeg": "jpg", "png": "png", "webp": "webp"]

    struct Made: Sendable {
        /// The variants, for the output.
        var files: [OutputFile] = []
        /// Covers replaced by their variants: not copied as assets.
        var originals: Set<String> = []
    }

    /// Makes (or takes from the cache) the variants of every cover whose size is known,
    /// on all cores, and records them in `sizes`. A cover libvips cannot read is an error
    /// at its line.
    /// `photos`: the photos in the stories (BodyImages), shrunk the same way; a photo that
    /// is also a cover is made once.
    /// `originals`: photos whose original is published too, whole but upright and
    /// without metadata, at the original's path (a phone photo's location never is).
    static func make(_ site: CheckedSite, photos: [(path: String, location: SourceLocation)] = [], originals: Set<String> = [], sizes: inout ImageSizes, diagnostics: inout Diagnostics) -> Made {
        var seen = Set<String>()
        var covers: [(path: String, size: ImageSize, location: SourceLocation)] = []
        let used = site.cases.compactMap { story in story.story.cover.map { (assetPath($0.value), $0.location) } } + photos
        for (path, location) in used {
            guard let size = sizes[path], formats[pathExtension(path)] != nil, seen.insert(path).inserted else { continue }
            covers.append((path, size, location))
        }
        let root = site.site.root
        let results = parallelMap(covers.map { ($0.path, $0.size) }) { path, size in
            Result { () throws(ImageTool.Failure) in try copies(of: path, root: root, size: size, original: originals.contains(path)) }
        }
        var made = Made()
        for (cover, result) in zip(covers, results) {
            switch result {
            case .success(let copies):
                sizes[cover.path]?.variants = copies.variants
                sizes[cover.path]?.webp = copies.webp
                sizes[cover.path]?.original = copies.original
                made.files += (copies.variants + copies.webp + [copies.original].compactMap { $0 }).map { OutputFile(path: $0.path, contents: .copy(from: $0.file)) }
                made.originals.insert(cover.path)
            case .failure(let failure):
                diagnostics.error(cover.location, L("office.image.cannotResize", cover.path, failure.reason))
            }
        }
        return made
    }

    /// "assets/x.jpg" for a cover written "x.jpg" or "assets/x.jpg".
    static func assetPath(_ cover: String) -> String {
        cover.hasPrefix("assets/") ? cover : "assets/" + cover
    }

    static func pathExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The shrunk copies of one image, and their WebP twins when those are all smaller.
    struct Copies: Sendable, Equatable {
        var variants: [ImageVariant]
        /// Same widths as `variants`, "visit-960w.jpg.webp"; empty when WebP saves nothing.
        var webp: [ImageVariant] = []
        /// The whole photo, when asked for.
        var original: ImageVariant? = nil
    }

    /// The cover at each of `widths` narrower than it, and at its own width up to the
    /// widest: a 700 px cover gives 480 and 700, a phone photo 480, 960 and 1600.
    static func copies(of path: String, root: String, size: ImageSize, original: Bool = false) throws(ImageTool.Failure) -> Copies {
        let source = root + "/" + path
        guard let data = FileManager.default.contents(atPath: source) else { throw ImageTool.Failure(reason: source) }
        let bytes = [UInt8](data)
        let format = formats[pathExtension(path)] ?? "jpg"
        let stem = String(path[..<(path.lastIndex(of: ".") ?? path.endIndex)])
        let targets = Set(widths.filter { $0 < size.width } + [min(size.width, widths[widths.count - 1])]).sorted()
        var made: [ImageVariant] = []
        var webp: [ImageVariant] = []
        var smaller = format != "webp"
        for width in targets {
            let file = try ImageCache.variant(of: source, bytes: bytes, width: width, format: format)
            // The variant's own size: turned upright, a portrait photo is narrower than its header says.
            guard let actual = ImageSize.read(URL(fileURLWithPath: file)) else { throw ImageTool.Failure(reason: file) }
            guard !made.contains(where: { $0.width == actual.width }) else { continue }
            let variant = ImageVariant(path: "\(stem)-\(actual.width)w.\(format)", width: actual.width, height: actual.height, file: file)
            made.append(variant)
            // The WebP name keeps the format's: "x.jpg" and "x.png" side by side get WebP copies of their own.
            if smaller {
                let twin = try ImageCache.variant(of: source, bytes: bytes, width: width, format: "webp", lossless: format == "png")
                smaller = fileSize(twin) < fileSize(file)
                webp.append(ImageVariant(path: variant.path + ".webp", width: actual.width, height: actual.height, file: twin))
            }
        }
        var whole: ImageVariant?
        if original {
            // Never shrunk: as wide as the longer side, whichever way the photo turns upright.
            let file = try ImageCache.variant(of: source, bytes: bytes, width: max(size.width, size.height), format: format)
            guard let actual = ImageSize.read(URL(fileURLWithPath: file)) else { throw ImageTool.Failure(reason: file) }
            whole = ImageVariant(path: path, width: actual.width, height: actual.height, file: file)
        }
        return Copies(variants: made, webp: smaller ? webp : [], original: whole)
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : .max
    }

    /// The copy a page shows by default: the variant nearest the story column's width, or
    /// the cover as it is when it has none (its size, or 0 × 0 when unknown).
    static func shown(_ path: String, size: ImageSize?) -> (src: String, width: Int, height: Int) {
        guard let size, !size.variants.isEmpty else { return (path, size?.width ?? 0, size?.height ?? 0) }
        let main = size.variants.first { $0.width >= widths[1] } ?? size.variants[size.variants.count - 1]
        return (main.path, main.width, main.height)
    }
}
