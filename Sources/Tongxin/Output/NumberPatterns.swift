/// Mobile and ID-card numbers in the forms people write them: `13900001234`,
/// `139-0000-1234`, `139 0000 1234`, `139.0000.1234`, `+86 139…`, `0086-139…`,
/// `(+86)139…`, full-width digits (NFKC has made them ASCII before this runs), and
/// ID-card numbers with or without spaces and a final `X`.
///
/// The text is cut into runs of digits joined by a few separator characters; a number
/// is found where a window of a run's digits starts where a group starts (or after a
/// `86`/`0086` country prefix) and ends where a group ends, so that a date or a sum
/// written beside other digits ("2026年3月") is no phone number.
enum NumberPatterns {
    struct Hit: Equatable {
        let kind: Kind
        let digits: String
    }

    enum Kind: Equatable {
        case mobile
        case idCard
    }

    /// Characters that may stand between the groups of one number.
    private static let separators: Set<Unicode.Scalar> = [" ", "-", ".", "/", "(", ")", "_", "+", "·", "‐", "‑", "–", "—", "~", "\u{A0}", "\u{3000}", "\t"]
    /// More separators in a row than this end the run.
    private static let maximumSeparatorRun = 3

    /// `firstRunOnly`: only the numbers of the text's first run of digits (to find
    /// where one number starts in a line).
    static func find(in plain: String, firstRunOnly: Bool = false) -> [Hit] {
        var hits: [Hit] = []
        var digits: [UInt8] = []
        var groupStarts: [Int] = []
        var groupEnds: Set<Int> = []
        var separatorRun = 0
        var runs = 0
        func flush() {
            if !digits.isEmpty {
                runs += 1
                groupEnds.insert(digits.count)
                hits += windows(digits, starts: groupStarts, ends: groupEnds)
            }
            digits.removeAll(keepingCapacity: true)
            groupStarts.removeAll(keepingCapacity: true)
            groupEnds.removeAll(keepingCapacity: true)
            separatorRun = 0
        }
        for scalar in plain.unicodeScalars {
            if firstRunOnly && runs > 0 { break }
            // NFKC has made full-width digits ASCII already.
            if (0x30...0x39).contains(scalar.value) {
                if digits.isEmpty || separatorRun > 0 {
                    if !digits.isEmpty { groupEnds.insert(digits.count) }
                    groupStarts.append(digits.count)
                }
                digits.append(UInt8(scalar.value - 0x30))
                separatorRun = 0
            } else if (scalar == "X" || scalar == "x"), !digits.isEmpty, separatorRun == 0 {
                // The check character of an ID-card number ends its group.
                digits.append(10)
                flush()
            } else if separators.contains(scalar), !digits.isEmpty, separatorRun < maximumSeparatorRun {
                separatorRun += 1
            } else if !digits.isEmpty {
                flush()
            }
        }
        flush()
        return hits
    }

    /// Each window that starts at a group start (or right after a country prefix that
    /// is a group's start) and ends at a group end.
    private static func windows(_ digits: [UInt8], starts: [Int], ends: Set<Int>) -> [Hit] {
        var hits: [Hit] = []
        var taken = -1
        for groupStart in starts where groupStart > taken {
            var candidates = [groupStart]
            if digits[groupStart...].starts(with: [0, 0, 8, 6]) { candidates.append(groupStart + 4) }
            if digits[groupStart...].starts(with: [8, 6]) { candidates.append(groupStart + 2) }
            for start in candidates {
                if start + 11 <= digits.count, ends.contains(start + 11), isMobile(digits[start..<(start + 11)]) {
                    hits.append(Hit(kind: .mobile, digits: text(digits[start..<(start + 11)])))
                    taken = start + 10
                    break
                }
                if start + 18 <= digits.count, ends.contains(start + 18), isIDCard(digits[start..<(start + 18)]) {
                    hits.append(Hit(kind: .idCard, digits: text(digits[start..<(start + 18)])))
                    taken = start + 17
                    break
                }
            }
        }
        return hits
    }

    /// 1, then 3–9, then nine digits.
    private static func isMobile(_ digits: ArraySlice<UInt8>) -> Bool {
        let first = digits.startIndex
        return digits[first] == 1 && (3...9).contains(digits[first + 1]) && !digits.contains(10)
    }

    /// 17 digits and a digit or X, whose birth date (digits 7–14) could be one: a
    /// 19xx or 20xx year, a month 01–12, a day 01–31.
    private static func isIDCard(_ digits: ArraySlice<UInt8>) -> Bool {
        let d = Array(digits)
        guard !d[0..<17].contains(10) else { return false }
        let century = Int(d[6]) * 10 + Int(d[7]), month = Int(d[10]) * 10 + Int(d[11]), day = Int(d[12]) * 10 + Int(d[13])
        return (century == 19 || century == 20) && (1...12).contains(month) && (1...31).contains(day)
    }

    private static func text(_ digits: ArraySlice<UInt8>) -> String {
        String(digits.map { $0 == 10 ? "X" : Character(String($0)) })
    }
}
