import Foundation

/// 潘志远 → pzy: the first letter of each character's pinyin (the surname read as a
/// surname: 单 shan, 曾 zeng), as people type to find a name. Kept per name, since the
/// transform is slow and the forms list every member.
enum NameInitials {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: String] = [:]

    static func of(_ name: String) -> String {
        if let found = lock.withLock({ known[name] }) { return found }
        var initials = ""
        for (index, character) in MemberNames.normalise(name).enumerated() {
            if index == 0, let reading = PinyinIDs.surnameReadings[character], let first = reading.first {
                initials.append(first)
            } else if let first = PinyinIDs.syllables(String(character)).first?.first, first.isASCII, first.isLetter {
                initials.append(first)
            }
        }
        lock.withLock { known[name] = initials }
        return initials
    }
}
