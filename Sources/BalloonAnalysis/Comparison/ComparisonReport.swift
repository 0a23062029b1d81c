import BalloonModel
import BalloonScenario

/// The outputs of a paired comparison: differences against the baseline with bands, the derived
/// cost-effectiveness and the probability of reducing cocaine reaching consumers, as CSV, JSON and a
/// console table. Merged shards render through this same type, so their files are byte-identical.
package struct ComparisonReport: Sendable {
    package let spec: AnalysisSpec
    package let accumulation: ComparisonAccumulation

    package init(spec: AnalysisSpec, accumulation: ComparisonAccumulation) {
        self.spec = spec
        self.accumulation = accumulation
    }

    /// A derived per-member quantity of a contrast, with its output name and unit.
    struct Derived: Sendable {
        let name: String
        let label: String
        let unit: String
        let distribution: @Sendable (ScenarioContrast) -> MemberDistribution
    }

    static let costEffectiveness = [
        Derived(
            name: "cost_per_net_hectare_removed", label: "Cost per net hectare removed", unit: "US$ per ha-year",
            distribution: { $0.costPerHectareRemoved }),
        Derived(
            name: "cost_per_kg_kept_from_consumers", label: "Cost per kg kept from consumers", unit: "US$ per kg",
            distribution: { $0.costPerKilogramKept }),
        Derived(
            name: "cost_per_percent_fewer_users", label: "Cost per 1% fewer users", unit: "US$ per %-year",
            distribution: { $0.costPerPercentFewerUsers }),
    ]

    static let effects = [
        Derived(
            name: "net_cost_usd", label: "Net extra spending over the window", unit: "US$",
            distribution: { $0.netCostUSD }),
        Derived(
            name: "hectare_years_removed", label: "Illicit coca removed, net", unit: "ha-years",
            distribution: { $0.hectareYearsRemoved }),
        Derived(
            name: "kg_kept_from_consumers", label: "Cocaine kept from consumers", unit: "kg",
            distribution: { $0.kilogramsKept }),
        Derived(
            name: "user_percent_years_fewer", label: "Users fewer", unit: "%-years",
            distribution: { $0.userPercentYears }),
        Derived(
            name: "consumer_reduction_percent", label: "Cocaine reaching consumers, reduction", unit: "%",
            distribution: { $0.consumerReductionPercent }),
    ]

    /// The three reported quantiles.
    static let quantiles: [(name: String, probability: Double)] = [("median", 0.5), ("p05", 0.05), ("p95", 0.95)]

    /// Whether a series is shown (not zero in every member for the difference and the baseline).
    func isReported(_ contrast: ScenarioContrast, series index: Int) -> Bool {
        !(contrast.windowDifference[index].isAllZero && contrast.windowBaseline[index].isAllZero
            && (0..<accumulation.years.count).allSatisfy {
                contrast.yearly[index * accumulation.years.count + $0].isAllZero
            })
    }

    /// The probability that the scenario reduces cocaine reaching consumers by at least the threshold.
    func probability(_ contrast: ScenarioContrast) -> Double {
        accumulation.members > 0 ? Double(contrast.membersReachingThreshold) / Double(accumulation.members) : 0
    }

    /// Share of members with a defined (finite) value.
    static func shareDefined(_ distribution: MemberDistribution) -> Double {
        distribution.count > 0
            ? Double(distribution.count - distribution.undefinedMembers) / Double(distribution.count) : 0
    }

    // MARK: CSV

    /// Tidy CSV: `scenario,indicator,place,year,statistic,value,unit` (docs/analysis.md lists the statistics).
    package func csv() -> String {
        var lines = [EnsembleReport.csvHeader]
        let years = accumulation.years
        for contrast in accumulation.contrasts {
            let scenario = AnalysisText.csvField(FileStem.make(contrast.scenario))
            func row(
                _ indicator: String, _ place: String, _ year: String, _ statistic: String, _ value: Double?,
                _ unit: String
            ) {
                lines.append(
                    "\(scenario),\(indicator),\(AnalysisText.csvField(place)),\(year),\(statistic),\(value.map(AnalysisText.number) ?? "n/a"),\(AnalysisText.csvField(unit))"
                )
            }
            row(
                "consumer_reduction_probability", "WORLD", "window", "probability", probability(contrast),
                "share of members")
            row(
                "consumer_reduction_probability", "WORLD", "window", "threshold_percent", accumulation.thresholdPercent,
                "%")
            row("members", "ALL", "window", "count", Double(accumulation.members), "members")
            row("window", "ALL", "window", "members_without_window", Double(contrast.membersWithoutWindow), "members")
            if let start = contrast.windowStart, let end = contrast.windowEnd {
                row("window", "ALL", "window", "first_year_min", Double(start.lowerBound), "year")
                row("window", "ALL", "window", "first_year_max", Double(start.upperBound), "year")
                row("window", "ALL", "window", "last_year_min", Double(end.lowerBound), "year")
                row("window", "ALL", "window", "last_year_max", Double(end.upperBound), "year")
            }
            for derived in Self.costEffectiveness + Self.effects {
                let distribution = derived.distribution(contrast)
                for (name, p) in Self.quantiles {
                    row(derived.name, "ALL", "window", name, distribution.quantile(p), derived.unit)
                }
                row(derived.name, "ALL", "window", "share_defined", Self.shareDefined(distribution), "share of members")
            }
            for (index, series) in accumulation.series.enumerated() where isReported(contrast, series: index) {
                for (name, p) in Self.quantiles {
                    row(
                        series.indicator, series.place, "window", "difference_\(name)",
                        contrast.windowDifference[index].quantile(p), series.unit)
                }
                for (name, p) in Self.quantiles {
                    row(
                        series.indicator, series.place, "window", "baseline_\(name)",
                        contrast.windowBaseline[index].quantile(p), series.unit)
                }
                for (yearIndex, year) in years.enumerated() {
                    let cell = contrast.yearly[index * years.count + yearIndex]
                    for (name, p) in Self.quantiles {
                        row(
                            series.indicator, series.place, String(year), "difference_\(name)", cell.quantile(p),
                            series.unit)
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    struct QuantileTriple: Encodable {
        let median: Double?, p05: Double?, p95: Double?
        init(_ distribution: MemberDistribution) {
            median = distribution.quantile(0.5)
            p05 = distribution.quantile(0.05)
            p95 = distribution.quantile(0.95)
        }
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(median, forKey: .median)
            try container.encode(p05, forKey: .p05)
            try container.encode(p95, forKey: .p95)
        }
        enum CodingKeys: String, CodingKey { case median, p05, p95 }
    }

    /// The JSON document (schema `balloon.comparison/1`, docs/analysis.md); undefined values are null.
    package func json() -> String {
        struct DerivedEntry: Encodable {
            let unit: String, quantiles: QuantileTriple, shareDefined: Double
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(unit, forKey: .unit)
                try container.encode(quantiles.median, forKey: .median)
                try container.encode(quantiles.p05, forKey: .p05)
                try container.encode(quantiles.p95, forKey: .p95)
                try container.encode(shareDefined, forKey: .shareDefined)
            }
            enum Keys: String, CodingKey { case unit, median, p05, p95, shareDefined = "share_defined" }
        }
        struct SeriesEntry: Encodable {
            let label: String, unit: String
            let windowDifference: QuantileTriple, windowBaseline: QuantileTriple
            let yearlyDifference: [String: [Double?]]
            enum CodingKeys: String, CodingKey {
                case label, unit, windowDifference = "window_difference", windowBaseline = "window_baseline"
                case yearlyDifference = "yearly_difference"
            }
        }
        struct Window: Encodable {
            let firstYear: [Int]?, lastYear: [Int]?, membersWithoutWindow: Int
            enum CodingKeys: String, CodingKey {
                case firstYear = "first_year_range", lastYear = "last_year_range", membersWithoutWindow =
                    "members_without_window"
            }
        }
        struct ScenarioEntry: Encodable {
            let window: Window
            let probabilityConsumerReduction: Double
            let costEffectiveness: [String: DerivedEntry], effects: [String: DerivedEntry]
            let series: [String: SeriesEntry]
            enum CodingKeys: String, CodingKey {
                case window, series, effects
                case probabilityConsumerReduction = "probability_consumer_reduction_at_least_threshold"
                case costEffectiveness = "cost_effectiveness"
            }
        }
        struct Document: Encodable {
            let schema = "balloon.comparison/1"
            let modelVersion: String, baseline: String, members: Int, seed: UInt64, posterior: String, currency: String
            let thresholdPercent: Double, windowRule: String, years: [Int], scenarios: [String: ScenarioEntry]
            enum CodingKeys: String, CodingKey {
                case schema, baseline, members, seed, posterior, currency, years, scenarios
                case modelVersion = "model_version", thresholdPercent = "threshold_percent", windowRule = "window_rule"
            }
        }
        let years = accumulation.years
        var scenarios: [String: ScenarioEntry] = [:]
        for contrast in accumulation.contrasts {
            func entries(_ list: [Derived]) -> [String: DerivedEntry] {
                Dictionary(
                    uniqueKeysWithValues: list.map { derived in
                        let distribution = derived.distribution(contrast)
                        return (
                            derived.name,
                            DerivedEntry(
                                unit: derived.unit, quantiles: QuantileTriple(distribution),
                                shareDefined: Self.shareDefined(distribution))
                        )
                    })
            }
            var series: [String: SeriesEntry] = [:]
            for (index, compared) in accumulation.series.enumerated() where isReported(contrast, series: index) {
                let cells = (0..<years.count).map { contrast.yearly[index * years.count + $0] }
                series["\(compared.indicator)|\(compared.place)"] = SeriesEntry(
                    label: compared.label, unit: compared.unit,
                    windowDifference: QuantileTriple(contrast.windowDifference[index]),
                    windowBaseline: QuantileTriple(contrast.windowBaseline[index]),
                    yearlyDifference: Dictionary(
                        uniqueKeysWithValues: Self.quantiles.map { name, p in (name, cells.map { $0.quantile(p) }) }))
            }
            scenarios[contrast.scenario] = ScenarioEntry(
                window: Window(
                    firstYear: contrast.windowStart.map { [$0.lowerBound, $0.upperBound] },
                    lastYear: contrast.windowEnd.map { [$0.lowerBound, $0.upperBound] },
                    membersWithoutWindow: contrast.membersWithoutWindow),
                probabilityConsumerReduction: probability(contrast),
                costEffectiveness: entries(Self.costEffectiveness), effects: entries(Self.effects), series: series)
        }
        return AnalysisText.json(
            Document(
                modelVersion: spec.modelVersion, baseline: accumulation.baseline, members: accumulation.members,
                seed: spec.seed,
                posterior: spec.posterior, currency: "constant US$ of \(ModelParameters.baseYear)",
                thresholdPercent: accumulation.thresholdPercent, windowRule: Self.windowRule, years: years,
                scenarios: scenarios))
    }

    static let windowRule =
        "costs and effects are summed over the years from the first to the last in which any spending series differs from the baseline's by more than US$1; the whole run if none does"
}
