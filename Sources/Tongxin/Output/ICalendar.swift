/// iCalendar (RFC 5545) files a phone calendar can import: all-day events with a
/// reminder the day before. The bytes depend only on the input — `stamp` (DTSTAMP) comes
/// from `as_of`, never the clock, and each event's UID is made from what identifies it —
/// so the same content gives the same file.
enum ICalendar {
    struct Event: Sendable {
        /// Stable and unique within the file: e.g. "2026-03-01-new-member-wang-fang-li-ming".
        var uid: String
        var day: Day
        var summary: String
        var description: String
    }

    static func encode(name: String, stamp: Day, events: [Event]) -> [UInt8] {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tongxin//Tongxin//ZH", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + escape(event.uid) + "@tongxin",
                "DTSTAMP:" + compact(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + compact(event.day),
                "DTEND;VALUE=DATE:" + compact(event.day.adding(days: 1)),
                "SUMMARY:" + escape(event.summary),
                "DESCRIPTION:" + escape(event.description),
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(event.summary), "TRIGGER:-P1D", "END:VALARM",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        var out: [UInt8] = []
        for line in lines { out += fold(line) }
        return out
    }

    /// 20261120 for 2026-11-20.
    static func compact(_ day: Day) -> String { day.iso.replacingOccurrences(of: "-", with: "") }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as \n.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// A content line with CRLF, folded so that no line is longer than 75 octets: the
    /// continuation starts with a space, and a UTF-8 character (Chinese is 3 octets) is
    /// never split.
    static func fold(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        var length = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if length + bytes.count > 75 {
                out += [13, 10, 32]
                length = 1
            }
            out += bytes
            length += bytes.count
        }
        return out + [13, 10]
    }
}
