import CMarkGFM
import Foundation

/// One pass over a parsed document: collects headings (and gives each an anchor),
/// builds the summary, neutralises unsafe links and reports what safe mode dropped.
struct DocumentWalker {
    let source: MarkdownSource
    /// false when no page will show the summary (a check): the paragraphs' text is not
    /// gathered.
    let makesSummary: Bool
    private(set) var headings: [Heading] = []
    private(set) var findings: [Diagnostic] = []
    private(set) var images: [BodyImage] = []
    private var summaryText = ""
    /// Scalars collected so far: `String.count` would count graphemes again each time.
    private var summaryScalars = 0
    private var summaryFull: Bool { !makesSummary || summaryScalars > Self.summaryLength }
    private var usedAnchors: Set<String> = []
    private lazy var lines: [Substring] = source.text.split(separator: "\n", omittingEmptySubsequences: false)

    static let summaryLength = 120

    init(source: MarkdownSource, makesSummary: Bool = true) {
        self.source = source
        self.makesSummary = makesSummary
    }

    var summary: String {
        let trimmed = summaryText.trimmed
        if let cut = Self.cut(trimmed, simpleScalars: Self.summaryLength) { return cut }
        // Walks at most summaryLength characters: `count` walked whole paragraphs, and
        // grapheme breaking of Chinese text is not cheap.
        guard let end = trimmed.index(trimmed.startIndex, offsetBy: Self.summaryLength, limitedBy: trimmed.endIndex),
              end < trimmed.endIndex else { return trimmed }
        return String(trimmed[..<end]) + "…"
    }

