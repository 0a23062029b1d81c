import BalloonModel

/// Tidy CSV: one row per year × place × indicator (docs/outputs.md).
public enum TidyCSV {
    public static let header = "scenario,seed,year,place,indicator,value,unit"

    /// All series with at least one non-zero value, sorted by indicator, place and year.
    public static func render(_ results: SimulationResults, scenario: String, seed: UInt64) -> String {
        var lines = [header]
        let order = results.keys.indices.sorted { results.keys[$0] < results.keys[$1] }
        for slot in order {
            let key = results.keys[slot]
            guard let series = results.series(key.indicator, key.place), series.contains(where: { $0 != 0 }) else {
                continue
            }
            for (index, year) in results.years.enumerated() {
                lines.append(
                    "\(csvField(scenario)),\(seed),\(year),\(csvField(key.place)),\(key.indicator),\(formatNumber(series[index])),\(csvField(results.units[slot]))"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Shortest round-tripping decimal text: identical bits give identical text on every platform.
public func formatNumber(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity") }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
