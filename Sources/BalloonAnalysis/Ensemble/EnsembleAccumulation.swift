import BalloonModel

/// What the members of an ensemble have produced so far: for every series and year, the
/// distribution of the members' values. Merging the accumulations of disjoint sets of members gives
/// exactly the accumulation of all of them, in any order, so threads and cluster shards agree.
///
/// Memory: one `MemberDistribution` per series-year, at most 2 KiB of values each (about 1,300
/// series × 41 years for 2000–2040, most of them zero in every member and so holding nothing).
package struct EnsembleAccumulation: Sendable, Codable, Equatable {
    package let years: [Int]
    package let keys: [SeriesKey]
    package let units: [String]
    /// Members added.
    package private(set) var members = 0
    /// `cells[slot * years.count + yearIndex]`, laid out as `SimulationResults.values`.
    package private(set) var cells: [MemberDistribution]

    /// An empty accumulation for results laid out as `results`.
    package init(layoutOf results: SimulationResults) {
        years = results.years
        keys = results.keys
        units = results.units
        cells = Array(repeating: MemberDistribution(), count: results.values.count)
    }

    /// Adds one member's results (same layout).
    package mutating func add(_ results: SimulationResults) {
        precondition(results.years == years && results.values.count == cells.count, "results laid out differently")
        members += 1
        results.values.withUnsafeBufferPointer { values in
            for index in values.indices { cells[index].add(values[index]) }
        }
    }

    /// Adds every member of `other` (same layout, disjoint members).
    package mutating func merge(_ other: EnsembleAccumulation) {
        precondition(other.years == years && other.keys == keys, "accumulations laid out differently")
        members += other.members
        for index in cells.indices { cells[index].merge(other.cells[index]) }
    }

    /// Bytes of member values held: bounded by 2 KiB per non-zero cell whatever the member count.
    package var storedBytes: Int { cells.reduce(0) { $0 + $1.storedBytes } }

    /// Whether a decoded accumulation obeys its invariants.
    var isConsistent: Bool {
        keys.count == units.count && cells.count == keys.count * years.count
            && cells.allSatisfy { $0.isConsistent && $0.count == members }
    }

    /// Median and 5–95% band of the series in `slot`.
    package func band(slot: Int) -> SeriesBand {
        let row = cells[(slot * years.count)..<((slot + 1) * years.count)]
        return SeriesBand(
            years: years,
            median: row.map { $0.quantile(0.5) ?? .nan },
            lower: row.map { $0.quantile(0.05) ?? .nan },
            upper: row.map { $0.quantile(0.95) ?? .nan })
    }

    /// Whether the series in `slot` was zero in every member and year (left out of outputs).
    package func isAllZero(slot: Int) -> Bool {
        cells[(slot * years.count)..<((slot + 1) * years.count)].allSatisfy(\.isAllZero)
    }

    /// Every series that is not zero throughout, as bands keyed `indicator|place`: the ensemble summary file.
    package func summary(scenario: String, seed: UInt64, modelVersion: String, posterior: String) -> EnsembleSummary {
        var series: [String: EnsembleSummary.Band] = [:]
        for slot in keys.indices where !isAllZero(slot: slot) {
            let band = band(slot: slot)
            series[keys[slot].fileKey] = .init(unit: units[slot], median: band.median, p05: band.lower, p95: band.upper)
        }
        return EnsembleSummary(
            modelVersion: modelVersion, scenario: scenario, members: members, seed: seed, posterior: posterior,
            years: years, series: series)
    }
}