    /// The first `length` characters and "…", or all of `text` when it is no longer,
    /// found by scalars when every scalar up to the cut is one that never joins its
    /// neighbours into one character (ASCII, CJK ideographs, CJK, general and
    /// full-width punctuation): then scalars are characters, and grapheme breaking, slow
    /// on Chinese, is not needed. nil when another scalar comes first.
    static func cut(_ text: String, simpleScalars length: Int) -> String? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex, seen = 0
        while index < scalars.endIndex {
            guard isSimple(scalars[index]) else { return nil }
            if seen == length { return String(Substring(scalars[..<index])) + "…" }
            seen += 1
            scalars.formIndex(after: &index)
        }
        return text
    }

    private static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xB7, 0x2010...0x2027, 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF5E: true
        default: false
        }
    }

    mutating func walk(_ document: OpaquePointer) {
        var headingNodes: [OpaquePointer] = []
        var autolinks: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                report(node, L("markdown.rawHTML"))
            case CMARK_NODE_LINK:
                if checkLink(node) { autolinks.append(node) }
            case CMARK_NODE_IMAGE:
                if checkLink(node) { autolinks.append(node) }
                collectImage(node)
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                collectSummary(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if !summaryFull && isInSummaryParagraph(node) { summaryText += " "; summaryScalars += 1 }
            default: break
            }
        }
        cmark_iter_free(iterator)
        autolinks.forEach(Self.trimFullWidthPunctuation)
        headingNodes.forEach { anchorHeading($0) }
    }

    // MARK: Headings

    private mutating func anchorHeading(_ node: OpaquePointer) {
        let level = Int(cmark_node_get_heading_level(node))
        let text = Self.plainText(node)
        let anchor = uniqueAnchor(for: text)
        headings.append(Heading(level: level, text: text, anchor: anchor))
        // Safe mode drops inserted HTML nodes, but a custom block is emitted as is: wrap
        // the heading's inline children in one that carries the id.
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(anchor)\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(node) {
            cmark_node_append_child(block, child)
        }
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Anchors keep letters (Chinese included) and digits, so links read like the heading.
    private mutating func uniqueAnchor(for text: String) -> String {
        // Runs of separators become one '-' between words, never at either end.
        var scalars = String.UnicodeScalarView()
        var separated = false
        for scalar in text.lowercased().unicodeScalars {
            if Self.isAnchorLetter(scalar) {
                if separated && !scalars.isEmpty { scalars.append("-") }
                separated = false
                scalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\u{3000}" {
                separated = true
            }
        }
        let slug = scalars.isEmpty ? "section" : String(scalars)
        var candidate = slug
        var counter = 2
        while usedAnchors.contains(candidate) {
            candidate = "\(slug)-\(counter)"
            counter += 1
        }
        usedAnchors.insert(candidate)
        return candidate
    }

    /// Letters (Chinese included) and ASCII digits; CJK ideographs and ASCII skip the
    /// Unicode property lookup.
    private static func isAnchorLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        case 0...0x7F: return false
        case 0x4E00...0x9FFF: return true
        default: return scalar.properties.isAlphabetic
        }
    }

    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
               let literal = cmark_node_get_literal(current) {
                text += String(cString: literal)
            }
        }
        cmark_iter_free(iterator)
        return text.trimmedSpaces
    }

    // MARK: Summary

    private static let coreTypes: Set<UInt32> = Set([
        CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM, CMARK_NODE_CODE_BLOCK,
        CMARK_NODE_HTML_BLOCK, CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_THEMATIC_BREAK,
        CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE,
        CMARK_NODE_CUSTOM_INLINE, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE,
    ].map(\.rawValue))

    private mutating func collectSummary(_ node: OpaquePointer) {
        guard !summaryFull, isInSummaryParagraph(node), let literal = cmark_node_get_literal(node) else { return }
        if !summaryText.isEmpty, let parent = cmark_node_parent(node), cmark_node_first_child(parent) == node,
           cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH {
            summaryText += " "
            summaryScalars += 1
        }
        let text = String(cString: literal)
        summaryText += text
        // Scalars are the bytes that do not continue one: counting them on the bytes
        // spares walking the String's scalars.
        var bytes = literal
        while bytes.pointee != 0 {
            if UInt8(bitPattern: bytes.pointee) & 0xC0 != 0x80 { summaryScalars += 1 }
            bytes += 1
        }
    }

    /// Summary text comes from paragraphs that are not inside tables or quotes.
    private func isInSummaryParagraph(_ node: OpaquePointer) -> Bool {
        var current = cmark_node_parent(node)
        var inParagraph = false
        while let parent = current {
            let type = cmark_node_get_type(parent)
            if type == CMARK_NODE_PARAGRAPH { inParagraph = true }
            if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_HEADING || type == CMARK_NODE_CUSTOM_BLOCK { return false }
            // Extension nodes (tables) have types registered at run time; only they need the name.
            if !Self.coreTypes.contains(type.rawValue), let name = cmark_node_get_type_string(parent), strncmp(name, "table", 5) == 0 { return false }
            current = cmark_node_parent(parent)
        }
        return inParagraph
    }

    // MARK: Links

    /// Keeps only links a reader can safely follow; returns whether the link is an
    /// autolink (its text is its address) that may need punctuation trimmed.
    private mutating func checkLink(_ node: OpaquePointer) -> Bool {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        if !URLPolicy.isAllowed(url, image: cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
            report(node, L("markdown.badScheme", String(url.prefix(60))))
            cmark_node_set_url(node, "")
            return false
        }
        guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
              cmark_node_next(child) == nil, let literal = cmark_node_get_literal(child) else { return false }
        let text = String(cString: literal)
        if url.hasSuffix(text) { return true }
        // Only an address can be an autolink's text; most links have words as text, and
        // Foundation's percent decoding is slow.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "@") }) else { return false }
        return url.removingPercentEncoding?.hasSuffix(text) == true
    }

    /// GFM's autolinker runs on until a space, so it swallows the Chinese text after
    /// an address (`www.example.org。谢谢` → `…org%E3%80%82…`); Chinese writing has no
    /// spaces there. Cut the link at the first CJK character or punctuation and give
    /// the rest back as text.
    private static func trimFullWidthPunctuation(_ node: OpaquePointer) {
        guard let child = cmark_node_first_child(node), let literal = cmark_node_get_literal(child) else { return }
        let text = String(cString: literal)
        guard let cut = text.unicodeScalars.firstIndex(where: { $0.value >= 0x2E80 || (0xFF00...0xFFEF).contains($0.value) }),
              cut != text.unicodeScalars.startIndex else { return }
        let kept = String(text.unicodeScalars[..<cut])
        let rest = String(text.unicodeScalars[cut...])
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let encodedRest = rest.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? rest
        if url.hasSuffix(encodedRest) {
            cmark_node_set_url(node, String(url.dropLast(encodedRest.count)))
        } else if url.hasSuffix(rest) {
            cmark_node_set_url(node, String(url.dropLast(rest.count)))
        } else {
            return
        }
        cmark_node_set_literal(child, kept)
        if let after = cmark_node_new(CMARK_NODE_TEXT) {
            cmark_node_set_literal(after, rest)
            cmark_node_insert_after(node, after)
        }
    }

    /// A relative image address (a file of the site), kept with its place for BodyImages.
    private mutating func collectImage(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        guard !url.isEmpty, URLPolicy.scheme(of: url) == nil, !url.hasPrefix("/"), !url.hasPrefix("#") else { return }
        images.append(BodyImage(url: url, location: location(of: node)))
    }

    // MARK: Locations

    private mutating func report(_ node: OpaquePointer, _ message: String) {
        findings.append(.warning(location(of: node), message))
    }

    /// cmark counts columns in bytes; editors count characters.
    private mutating func location(of node: OpaquePointer) -> SourceLocation {
        var line = Int(cmark_node_get_start_line(node))
        var byteColumn = Int(cmark_node_get_start_column(node))
        if line == 0, let parent = cmark_node_parent(node) {
            line = Int(cmark_node_get_start_line(parent))
            byteColumn = Int(cmark_node_get_start_column(parent))
        }
        var column = max(byteColumn, 1)
        if line >= 1 && line <= lines.count {
            let bytes = Array(lines[line - 1].utf8.prefix(max(byteColumn - 1, 0)))
            column = String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
        }
        return SourceLocation(file: source.file, line: source.firstLine + max(line, 1) - 1, column: column)
    }
}
