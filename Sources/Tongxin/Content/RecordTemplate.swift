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

    static func checkBody(_ body: MarkdownSource, diagnostics: inout Diagnostics) {
        let text = body.text
        if text.contains(placeholderMark), let at = text.range(of: placeholderMark) {
            let line = body.firstLine + text[..<at.lowerBound].utf8.count { $0 == 0x0A }
            diagnostics.error(SourceLocation(file: body.file, line: line), L("record.placeholder"))
        } else if text.allSatisfy(\.isWhitespace) {
            diagnostics.error(SourceLocation(file: body.file, line: max(1, body.firstLine - 1)), L("record.noContent"))
        }
    }
}
