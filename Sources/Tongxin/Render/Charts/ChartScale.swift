/// The value axis of a bar chart: it runs from 0 to `max`, with a labelled grid line every `step`.
///
/// The rule, so that every chart of the portal reads the same way:
/// - `max` is the smallest 1, 2 or 5 × 10ⁿ that is at least every value and every target.
///   Values and targets below zero or not finite count as 0.
/// - `max` is never below a floor: 5 when every value and target is a whole number (counts of
///   contacts, so the grid reads 1, 2, 3, 4, 5 and never 0.5), 0.5 otherwise (grid 0.1 … 0.5,
///   which the one-decimal number format can show).
/// - A scale of 1 × 10ⁿ or 5 × 10ⁿ has 5 steps, 2 × 10ⁿ has 4, so there are always 4 or 5
///   labelled grid lines besides zero.
///
/// Examples: [3, 7] → 10 (2, 4, 6, 8, 10); [120] → 200 (50, 100, 150, 200); [0, 0] → 5;
/// [1] → 5; [10] → 10; [0.3] → 0.5; [2.5] → 5 (1, 2, 3, 4, 5); [12, target 15] → 20.
struct ChartScale: Sendable, Equatable {
    let max: Double
    let step: Double
    let steps: Int

    init(covering numbers: [Double]) {
        let clean = numbers.map { $0.isFinite ? Swift.max($0, 0) : 0 }
        let whole = clean.allSatisfy { $0 == $0.rounded() }
        let top = Swift.max(clean.max() ?? 0, whole ? 5 : 0.5)
        (max, steps) = Self.nice(atLeast: top)
        step = max / Double(steps)
    }

    /// Grid values from 0 to `max` inclusive; the last one is exactly `max`.
    var ticks: [Double] {
        (0...steps).map { $0 == steps ? max : Double($0) * step }
    }

    /// Where `value` falls between 0 and `max`, clamped to 0…1; never NaN.
    func fraction(_ value: Double) -> Double {
        guard value.isFinite, max > 0 else { return 0 }
        return Swift.min(Swift.max(value / max, 0), 1)
    }

    /// The smallest 1, 2, 5 × 10ⁿ at or above `top` (top > 0 and finite), with its step count.
    /// Powers of ten come from repeated multiplication, not `pow`/`log10`, to stay exact.
    private static func nice(atLeast top: Double) -> (Double, Int) {
        guard top.isFinite, top > 0 else { return (5, 5) }
        var magnitude = 1.0
        while magnitude * 10 <= top { magnitude *= 10 }
        while magnitude > top { magnitude /= 10 }
        for (factor, steps) in [(1.0, 5), (2.0, 4), (5.0, 5), (10.0, 5)] {
            let candidate = factor * magnitude
            if candidate.isFinite && candidate >= top * (1 - 1e-12) { return (candidate, steps) }
        }
        return (top, 5)
    }
}

/// Text helpers for the charts: locale-independent numbers, XML escaping, width estimates, ids.
enum ChartText {
    /// A number as the charts show it: whole numbers without decimals ("12"), others with one
    /// decimal ("2.5", "2.96" → "3.0"). Never uses a locale; not-finite numbers show as "0".
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else { return value.description }
        let magnitude = Int64(abs(tenths))
        return (tenths < 0 ? "-" : "") + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// A coordinate for an SVG attribute: rounded to 0.1, without a trailing ".0".
    static func coordinate(_ value: Double) -> String {
        number((value * 10).rounded() / 10)
    }


    /// Estimated width of `text` in user units: CJK and other wide characters 1 em, others 0.62 em.
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x2E80 || (0x1100...0x115F).contains($1.value) ? 1 : 0.62) }
            * fontSize
    }

    /// `text` cut to fit `width` (by estimate), ending in "…" when cut.
    static func fit(_ text: String, width limit: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > limit else { return text }
        var out = ""
        for character in text {
            if width(out + String(character) + "…", fontSize: fontSize) > limit { break }
            out.append(character)
        }
        return out + "…"
    }

    /// 64-bit FNV-1a over the UTF-8 bytes: stable across processes and machines, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `value` as 16 lowercase hexadecimal digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
