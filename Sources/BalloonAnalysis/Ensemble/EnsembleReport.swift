import BalloonModel
import BalloonScenario

/// The outputs of an ensemble run: bands for every series as CSV and JSON, and a console table.
/// A merged set of shards renders through this same type, so its files are byte-identical.
package struct EnsembleReport: Sendable {
    package let spec: AnalysisSpec
    package let accumulation: EnsembleAccumulation

    package init(spec: AnalysisSpec, accumulation: EnsembleAccumulation) {
        self.spec = spec
        self.accumulation = accumulation
    }

    /// Every non-zero series as median and 5–95% band: what `json()` writes and reports read.
    package var summary: EnsembleSummary {
        accumulation.summary(
            scenario: spec.scenarios[0], seed: spec.seed, modelVersion: spec.modelVersion, posterior: spec.posterior)
    }

    /// Series shown in the console table.
    static let headline: [(label: String, indicator: Indicator, place: Place)] =
        Country.allCases.map { ("Coca area, \($0.name)", Indicators.cocaArea, .country($0)) }
        + [
            ("Coca area, Andean total", Indicators.cocaArea, .andean),
            ("Cocaine production, world", Indicators.cocaineProduction, .world),
            ("Seizures, world", Indicators.seizures, .world),
        ]
        + Market.allCases.map { ("Cocaine consumed, \($0.name)", Indicators.consumption, .market($0)) }
        + [("Demand dealers could not serve, world", Indicators.unmetDemand, .world)]
        + Market.allCases.map { ("Retail price per pure g, \($0.name)", Indicators.retailPrice, .market($0)) }
        + [Country.colombia, .ecuador, .peru].map {
            ("Homicides per 100k, \($0.name)", Indicators.homicideRate, .country($0))
        }
        + [("Spending, all instruments", Indicators.spending, .total)]

    /// Tidy CSV: `scenario,indicator,place,year,statistic,value,unit`, statistic `median`, `p05` or `p95`;
    /// series zero in every member and year are left out.
    package func csv() -> String {
        var lines = [Self.csvHeader]
        let scenario = AnalysisText.csvField(FileStem.make(spec.scenarios[0]))
        for slot in sortedSlots where !accumulation.isAllZero(slot: slot) {
            let key = accumulation.keys[slot]
            let band = accumulation.band(slot: slot)
            let prefix = "\(scenario),\(key.indicator),\(AnalysisText.csvField(key.place)),"
            let unit = AnalysisText.csvField(accumulation.units[slot])
            for (index, year) in band.years.enumerated() {
                for (statistic, value) in [
                    ("median", band.median[index]), ("p05", band.lower[index]), ("p95", band.upper[index]),
                ] {
                    lines.append(prefix + "\(year),\(statistic),\(AnalysisText.number(value)),\(unit)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let csvHeader = "scenario,indicator,place,year,statistic,value,unit"

    /// The JSON document: the ensemble summary file (schema `balloon.ensemble/1`, docs/analysis.md).
    package func json() -> String { summary.encoded() }

    /// A console table of the headline series: median and 5–95% band in a few years.
    package func table() -> String {
        let years = Self.tableYears(accumulation.years)
        var rows: [(String, [String], String)] = []
        for row in Self.headline {
            guard let slot = accumulation.keys.firstIndex(of: SeriesKey(row.indicator, row.place)) else { continue }
            let band = accumulation.band(slot: slot)
            let cells = years.map { year -> String in
                let index = year - accumulation.years[0]
                return
                    "\(AnalysisText.human(band.median[index])) (\(AnalysisText.human(band.lower[index]))–\(AnalysisText.human(band.upper[index])))"
            }
            rows.append((row.label, cells, accumulation.units[slot]))
        }
        let labelWidth = rows.map(\.0.count).max() ?? 10
        let cellWidth = max(12, (rows.flatMap(\.1).map(\.count).max() ?? 12) + 2)
        var lines = [
            "Scenario \(spec.scenarios[0]): ensemble of \(accumulation.members) members (posterior \(spec.posterior); seeds \(spec.seed) + k)",
            "Median (5–95% band) over members",
        ]
        lines.append(
            AnalysisText.pad("", labelWidth) + years.map { AnalysisText.leftPad(String($0), cellWidth) }.joined()
                + "  unit")
        for (label, cells, unit) in rows {
            lines.append(
                AnalysisText.pad(label, labelWidth) + cells.map { AnalysisText.leftPad($0, cellWidth) }.joined() + "  "
                    + unit)
        }
        return lines.joined(separator: "\n")
    }

    /// First year, 2010, 2020, 2030 and the last year, where simulated.
    static func tableYears(_ years: [Int]) -> [Int] {
        guard let first = years.first, let last = years.last else { return [] }
        return Array(Set([first, 2010, 2020, 2030, last].filter { $0 >= first && $0 <= last })).sorted()
    }

    private var sortedSlots: [Int] {
        accumulation.keys.indices.sorted { accumulation.keys[$0] < accumulation.keys[$1] }
    }
}
