import Foundation

/// Member ids made from names the way the bundled content spells them: the surname's
/// pinyin, a dash, the given name's pinyin run together (陈思远 → chen-siyuan), ASCII
/// only. Foundation's Mandarin transform reads each character in its commonest sound,
/// which is wrong for surnames such as 单 (shan, not dan); those come from a table.
public enum PinyinIDs {
    /// Surnames read differently from the character's commonest sound.
    static let surnameReadings: [Character: String] = [
        "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha",
        "朴": "piao", "盖": "ge", "华": "hua", "纪": "ji", "缪": "miao", "翟": "zhai",
    ]

    /// Two-character surnames, so that 欧阳修 is ouyang-xiu, not ou-yangxiu.
    static let compoundSurnames: [String: String] = [
        "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "东方": "dongfang",
        "皇甫": "huangfu", "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong", "令狐": "linghu",
        "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ", "夏侯": "xiahou", "端木": "duanmu",
        "独孤": "dugu", "南宫": "nangong", "西门": "ximen", "澹台": "tantai", "万俟": "moqi",
        "申屠": "shentu", "轩辕": "xuanyuan", "呼延": "huyan", "钟离": "zhongli", "闻人": "wenren",
    ]

    /// The id a name suggests, or nil when nothing ASCII can be made of it.
    public static func id(for name: String) -> String? {
        let name = MemberNames.normalise(name.trimmed)
        let parts = name.split(whereSeparator: { "·•・.".contains($0) })
        let raw: String
        if parts.count > 1 {
            // 买买提·艾力: each part run together, parts joined by dashes.
            raw = parts.map { syllables(String($0)).joined() }.joined(separator: "-")
        } else if name.allSatisfy(isHan) {
            raw = hanName(name)
        } else {
            raw = syllables(name).joined(separator: "-")
        }
        let id = clean(raw)
        return id.isEmpty ? nil : id
    }

    private static func hanName(_ name: String) -> String {
        let surname: String, given: Substring
        if name.count > 2, let compound = compoundSurnames[String(name.prefix(2))] {
            surname = compound
            given = name.dropFirst(2)
        } else if let first = name.first {
            surname = surnameReadings[first] ?? syllables(String(first)).joined()
            given = name.dropFirst()
        } else {
            return ""
        }
        let rest = syllables(String(given)).joined()
        return rest.isEmpty ? surname : surname + "-" + rest
    }

    /// Latin syllables of a text, without tone marks, lower-cased.
    static func syllables(_ text: String) -> [String] {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        return plain.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x3134F).contains($0.value) || (0xF900...0xFAFF).contains($0.value) }
    }

    /// Keeps a-z, 0-9 and single dashes; ü (stripped to u) and other marks are gone by now.
    private static func clean(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// `base`, or `base-2`, `base-3` … whichever is not taken.
    public static func unique(_ base: String, taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var counter = 2
        while taken("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
