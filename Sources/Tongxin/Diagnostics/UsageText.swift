import Foundation

/// swift-argument-parser writes its usage errors and help headings in English and keeps
/// the kinds of error internal: what a clerk mistyped on the command line reaches us only
/// as its English text. This reads that text by the shapes the parser writes (each
/// checked by CommandUsageTests through the real executable, so an update of the parser
/// that changes a shape fails a test instead of going English) and says it again from
/// the catalogue, in the reader's language, keeping the parser's suggestion. A text of
/// no known shape is shown as it is, never dropped.
public enum UsageText {
    /// An error's whole text: `Error: …`, then `Help:`, `Usage:` and `See …` lines.
    /// `subcommands`: the names the command the clerk reached takes, for the unknown
    /// word where a subcommand belongs (`wordAfterCommand`).
    public static func error(_ english: String, subcommands: [String] = [], wordAfterCommand: String? = nil) -> String {
        var lines: [String] = []
        var rest = english
        if rest.hasPrefix("Error: ") {
            // The message may take several lines ("one of the following:\n  - a");
            // the lines after it start with the parser's own words.
            let body = rest.dropFirst("Error: ".count)
            let ends = ["\nHelp:  ", "\nUsage: ", "\n  See '"].compactMap { body.range(of: $0)?.lowerBound }
            let end = ends.min() ?? body.endIndex
            let message = String(body[..<end])
            lines.append(L("usage.error", Self.message(message, subcommands: subcommands, wordAfterCommand: wordAfterCommand)))
            rest = end < body.endIndex ? String(body[body.index(after: end)...]) : ""
        }
        for line in rest.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let help = match(line, "Help:  {}") {
                lines.append(L("usage.helpLine", help[0]))
            } else if let usage = match(line, "Usage: {}") {
                lines.append(L("usage.usageLine", commandLine(usage[0])))
            } else if let command = match(line, "  See '{}' for more information.") {
                lines.append("  " + L("usage.seeHelp", command[0]))
            } else if !line.isEmpty || lines.isEmpty {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One error message of the parser in the reader's language.
    static func message(_ english: String, subcommands: [String] = [], wordAfterCommand: String? = nil) -> String {
        if let v = match(english, "Unknown option '{}'. Did you mean '{}'?") { return L("usage.unknownOption.suggestion", v[0], v[1]) }
        if let v = match(english, "Unknown option '{}'") { return L("usage.unknownOption", v[0]) }
        if let v = match(english, "Missing value for '{}'") { return L("usage.missingValue", v[0]) }
        if let v = match(english, "The option '{}' does not take any value, but '{}' was specified.") { return L("usage.noValueTaken", v[0], v[1]) }
        if let v = match(english, "Unexpected argument '{}'") {
            // Where a subcommand belongs, a word the parser cannot place is a mistyped one.
            if v[0] == wordAfterCommand, !subcommands.isEmpty {
                if let near = nearestCommand(v[0], in: subcommands) { return L("usage.unknownCommand.suggestion", v[0], near) }
                return L("usage.unknownCommand", v[0], subcommands.joined(separator: L("usage.listSeparator")))
            }
            return L("usage.unexpected", v[0])
        }
        if let v = match(english, "{} unexpected arguments: '{}'") {
            return L("usage.unexpected.several", quotedList(v[1].components(separatedBy: "', '")))
        }
        if let v = match(english, "Value to be set with {} had already been set with {}") { return L("usage.duplicate", v[0], v[1]) }
        if let v = match(english, "Missing expected argument '{}'") { return L("usage.missingArgument", v[0]) }
        if let v = match(english, "Missing one of: '{}'") { return L("usage.missingOneOf", quotedList(v[0].components(separatedBy: "', '"))) }
        if let v = match(english, "The value '{}' is invalid for '{}'{}") { return invalidValue(v[0], v[1], tail: v[2]) }
        if let v = match(english, "The value '{}' is invalid.{}") { return invalidValue(v[0], "", tail: v[1]) }
        if let v = match(english, "Invalid option: {}") { return L("usage.invalidOption", v[0]) }
        if english == "Missing required subcommand." { return L("usage.missingSubcommand") }
        return english
    }

    /// The parser's tail after "is invalid for '…'": nothing, the allowed values in one of
    /// its two list forms, or `: ` and the value type's own reason.
    private static func invalidValue(_ value: String, _ option: String, tail: String) -> String {
        if let list = match(tail, ". Please provide one of the following:\n{}") {
            let values = list[0].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
            return L("usage.invalidValue.allowed", value, option, values.joined(separator: L("usage.listSeparator")))
        }
        if let list = match(tail, ". Please provide one of {}.") {
            // 'a', 'b' or 'c' / 'a' and 'b': the quoted parts are the values.
            let values = list[0].split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
            return L("usage.invalidValue.allowed", value, option, values.joined(separator: L("usage.listSeparator")))
        }
        if let reason = match(tail, ": {}") { return L("usage.invalidValue.reason", value, option, reason[0]) }
        return L("usage.invalidValue", value, option)
    }

    /// A usage line: the parser's own placeholder named in the reader's language.
    private static func commandLine(_ usage: String) -> String {
        usage.replacingOccurrences(of: "<subcommand>", with: "<" + L("usage.value.subcommand") + ">")
    }

    private static func quotedList(_ items: [String]) -> String {
        items.map { L("usage.quoted", $0) }.joined(separator: L("usage.listSeparator"))
    }

    /// The subcommand a mistyped word stands for: up to two letters wrong or swapped
    /// (biuld → build, recrod → record), the nearest first.
    static func nearestCommand(_ word: String, in names: [String]) -> String? {
        let scored = names.sorted().map { ($0, Suggestions.editDistance(word.lowercased(), $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= min(2, max(1, best.0.count / 2)) else { return nil }
        return best.0
    }

    /// A help text (`--help`, `help <command>`, a command without its subcommand) with
    /// the parser's headings and own entries in the reader's language. The text is given
    /// unwrapped; `width` wraps it by display width (a Chinese character takes two
    /// columns) with each entry's description kept in its column, nil leaves it unwrapped
    /// (output that is not a terminal).
    public static func help(_ english: String, width: Int? = nil) -> String {
        var lines: [String] = []
        let given = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let column = String(repeating: " ", count: descriptionColumn)
        for (index, line) in given.enumerated() {
            var shown = line
            if let v = match(line, "OVERVIEW: {}") { shown = L("usage.overview", v[0]) }
            else if let v = match(line, "USAGE: {}") { shown = L("usage.usage", commandLine(v[0])) }
            else if line == "ARGUMENTS:" { shown = L("usage.arguments") }
            else if line == "OPTIONS:" { shown = L("usage.options") }
            else if line == "SUBCOMMANDS:" { shown = L("usage.subcommands") }
            else if let v = match(line, "  See '{} <subcommand>' for detailed help.") { shown = "  " + L("usage.seeSubcommandHelp", v[0], L("usage.value.subcommand")) }
            else if line.hasPrefix(column) { shown = column + description(String(line.dropFirst(descriptionColumn))) }
            else if line.hasPrefix("  "), !line.hasPrefix("   ") {
                // Unwrapped, a description below its label is the only line that starts in
                // the description column.
                let alone = index + 1 < given.count && given[index + 1].hasPrefix(column)
                shown = alone ? label(line) : entry(line)
            }
            lines.append(shown)
        }
        guard let width else { return lines.joined(separator: "\n") }
        return lines.map { wrapped($0, width: width) }.joined(separator: "\n")
    }

    /// The column descriptions start at in the parser's help, counted in characters there
    /// and in display columns here (`<文件夹>` is wider than it is long).
    static let descriptionColumn = 26

    /// One entry of a help section, `  label    description (default: x)`: the parser
    /// pads the label to the description column, leaving at least one space.
    private static func entry(_ line: String) -> String {
        guard line.count > descriptionColumn else { return label(line) }
        let name = label(String(line.prefix(descriptionColumn)).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        let text = description(String(line.dropFirst(descriptionColumn)).trimmingCharacters(in: .whitespaces))
        let width = displayWidth(name)
        guard width <= descriptionColumn - 2 else { return name + "\n" + String(repeating: " ", count: descriptionColumn) + text }
        return name + String(repeating: " ", count: descriptionColumn - width) + text
    }

    private static func label(_ label: String) -> String {
        label.hasSuffix(" (default)") ? String(label.dropLast(" (default)".count)) + L("usage.isDefault") : label
    }

    private static func description(_ text: String) -> String {
        if text == "Show help information." { return L("usage.showHelp") }
        if text == "Show subcommand help information." { return L("usage.showSubcommandHelp") }
        return valuesAndDefault(text)
    }

    /// The trailing `(values: a, b; default: c)`, `(values: …)` or `(default: c)`.
    private static func valuesAndDefault(_ description: String) -> String {
        for (pattern, key) in [("{} (values: {}; default: {})", "usage.valuesAndDefault"), ("{}(values: {}; default: {})", "usage.valuesAndDefault"),
                               ("{} (values: {})", "usage.values"), ("{}(values: {})", "usage.values"),
                               ("{} (default: {})", "usage.default"), ("{}(default: {})", "usage.default")] {
            guard var v = match(description, pattern) else { continue }
            if v.count == 3 || key == "usage.values" {
                v[1] = v[1].components(separatedBy: ", ").joined(separator: L("usage.listSeparator"))
            }
            return v[0] + L(key, v[1], v.count == 3 ? v[2] : "")
        }
        return description
    }

    /// Columns a text takes in a terminal: East Asian wide characters take two.
    static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD: true
        default: false
        }
    }

    /// A line cut to `width` columns, continuation lines indented to where its text
    /// (or an entry's description) starts; breaks at spaces, or between Chinese
    /// characters but not before closing punctuation.
    static func wrapped(_ line: String, width: Int) -> String {
        guard displayWidth(line) > width else { return line }
        var indent = line.prefix { $0 == " " }.count
        if let gap = line.dropFirst(indent).range(of: "  ") {
            let start = line[gap.upperBound...].prefix { $0 == " " }.count
            let column = displayWidth(line[..<gap.upperBound]) + start
            if column < width / 2 { indent = column }
        }
        let noStart: Set<Character> = [">", "/", "，", "。", "、", "；", "：", "）", "”", "’", "！", "？", "》", "」", ",", ".", ";", ":", ")"]
        var result: [String] = []
        var current = "", currentWidth = 0
        // Where the line may be cut: after a space or a wide character, not before
        // closing punctuation.
        var breaks: [String.Index] = []
        let pad = String(repeating: " ", count: indent)
        for character in line {
            let w = displayWidth(String(character))
            if currentWidth + w > width, !current.trimmingCharacters(in: .whitespaces).isEmpty {
                let closing = noStart.contains(character)
                let cut = breaks.last(where: { !closing || $0 < current.endIndex })
                if character != " ", let cut, current[..<cut].count > indent {
                    let head = String(current[..<cut]), tail = String(current[cut...])
                    result.append(head.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                    current = pad + tail.drop { $0 == " " }
                } else if !closing || character == " " {
                    result.append(current.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
                    current = pad
                }
                currentWidth = displayWidth(current)
                breaks = []
                if character == " " { continue }
            }
            if noStart.contains(character), breaks.last == current.endIndex { breaks.removeLast() }
            current.append(character)
            currentWidth += w
            if character == " " || (w == 2 && !["（", "“", "‘", "《", "「"].contains(character)) {
                breaks.append(current.endIndex)
            }
        }
        result.append(current)
        return result.joined(separator: "\n")
    }

    /// The values in the `{}` places of `pattern` when `text` has its shape: literal parts
    /// in order, each value up to the next part's first occurrence, the last up to the
    /// pattern's end.
    static func match(_ text: String, _ pattern: String) -> [String]? {
        let parts = pattern.components(separatedBy: "{}")
        guard text.hasPrefix(parts[0]) else { return nil }
        if parts.count == 1 { return text == pattern ? [] : nil }
        var values: [String] = []
        var position = text.index(text.startIndex, offsetBy: parts[0].count)
        for (index, part) in parts.enumerated().dropFirst() {
            let isLast = index == parts.count - 1
            if isLast {
                guard text[position...].hasSuffix(part), text[position...].count >= part.count else { return nil }
                let end = text.index(text.endIndex, offsetBy: -part.count)
                values.append(String(text[position..<end]))
            } else {
                guard !part.isEmpty, let found = text.range(of: part, range: position..<text.endIndex) else { return nil }
                values.append(String(text[position..<found.lowerBound]))
                position = found.upperBound
            }
        }
        return values
    }
}
