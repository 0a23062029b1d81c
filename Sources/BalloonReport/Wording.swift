import Foundation

/// Numbers and phrases for captions a journalist can quote: rounded, with units, no false precision.
enum Wording {
    /// Three significant figures, thousands separators, words for millions and billions: `36,200`, `1.25 million`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let magnitude = abs(value)
        let sign = value < 0 ? "−" : ""
        if magnitude >= 1e9 { return sign + significant(magnitude / 1e9) + " billion" }
        if magnitude >= 1e6 { return sign + significant(magnitude / 1e6) + " million" }
        if magnitude >= 1_000 {
            let digits = Int(floor(log10(magnitude))) + 1
            let unit = pow(10, Double(max(digits - 3, 0)))
            return sign + grouped((magnitude / unit).rounded() * unit)
        }
        if magnitude == 0 { return "0" }
        return sign + significant(magnitude)
    }

    /// A value with its unit: `36,200 ha`, `US$1.2 billion`, `45 per 100,000`.
    static func quantity(_ value: Double, _ unit: String) -> String {
        if unit == "US$" { return money(value) }
        return number(value) + (unit.isEmpty ? "" : " " + unit)
    }

    /// Dollars: `US$1.2 billion`, `US$57,000`.
    static func money(_ usd: Double) -> String {
        guard usd.isFinite else { return "n/a" }
        // Cents matter below ten dollars (a farmer's share of a gram), not above.
        let magnitude = abs(usd)
        let digits = magnitude < 10 && magnitude >= 0.005 ? String(format: "%.2f", magnitude) : number(magnitude)
        return (usd < 0 ? "−" : "") + "US$" + digits
    }

    /// A fraction as a percentage: 0.314 → `31%`, 0.004 → `0.4%`.
    static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "n/a" }
        let value = abs(fraction) * 100
        var text = value < 9.95 && value >= 0.05 ? String(format: "%.1f", value) : String(format: "%.0f", value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return (fraction < 0 && text != "0" ? "−" : "") + text + "%"
    }

    /// A difference of two percentages, in points: 11.8 → "12 points", 0.53 → "0.5 points", 1 → "1 point".
    static func points(_ value: Double) -> String {
        let text = String(percent(value / 100).dropLast())
        return text + (text == "1" ? " point" : " points")
    }

    /// A signed percentage: `+12%`, `−31%`.
    static func signedPercent(_ fraction: Double) -> String {
        let text = percent(fraction)
        return fraction > 0 && text != "0%" ? "+" + text : text
    }

    /// ` [18–40%]` when both ends share the central value's sign (magnitudes, to follow "lower"/"higher"),
    /// else ` [−5% to +12%]`; empty without a band.
    static func bracket(_ band: (lower: Double, upper: Double)?, central: Double) -> String {
        guard let band, band.lower.isFinite, band.upper.isFinite else { return "" }
        let low = min(band.lower, band.upper)
        let high = max(band.lower, band.upper)
        if low >= 0 && central >= 0 { return " [\(percent(low).dropLast())–\(percent(high))]" }
        if high <= 0 && central <= 0 { return " [\(percent(-high).dropLast())–\(percent(-low))]" }
        return " [\(signedPercent(low)) to \(signedPercent(high))]"
    }

    /// "is 31% lower [18–40%]" / "is 12% higher" / "is about the same (+0.3%)", comparing to some reference.
    static func comparison(_ relative: Double, band: (lower: Double, upper: Double)? = nil) -> String {
        guard relative.isFinite else { return "cannot be compared" }
        if abs(relative) < 0.01 && band == nil { return "is about the same (\(signedPercent(relative)))" }
        let word = relative < 0 ? "lower" : "higher"
        return "is \(percent(abs(relative))) \(word)\(bracket(band, central: relative))"
    }

    /// "falls 31%" / "rises 12%" / "barely changes", for a change over time.
    static func movement(_ relative: Double) -> String {
        guard relative.isFinite else { return "cannot be compared" }
        if abs(relative) < 0.01 { return "barely changes" }
        return relative < 0 ? "falls \(percent(-relative))" : "rises \(percent(relative))"
    }

    /// Relative difference of `value` from `reference`; nil when the reference is zero or not finite.
    static func relative(_ value: Double, to reference: Double) -> Double? {
        guard value.isFinite, reference.isFinite, abs(reference) > 1e-9 else { return nil }
        return value / reference - 1
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// "Peru's", "the United States'", "the rest of the world's".
    static func possessive(_ name: String) -> String {
        switch name {
        case "United States": return "the United States'"
        case "Rest of world": return "the rest of the world's"
        default: return name.hasSuffix("s") ? name + "'" : name + "'s"
        }
    }

    /// "[0.31–0.55]", or "[−0.53 to −0.22]" when a dash would sit next to a minus sign.
    static func range(_ lower: Double, _ upper: Double) -> String {
        let separator = lower < 0 || upper < 0 ? " to " : "–"
        return "[\(number(lower))\(separator)\(number(upper))]"
    }

    /// A place name inside a sentence: "through the Caribbean", "for the United States".
    static func place(_ name: String) -> String {
        switch name {
        case "United States", "Caribbean", "Southern Cone": return "the " + name
        case "Rest of world": return "the rest of the world"
        default: return name
        }
    }

    /// Upper-cases the first letter of a sentence.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func significant(_ value: Double) -> String {
        // Two significant figures below 1 (0.012), three above (1.25, 12.5, 125).
        let decimals = value >= 100 ? 0 : (value >= 10 ? 1 : (value >= 1 ? 2 : max(2, Int(-floor(log10(value))) + 1)))
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    private static func grouped(_ value: Double) -> String {
        let digits = String(format: "%.0f", value)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
