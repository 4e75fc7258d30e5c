import Testing
@testable import Tongxin

/// The byte- and scalar-level text helpers behave like the Unicode and Foundation
/// operations they replace.
@Suite(.language(.en)) struct TextTests {
    @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String.isWhiteSpace(scalar) != scalar.properties.isWhitespace {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) differs")
            }
        }
    }

    @Test func trimmingKeepsInnerSpaceAndCanKeepLineBreaks() {
        #expect("\u{3000} 陈 琳\u{A0}\n".trimmed == "陈 琳")
        #expect(" \t陈琳\n".trimmedSpaces == "陈琳\n")
        #expect("  ".trimmed == "" && "".trimmed == "")
    }

    @Test func pathPartsSplitAtTheLastSlash() {
        #expect(PathParts.lastComponent("records/2026/2026-03-12-li-si.md") == "2026-03-12-li-si.md")
        #expect(PathParts.folder("records/2026/2026-03-12-li-si.md") == "records/2026")
        #expect(PathParts.lastComponent("site.json") == "site.json" && PathParts.folder("site.json") == "")
        #expect(PathParts.lastComponent("members/陈琳.md") == "陈琳.md")
    }
}
