/// Display forms of personal names.
enum NameLayout {
    /// The name as shown in a table column: a two-character name made of CJK
    /// ideographs gets an ideographic space (U+3000) between its characters,
    /// "陈琳" → "陈　琳", so it lines up with three-character names. Every other
    /// name comes back unchanged. Display only: the stored name is not changed,
    /// and `StrokeOrder` ignores the space.
    static func tableName(_ name: String) -> String {
        // Two scalars, both ideographs, are two characters: no grapheme breaking needed
        // (names are laid out on every member link of every table).
        let scalars = name.unicodeScalars
        if let first = scalars.first, let last = scalars.last, scalars.index(after: scalars.startIndex) == scalars.index(before: scalars.endIndex) {
            guard first.properties.isUnifiedIdeograph && last.properties.isUnifiedIdeograph else { return name }
            return "\(first)\u{3000}\(last)"
        }
        let characters = Array(name)
        guard characters.count == 2, characters.allSatisfy(isIdeograph) else { return name }
        return "\(characters[0])\u{3000}\(characters[1])"
    }

    private static func isIdeograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.properties.isUnifiedIdeograph
    }
}
