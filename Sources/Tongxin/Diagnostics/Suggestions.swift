import Foundation

/// "Did you mean" hints for misspelt keys, names and listed values, made for how Chinese
/// goes wrong: a homophone typed through pinyin input (王海韬 for 王海涛), a word cut
/// short or padded (电话 for 电话信息, 民盟盟员 for 民盟), or one character wrong in a
/// longer word. A hint is given only when the two texts share something, never merely
/// because both are short (电话 is not 协商); no hint is better than a wrong one.
enum Suggestions {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let word = word.trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty else { return nil }
        var best: (candidate: String, score: Int)?
        for candidate in Set(candidates).sorted() where candidate != word {
            guard let score = score(word, candidate) else { continue }
            if score < (best?.score ?? .max) { best = (candidate, score) }
        }
        return best?.candidate
    }

    /// "；是不是要写“x”？" (or "; did you mean 'x'?"), or nothing when no candidate fits.
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        guard let match = closest(to: word, in: candidates) else { return "" }
        return L("suggest.didYouMean", match)
    }

    /// How near a candidate is (lower is nearer), or nil when it is not near at all.
    static func score(_ word: String, _ candidate: String) -> Int? {
        let a = Array(word.lowercased()), b = Array(candidate.lowercased())
        if a.contains(where: isHan) || b.contains(where: isHan) {
            return hanScore(a, b)
        }
        let distance = editDistance(a, b)
        // One typo in three letters at most (li-sii → li-si, comittee → committee);
        // cpc and zgp are not near.
        let allowed = min(2, max(1, min(a.count, b.count) / 3))
        return distance <= allowed ? 20 + distance * 2 : nil
    }

    private static func hanScore(_ a: [Character], _ b: [Character]) -> Int? {
        // Same sounds, other characters: what pinyin input gives (王海韬 → 王海涛).
        if a.count == b.count, a.allSatisfy(isHan), b.allSatisfy(isHan), PinyinCache.syllables(a) == PinyinCache.syllables(b) {
            return 1 + zip(a, b).filter { $0 != $1 }.count
        }
        // One syllable a little off, the rest the same: 张山 (zhang shan) for 张三 (zhang san).
        if a.count == b.count, a.count >= 2, a.allSatisfy(isHan), b.allSatisfy(isHan) {
            let pairs = zip(PinyinCache.syllables(a), PinyinCache.syllables(b)).filter { $0 != $1 }
            if pairs.count == 1, editDistance(Array(pairs[0].0), Array(pairs[0].1)) <= 1 { return 4 }
        }
        // Typed in pinyin for a Chinese value (wanghaitao → 王海涛).
        if !a.contains(where: isHan), b.allSatisfy(isHan), String(a).filter({ $0.isLetter }) == PinyinCache.syllables(b).joined() {
            return 5
        }
        // Cut short or padded: 电话 ⊂ 电话信息, 民盟 ⊂ 民盟盟员, 工商联 ⊂ 工商联界.
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        if shorter.count >= 2, shorter.allSatisfy(isHan), String(longer).contains(String(shorter)) {
            return 10 + (longer.count - shorter.count)
        }
        // One character wrong in three, and at least one in common.
        let distance = editDistance(a, b)
        let allowed = min(a.count, b.count) / 3
        guard distance <= allowed, Set(a).intersection(b).contains(where: isHan) else { return nil }
        return 20 + distance * 2
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x3134F).contains($0.value) || (0xF900...0xFAFF).contains($0.value) }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.lowercased()), Array(b.lowercased()))
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// Pinyin syllables of characters, read once: a check with many unknown names compares
/// each with every member, and ICU's transform is the slow part.
enum PinyinCache {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [Character: String] = [:]

    static func syllables(_ characters: [Character]) -> [String] {
        characters.map(syllable)
    }

    /// The toneless syllable of one character (PinyinIDs' reading, without the surname
    /// table: a suggestion compares sounds, and both sides are read the same way).
    static func syllable(_ character: Character) -> String {
        lock.lock()
        if let cached = known[character] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let syllable = PinyinIDs.syllables(String(character)).joined()
        lock.lock()
        known[character] = syllable
        lock.unlock()
        return syllable
    }
}
