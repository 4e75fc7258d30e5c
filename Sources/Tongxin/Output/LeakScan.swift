import Foundation

/// The last guard of the public build: every output file — its name and its text, the
/// text layers of images and PDFs included — is searched for mobile and ID-card
/// numbers in the forms people write them and for every private value (PrivateValues),
/// both compared after the same normalisation (LeakText). One hit and the build does
/// not finish; each finding names the content file and line that put it there.
enum LeakScan {
    /// Where a finding is reported: the content files that may have put it there.
    struct Sources {
        /// Content file of each page that shows one, by output path.
        var byOutput: [String: String]
        /// Every public content file (cases, rules, pages), searched when the page's own
        /// source does not hold the text (a list page, a tag).
        var all: [String]
        var root: URL
        /// Their lines, read once for all findings of the scan.
        let lines: SourceLetters

        init(byOutput: [String: String], all: [String], root: URL) {
            self.byOutput = byOutput
            self.all = all
            self.root = root
            lines = SourceLetters(root: root)
        }
    }

    struct Found: Error {
        let diagnostics: [Diagnostic]
    }

    static func scan(_ files: [OutputFile], privateValues: PrivateValues, sources: Sources, diagnostics: inout Diagnostics) {
        let findings: [[Diagnostic]] = parallelMap(files) { file in
            var found: [Diagnostic] = []
            for text in texts(of: file) {
                found += scan(text: text, of: file.path, privateValues: privateValues, sources: sources)
            }
            return found
        }
        // The same value copied into one story shows on its page, the list, the feed and
        // the search page: one finding per place in the content.
        var seen = Set<Diagnostic>(), unique: [Diagnostic] = []
        for diagnostic in findings.joined() where seen.insert(diagnostic).inserted { unique.append(diagnostic) }
        // Thousands of lines help nobody: the first ones, and how many more there are.
        diagnostics.append(contentsOf: Array(unique.prefix(reportedFindings)))
        if unique.count > reportedFindings {
            diagnostics.error(SourceLocation(file: "(scan)"), L("leak.more", unique.count - reportedFindings))
        }
    }

    /// How many findings one scan lists.
    static let reportedFindings = 200

    /// The search index holds the text of the pages in its own form; scan that too.
    static func scanIndex(_ site: URL, privateValues: PrivateValues, sources: Sources) throws {
        let text = SearchIndexer.indexedText(site)
        var diagnostics = Diagnostics()
        scan([OutputFile(path: "pagefind/fragment", contents: .bytes(Array(text.utf8)))], privateValues: privateValues, sources: sources, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw Found(diagnostics: diagnostics.items) }
    }

    private static func scan(text plain: String, of path: String, privateValues: PrivateValues, sources: Sources) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for number in NumberPatterns.find(in: plain) {
            let location = SourceSearch.locate(sources, for: path) { SourceSearch.column(ofNumber: number.digits, in: $0.text) }
            found.append(.error(location, message(for: number)))
        }
        for index in privateValues.matcher.matches(in: LeakText.letters(plain)) {
            let value = privateValues.values[index]
            let location = SourceSearch.locate(sources, for: path) { SourceSearch.column(ofLetters: value.letters, in: $0) }
            found.append(.error(location, message(for: value, lines: sources.lines)))
        }
        return found
    }

    static func message(for number: NumberPatterns.Hit) -> String {
        L("leak.number", L(number.kind == .mobile ? "leak.kind.mobile" : "leak.kind.idCard"), mask(number.digits))
    }

    /// Names the value (masked) and where it was written.
    static func message(for value: PrivateValue, lines: SourceLetters) -> String {
        let origin = value.kind == .memberField ? SourceSearch.locate(value.letters, inFile: value.origin.file, lines: lines) : value.origin
        return L("leak.value", describe(value.kind), mask(value.text), origin.description)
    }

    /// The file's name, and its text as a reader gets it. Files whose text Tongxin
    /// cannot read are not published at all (PublicAssets).
    static func texts(of file: OutputFile) -> [String] {
        var texts = [LeakText.plain(file.path, markup: false)]
        let type = FileType(path: file.path)
        switch file.contents {
        case .bytes(let bytes):
            texts.append(LeakText.plain(String(decoding: bytes, as: UTF8.self), markup: type.isMarkup))
        case .copy(let source), .link(let source, _):
            guard let data = FileManager.default.contents(atPath: source) else { break }
            let bytes = [UInt8](data)
            if type.isText {
                texts.append(LeakText.plain(String(decoding: bytes, as: UTF8.self), markup: type.isMarkup))
            } else {
                // Metadata of images (EXIF, XMP, PNG text), the uncompressed parts of PDFs.
                texts.append(LeakText.plain(BinaryText.strings(in: bytes), markup: false))
                if type == .pdf, let layer = BinaryText.pdfText(source) { texts.append(LeakText.plain(layer, markup: false)) }
            }
        }
        return texts
    }

    private static func describe(_ kind: PrivateValue.Kind) -> String {
        switch kind {
        case .memberField: L("leak.kind.memberField")
        case .record: L("leak.kind.record")
        case .data: L("leak.kind.data")
        }
    }

    /// Enough to find it, not enough to repeat it in a log.
    static func mask(_ value: String) -> String {
        let characters = Array(value)
        guard characters.count > 4 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(3)) + String(repeating: "*", count: characters.count - 5) + String(characters.suffix(2))
    }
}
