import Foundation

/// The 编号 of contact records, `2026-023` style: the year and a three-digit serial.
/// `new record` gives the year's next one, so that the clerk never has to look up the
/// last number, and two records never share one by accident.
enum RecordNumbers {
    /// One more than the highest `<year>-NNN` number among the year's records (001 for
    /// the first). Records are read leniently: a broken file is skipped, not fatal.
    static func next(year: Int, contentFolder: URL) -> String {
        let folder = contentFolder.appendingPathComponent("records/\(year)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for name in names where name.hasSuffix(".md") && !name.hasPrefix(".") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                  let number = number(in: text), let serial = serial(number, year: year) else { continue }
            highest = max(highest, serial)
        }
        return format(year: year, serial: highest + 1)
    }

    static func format(year: Int, serial: Int) -> String {
        let digits = String(serial)
        return "\(year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The serial of `2026-023` in 2026, nil for numbers of another form or year.
    static func serial(_ number: String, year: Int) -> Int? {
        let parts = number.split(separator: "-")
        guard parts.count == 2, parts[0] == String(year), parts[1].allSatisfy(\.isASCII), let serial = Int(parts[1]) else { return nil }
        return serial
    }

    /// The `number` (or `编号`) field of a record's front matter.
    static func number(in text: String) -> String? {
        guard case .success(let frontMatter) = FrontMatter.parse(text, file: ""),
              case .object(let members) = frontMatter.fields.value else { return nil }
        let key = members.first { $0.key == "number" || $0.key == "编号" }
        return key?.value.scalarText?.trimmed
    }
}
