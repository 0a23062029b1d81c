import Foundation

/// How tick labels on a numeric axis are written.
public enum TickFormat: String, Sendable, Codable, Equatable {
    /// Thousands separators and M/B/T suffixes for large magnitudes: `12,000`, `1.5M`.
    case grouped
    /// Digits only, no separators: for years such as `2024`.
    case plain
}

/// Human-readable number formatting shared by every chart.
public enum NumberFormat {
    /// Written in place of NaN or ±infinity so that no chart ever shows "nan" or "inf".
    public static let missing = "n/a"

    /// Formats a value with thousands separators and a fixed number of decimals: `1234` → `1,234`.
    public static func grouped(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return missing }
        let places = min(max(decimals, 0), 12)
        // %f rather than manual rounding: it handles magnitudes beyond Int64 and rounds correctly.
        var digits = String(format: "%.\(places)f", abs(value))
        var fraction = ""
        if let dot = digits.firstIndex(of: ".") {
            fraction = String(digits[dot...])
            digits = String(digits[..<dot])
        }
        var grouped = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let isZero = (digits + fraction).allSatisfy { $0 == "0" || $0 == "." }
        return (value < 0 && !isZero ? "-" : "") + grouped + fraction
    }

    /// Formats a single value compactly: `1,234`, `12,000`, `1.5M`, `3.4B`, `1.2T`, `0.125`.
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        let magnitude = abs(value)
        if magnitude >= 1e15 { return scientific(value, significant: 2) }
        if magnitude >= 999_950 {
            var suffixIndex = magnitude >= 999_950_000_000 ? 2 : (magnitude >= 999_950_000 ? 1 : 0)
            var scaled = value / suffixes[suffixIndex].divisor
            // 999.97M rounds to "1000.0M"; promote it to the next suffix instead.
            if abs((scaled * 10).rounded()) >= 10_000 && suffixIndex < 2 {
                suffixIndex += 1
                scaled = value / suffixes[suffixIndex].divisor
            }
            return trimZeros(grouped(scaled, decimals: 1)) + suffixes[suffixIndex].symbol
        }
        if magnitude >= 100 { return grouped(value, decimals: 0) }
        if magnitude >= 1 { return trimZeros(grouped(value, decimals: 2)) }
        if magnitude == 0 { return "0" }
        if magnitude < 1e-4 { return scientific(value, significant: 2) }
        // Three significant digits keep small shares such as 0.0123 readable.
        let decimals = Int(-floor(log10(magnitude))) + 2
        return trimZeros(grouped(value, decimals: decimals))
    }

    /// Formats a change with an explicit sign: `+12.5`, `-3`, `0`.
    public static func signed(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        let text = compact(value)
        return value > 0 && text != "0" ? "+" + text : text
    }

    /// Formats a set of tick values with one shared suffix and precision so labels line up.
    public static func tickLabels(_ ticks: [Double], step: Double, format: TickFormat = .grouped) -> [String] {
        let finite = ticks.filter(\.isFinite)
        let largest = finite.map(abs).max() ?? 0
        let safeStep = step.isFinite && step > 0 ? step : 1
        if largest >= 1e15 {
            return ticks.map { $0 == 0 ? "0" : scientific($0, significant: 2) }
        }
        var divisor = 1.0
        var symbol = ""
        if format == .grouped, let suffix = suffixes.last(where: { largest >= $0.divisor }) {
            divisor = suffix.divisor
            symbol = suffix.symbol
        }
        let decimals = decimalsNeeded(safeStep / divisor)
        return ticks.map { tick in
            guard tick.isFinite else { return missing }
            if abs(tick) < safeStep * 1e-9 { return "0" }
            let scaled = tick / divisor
            switch format {
            case .grouped:
                return grouped(scaled, decimals: decimals) + symbol
            case .plain:
                return String(format: "%.\(decimals)f", scaled)
            }
        }
    }

    /// Fewest decimals that write `step` exactly (2.5 needs one), so neighbouring ticks never share a label.
    static func decimalsNeeded(_ step: Double) -> Int {
        for decimals in 0...12 {
            let scaled = step * pow(10, Double(decimals))
            if scaled.rounded() != 0 && abs(scaled - scaled.rounded()) <= 1e-6 * abs(scaled) { return decimals }
        }
        return 12
    }

    private static let suffixes: [(divisor: Double, symbol: String)] = [(1e6, "M"), (1e9, "B"), (1e12, "T")]

    private static func scientific(_ value: Double, significant: Int) -> String {
        // "1.2e+15" from %e; drop the "+" and leading exponent zeros for a shorter label.
        let raw = String(format: "%.\(max(significant - 1, 0))e", value)
        guard let e = raw.firstIndex(of: "e") else { return raw }
        let mantissa = trimZeros(String(raw[..<e]))
        var exponent = String(raw[raw.index(after: e)...])
        let negative = exponent.hasPrefix("-")
        exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
        return mantissa + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
    }

    private static func trimZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
