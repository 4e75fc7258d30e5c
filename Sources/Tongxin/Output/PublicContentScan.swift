import Foundation

/// The leak scan of the public build, run on the content files the public build reads
/// (public cases, rules, public pages), line by line, so that the pre-commit hook and
/// `check --audience public` report a phone number, a member's private value or a
/// record's text at its own line and column before it is committed. Same values, same
/// normalisation as LeakScan.
public enum PublicContentScan {
    public static func scan(contentFolder: URL) -> Diagnostics {
        let (site, _, privateValues) = ContentLoader.loadForAudience(contentFolder: contentFolder, audience: .public, cache: nil, changed: nil)
        let files = Set(site.cases.filter { $0.audience == .public }.map(\.file) + site.rules.filter { $0.audience == .public }.map(\.file)
            + site.pages.filter { $0.audience == .public }.map(\.file) + site.briefs.filter { $0.audience == .public }.map(\.file)).sorted()
        var diagnostics = Diagnostics()
        let lines = SourceLetters(root: contentFolder)
        for file in files {
            guard let text = try? String(contentsOf: contentFolder.appendingPathComponent(file), encoding: .utf8) else { continue }
            scan(text, file: file, values: privateValues, lines: lines, diagnostics: &diagnostics)
        }
        return diagnostics
    }

    static func scan(_ text: String, file: String, values: PrivateValues, lines: SourceLetters, diagnostics: inout Diagnostics) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let plain = LeakText.plain(String(line), markup: false)
            for hit in NumberPatterns.find(in: plain) {
                let location = SourceLocation(file: file, line: index + 1, column: SourceSearch.column(ofNumber: hit.digits, in: line) ?? 1)
                diagnostics.error(location, LeakScan.message(for: hit))
            }
            for match in values.matcher.matches(in: LeakText.letters(plain)) {
                let value = values.values[match]
                let location = SourceLocation(file: file, line: index + 1, column: SourceSearch.column(ofLetters: value.letters, in: line) ?? 1)
                diagnostics.error(location, LeakScan.message(for: value, lines: lines))
            }
        }
    }
}
