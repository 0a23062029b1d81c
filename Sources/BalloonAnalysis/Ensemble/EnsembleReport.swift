import BalloonModel

/// The outputs of an ensemble run: bands for every series as CSV and JSON, and a console table.
/// A merged set of shards renders through this same type, so its files are byte-identical.
public struct EnsembleReport: Sendable {
    public let spec: AnalysisSpec
    public let accumulation: EnsembleAccumulation

    public init(spec: AnalysisSpec, accumulation: EnsembleAccumulation) {
        self.spec = spec
        self.accumulation = accumulation
    }

    /// Every non-zero series as median and 5–95% band (the contract type used by reports).
    public var summary: EnsembleSummary { accumulation.summary(scenario: spec.scenarios[0], seed: spec.seed) }

    /// Series shown in the console table.
    static let headline: [(label: String, indicator: String, place: String)] =
        Country.allCases.map { ("Coca area, \($0.name)", "coca_area_ha", $0.code) }
        + [("Coca area, Andean total", "coca_area_ha", "ANDEAN"),
           ("Cocaine production, world", "cocaine_production_t", "WORLD"),
           ("Seizures, world", "seizures_t", "WORLD")]
        + Market.allCases.map { ("Cocaine consumed, \($0.name)", "consumption_t", $0.code) }
        + Market.allCases.map { ("Retail price per pure g, \($0.name)", "retail_price_usd_per_pure_gram", $0.code) }
        + [Country.colombia, .ecuador, .peru].map { ("Homicides per 100k, \($0.name)", "homicide_rate_per_100k", $0.code) }
        + [("Spending, all instruments", "spending_usd", "TOTAL")]

    /// Tidy CSV: `scenario,indicator,place,year,statistic,value,unit`, statistic `median`, `p05` or `p95`;
    /// series zero in every member and year are left out.
    public func csv() -> String {
        var lines = [Self.csvHeader]
        let scenario = AnalysisText.csvField(spec.scenarios[0])
        for slot in sortedSlots where !accumulation.isAllZero(slot: slot) {
            let key = accumulation.keys[slot]
            let band = accumulation.band(slot: slot)
            let prefix = "\(scenario),\(key.indicator),\(AnalysisText.csvField(key.place)),"
            let unit = AnalysisText.csvField(accumulation.units[slot])
            for (index, year) in band.years.enumerated() {
                for (statistic, value) in [("median", band.median[index]), ("p05", band.lower[index]), ("p95", band.upper[index])] {
                    lines.append(prefix + "\(year),\(statistic),\(AnalysisText.number(value)),\(unit)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let csvHeader = "scenario,indicator,place,year,statistic,value,unit"

    /// The JSON document (schema `balloon.ensemble/1`, docs/analysis.md).
    public func json() -> String {
        struct Band: Encodable {
            let unit: String
            let median: [Double], p05: [Double], p95: [Double]
        }
        struct Document: Encodable {
            let schema = "balloon.ensemble/1"
            let modelVersion: String, scenario: String, members: Int, seed: UInt64, posterior: String
            let currency: String, statistics: String, years: [Int], series: [String: Band]
            enum CodingKeys: String, CodingKey {
                case schema, scenario, members, seed, posterior, currency, statistics, years, series
                case modelVersion = "model_version"
            }
        }
        var series: [String: Band] = [:]
        for slot in accumulation.keys.indices where !accumulation.isAllZero(slot: slot) {
            let band = accumulation.band(slot: slot)
            let key = accumulation.keys[slot]
            series["\(key.indicator)|\(key.place)"] = Band(unit: accumulation.units[slot], median: band.median, p05: band.lower, p95: band.upper)
        }
        return AnalysisText.json(Document(
            modelVersion: spec.modelVersion, scenario: spec.scenarios[0], members: accumulation.members, seed: spec.seed,
            posterior: spec.posterior, currency: "constant US$ of \(ModelParameters.baseYear)",
            statistics: Self.statisticsNote, years: accumulation.years, series: series))
    }

    static let statisticsNote = "median, p05 and p95 over members (Hyndman-Fan type 5); member k uses posterior draw k mod draws and seed + k"

    /// A console table of the headline series: median and 5–95% band in a few years.
    public func table() -> String {
        let years = Self.tableYears(accumulation.years)
        var rows: [(String, [String], String)] = []
        for row in Self.headline {
            guard let slot = accumulation.keys.firstIndex(of: SeriesKey(row.indicator, row.place)) else { continue }
            let band = accumulation.band(slot: slot)
            let cells = years.map { year -> String in
                let index = year - accumulation.years[0]
                return "\(AnalysisText.human(band.median[index])) (\(AnalysisText.human(band.lower[index]))–\(AnalysisText.human(band.upper[index])))"
            }
            rows.append((row.label, cells, accumulation.units[slot]))
        }
        let labelWidth = rows.map(\.0.count).max() ?? 10
        let cellWidth = max(12, (rows.flatMap(\.1).map(\.count).max() ?? 12) + 2)
        var lines = ["Scenario \(spec.scenarios[0]): ensemble of \(accumulation.members) members (posterior \(spec.posterior); seeds \(spec.seed) + k)",
                     "Median (5–95% band) over members"]
        lines.append(AnalysisText.pad("", labelWidth) + years.map { AnalysisText.leftPad(String($0), cellWidth) }.joined() + "  unit")
        for (label, cells, unit) in rows {
            lines.append(AnalysisText.pad(label, labelWidth) + cells.map { AnalysisText.leftPad($0, cellWidth) }.joined() + "  " + unit)
        }
        return lines.joined(separator: "\n")
    }

    /// First year, 2010, 2020, 2030 and the last year, where simulated.
    static func tableYears(_ years: [Int]) -> [Int] {
        guard let first = years.first, let last = years.last else { return [] }
        return Array(Set([first, 2010, 2020, 2030, last].filter { $0 >= first && $0 <= last })).sorted()
    }

    private var sortedSlots: [Int] { accumulation.keys.indices.sorted { accumulation.keys[$0] < accumulation.keys[$1] } }
}
