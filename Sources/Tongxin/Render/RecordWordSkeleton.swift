extension RecordWordFile {
    /// word/document.xml of every record's 记录单 of a build, cut at the values: WordBody
    /// writes the form once with a marker for each value (a private-use character), and a
    /// record's file is the pieces between the markers with its values, each written as
    /// WordBody writes a paragraph. The rows that repeat or may be absent (contactees,
    /// method, trigger, suggestions) are pieces of their own. The tests check that the
    /// bytes are those WordBody writes for the record's WordDocument.
    struct Skeleton: Sendable {
        enum Slot: Int, CaseIterable, Sendable {
            case number, when, place, contactorName, contactorIdentity, contacteeName, contacteeIdentity, method, trigger, topics, prose, suggestions, recorder
        }

        struct Piece: Sendable {
            let bytes: [UInt8]
            let slot: Slot?
        }

        /// The rows of the form, in the order of `RecordWordFile.document`.
        private enum Row: Int { case date, place, contactor, contactee, method, trigger, content, suggestions }

        private let head: [Piece], rows: [[Piece]], tail: [Piece]
        private let cell = WordBody.ParagraphFrame(.cell), right = WordBody.ParagraphFrame(.right)
        /// The width of the content cell, for a table in the 联系内容.
        private let prose: WordProseWriter
        private let fixedSize: Int

        init(_ form: RecordFormValues) {
            var sheet = Sheet()
            let mark = { (slot: Slot) in String(Unicode.Scalar(Self.firstMarker + UInt32(slot.rawValue))!) }
            sheet.number = mark(.number)
            sheet.when = mark(.when)
            sheet.place = mark(.place)
            sheet.contactor = (mark(.contactorName), mark(.contactorIdentity))
            sheet.contactees = [(mark(.contacteeName), mark(.contacteeIdentity))]
            sheet.method = mark(.method)
            sheet.trigger = mark(.trigger)
            sheet.topics = mark(.topics)
            sheet.body = "<p>" + mark(.prose) + "</p>"
            sheet.suggestions = [mark(.suggestions)]
            sheet.recorder = mark(.recorder)
            let xml = Array(WordBody.xml(RecordWordFile.document(sheet, form: form)).utf8)
            let starts = Self.find(Array("<w:tr>".utf8), in: xml), ends = Self.find(Array("</w:tr>".utf8), in: xml).map { $0 + 7 }
            precondition(starts.count == 8 && ends.count == 8, "the 记录单's table has one row of each kind")
            let cell = self.cell, right = self.right
            let cut = { (bytes: ArraySlice<UInt8>) in Self.pieces(bytes, frame: { $0 == .number || $0 == .recorder ? right : cell }) }
            head = cut(xml[..<starts[0]])
            rows = zip(starts, ends).map { cut(xml[$0 ..< $1]) }
            tail = cut(xml[ends[7]...])
            fixedSize = xml.count
            let columns = WordBody.columnWidths(RecordWordFile.widths, width: WordPage.portrait.textWidth)
            prose = WordProseWriter(frame: cell, width: columns[1...].reduce(0, +) - 2 * WordBody.cellMargin)
        }

        /// U+E000: the markers are private-use characters, never in a record.
        private static let firstMarker: UInt32 = 0xE000

        /// The record's word/document.xml.
        func xml(_ sheet: Sheet) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(fixedSize + 8192)
            write(head, sheet, into: &out)
            for row in [Row.date, .place, .contactor] { write(rows[row.rawValue], sheet, into: &out) }
            for contactee in sheet.contactees { write(rows[Row.contactee.rawValue], sheet, contactee: contactee, into: &out) }
            if !sheet.method.isEmpty { write(rows[Row.method.rawValue], sheet, into: &out) }
            if !sheet.trigger.isEmpty { write(rows[Row.trigger.rawValue], sheet, into: &out) }
            write(rows[Row.content.rawValue], sheet, into: &out)
            if !sheet.suggestions.isEmpty { write(rows[Row.suggestions.rawValue], sheet, into: &out) }
            write(tail, sheet, into: &out)
            return out
        }

        private func write(_ pieces: [Piece], _ sheet: Sheet, contactee: (name: String, identity: String) = ("", ""), into out: inout [UInt8]) {
            for piece in pieces {
                out.append(contentsOf: piece.bytes)
                guard let slot = piece.slot else { continue }
                switch slot {
                case .number: right.write(sheet.number, to: &out)
                case .recorder: right.write(sheet.recorder, to: &out)
                case .when: cell.write(sheet.when, to: &out)
                case .place: cell.write(sheet.place, to: &out)
                case .contactorName: cell.write(sheet.contactor.name, to: &out)
                case .contactorIdentity: cell.write(sheet.contactor.identity, to: &out)
                case .contacteeName: cell.write(contactee.name, to: &out)
                case .contacteeIdentity: cell.write(contactee.identity, to: &out)
                case .method: cell.write(sheet.method, to: &out)
                case .trigger: cell.write(sheet.trigger, to: &out)
                case .topics: if !sheet.topics.isEmpty { cell.write(sheet.topics, to: &out) }
                case .prose:
                    let before = out.count
                    prose.write(sheet.body, into: &out)
                    // A cell holds at least one paragraph (WordTable.Cell).
                    if sheet.topics.isEmpty && out.count == before { cell.write("", to: &out) }
                case .suggestions: for line in sheet.suggestions { cell.write(line, to: &out) }
                }
            }
        }

        /// `bytes` cut at the markers; each marker's whole paragraph (its frame's opening
        /// and closing markup) is left out, to be written with the value.
        private static func pieces(_ bytes: ArraySlice<UInt8>, frame: (Slot) -> WordBody.ParagraphFrame) -> [Piece] {
            var pieces: [Piece] = [], start = bytes.startIndex, index = bytes.startIndex
            // U+E000 … U+E00C in UTF-8: EE 80 80 … EE 80 8C.
            while index + 2 < bytes.endIndex {
                guard bytes[index] == 0xEE, bytes[index + 1] == 0x80, let slot = Slot(rawValue: Int(bytes[index + 2]) - 0x80) else { index += 1; continue }
                let open = Array(frame(slot).open.utf8), close = Array(WordBody.ParagraphFrame.close.utf8)
                precondition(Array(bytes[index - open.count ..< index]) == open && Array(bytes[index + 3 ..< index + 3 + close.count]) == close,
                             "a marker is the whole text of its paragraph")
                pieces.append(Piece(bytes: Array(bytes[start ..< index - open.count]), slot: slot))
                index += 3 + close.count
                start = index
            }
            pieces.append(Piece(bytes: Array(bytes[start...]), slot: nil))
            return pieces
        }

        private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> [Int] {
            guard bytes.count >= needle.count else { return [] }
            return (0 ... bytes.count - needle.count).filter { bytes[$0] == needle[0] && Array(bytes[$0 ..< $0 + needle.count]) == needle }
        }
    }
}
