import Foundation

/// What makes a contact record more than `tongxin new record`'s template: 附件2 (the
/// 联系记录单) asks for the date, place, method, recorder — required fields, see
/// RecordLoader — and what was said. A body that is empty or still holds the
/// template's sentence is an error, so an untouched template never counts as a contact.
enum RecordTemplate {
    /// The body `new record` writes; its first words are what `checkBody` looks for, so
    /// a clerk who wrote below the sentence but left it in is told too.
    static let placeholder = "联系内容：在此用 Markdown 写明联系的经过、了解到的情况和对方的意见。"
    static let placeholderMark = "在此用 Markdown 写明"

    private static let markBytes = Array(placeholderMark.utf8)

    /// Where the mark's `M` stands in it: Chinese text almost never holds an `M`, so
    /// memchr for it skips through a body at memory speed.
    private static let anchor = markBytes.firstIndex(of: UInt8(ascii: "M"))!

    /// The first offset of the mark in `haystack`.
    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        var from = anchor
        while from < haystack.count, let hit = memchr(base + from, Int32(needle[anchor]), haystack.count - from) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let start = at - anchor
            if start + needle.count <= haystack.count, memcmp(base + start, needle, needle.count) == 0 { return start }
            from = at + 1
        }
        return nil
    }

    static func checkBody(_ body: MarkdownSource, diagnostics: inout Diagnostics) {
        var text = body.text
        // On the contiguous bytes: this runs on every record of every build.
        let offset: Int? = text.withUTF8 { find(markBytes, in: $0) }
        if let offset {
            let line = body.firstLine + text.utf8.prefix(offset).count { $0 == 0x0A }
            diagnostics.error(SourceLocation(file: body.file, line: line), L("record.placeholder"))
        } else if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            diagnostics.error(SourceLocation(file: body.file, line: max(1, body.firstLine - 1)), L("record.noContent"))
        }
    }
}
