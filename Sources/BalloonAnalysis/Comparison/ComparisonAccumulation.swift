import BalloonModel

/// What the paired members of a comparison have produced so far, per scenario against the baseline.
/// Merging accumulations of disjoint members gives exactly the accumulation of all of them.
package struct ComparisonAccumulation: Sendable, Codable, Equatable {
    package let baseline: String
    package let years: [Int]
    package let series: [ComparedSeries]
    package let thresholdPercent: Double
    package private(set) var members = 0
    package private(set) var contrasts: [ScenarioContrast]

    init(baseline: String, scenarios: [String], layoutOf results: SimulationResults, thresholdPercent: Double) {
        self.baseline = baseline
        years = results.years
        let series = ComparedSeriesCatalog.build(keys: results.keys, units: results.units)
        self.series = series
        self.thresholdPercent = thresholdPercent
        contrasts = scenarios.map {
            ScenarioContrast(scenario: $0, seriesCount: series.count, yearCount: results.years.count)
        }
    }

    /// Adds one member: its baseline run and its run of each scenario, in `contrasts` order.
    mutating func add(baseline: SimulationResults, scenarios: [SimulationResults], inputs: ContrastInputs) {
        precondition(scenarios.count == contrasts.count, "one run per compared scenario")
        members += 1
        for index in contrasts.indices {
            contrasts[index].add(
                baseline: baseline, scenario: scenarios[index], series: series, inputs: inputs,
                thresholdPercent: thresholdPercent)
        }
    }

    /// Adds every member of `other`.
    package mutating func merge(_ other: ComparisonAccumulation) {
        precondition(
            other.years == years && other.series == series && other.contrasts.count == contrasts.count,
            "accumulations of different comparisons")
        members += other.members
        for index in contrasts.indices { contrasts[index].merge(other.contrasts[index]) }
    }

    /// Bytes of member values held (bounded whatever the member count).
    package var storedBytes: Int { contrasts.reduce(0) { $0 + $1.allDistributions.reduce(0) { $0 + $1.storedBytes } } }

    /// Whether a decoded accumulation obeys its invariants.
    var isConsistent: Bool {
        contrasts.allSatisfy { contrast in
            contrast.yearly.count == series.count * years.count && contrast.windowDifference.count == series.count
                && contrast.windowBaseline.count == series.count
                && contrast.allDistributions.allSatisfy { $0.isConsistent && $0.count == members }
        }
    }
}
