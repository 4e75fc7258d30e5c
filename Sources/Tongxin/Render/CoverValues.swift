/// A case's cover as its templates get it (keys CoverValues.keys in PageKinds): the
/// variant nearest the story column's width as `src`, all of them for `srcset`, the WebP
/// copies for a `<picture>`; a cover without variants (SVG, GIF, or not shrunk) as it is.
final class CoverValues: TemplateObject, Sendable {
    /// A shrunk copy, for `srcset`.
    final class VariantValues: TemplateObject, Sendable {
        let src: String
        let width: Int
        /// Not the last of its list: a comma follows it in `srcset`.
        let comma: Bool

        init(src: String, width: Int, comma: Bool) {
            self.src = src
            self.width = width
            self.comma = comma
        }

        func value(_ key: String) -> TemplateValue? {
            switch key {
            case "src": .text(src)
            case "width": .number(width)
            case "comma": .flag(comma)
            default: nil
            }
        }
    }

    let src: String
    let width, height: Int
    /// nil for a cover without variants.
    let variants, webp: [VariantValues]?

    init(_ path: String, size: ImageSize?) {
        (src, width, height) = CoverImages.shown(path, size: size)
        func list(_ variants: [ImageVariant]) -> [VariantValues] {
            variants.enumerated().map { index, variant in VariantValues(src: variant.path, width: variant.width, comma: index + 1 < variants.count) }
        }
        let shrunk = size.flatMap { $0.variants.isEmpty ? nil : $0 }
        variants = shrunk.map { list($0.variants) }
        webp = shrunk.map { list($0.webp) }
    }

    func value(_ key: String) -> TemplateValue? {
        switch key {
        case "src": .text(src)
        case "width": .number(width)
        case "height": .number(height)
        case "hasSrcset": .flag(variants != nil)
        case "variants": variants.map { .list($0) }
        case "hasWebp": .flag(!(webp ?? []).isEmpty)
        case "webp": webp.map { .list($0) }
        default: nil
        }
    }
}
