/// A way a run's outputs break what must hold whatever the parameters and policies.
public struct InvariantViolation: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// NaN or infinity.
        case notFinite = "not finite"
        /// Below zero where nothing can be.
        case negative
        /// Standing illicit or legal coca that does not equal last year's plus planting less removals.
        case hectareBalance = "hectare balance"
        /// World cocaine stocks that do not equal last year's plus production less seizures, losses and consumption.
        case cocaineBalance = "cocaine balance"
    }

    public let kind: Kind
    public let series: SeriesKey
    public let year: Int
    public let value: Double
    /// What it should have been, or the allowed range, in words.
    public let expected: String

    public var description: String {
        "\(kind.rawValue): \(series.indicator) at \(series.place) in \(year) is \(value); expected \(expected)"
    }
}

/// Checks a run's outputs for what must hold in any run: every value finite; nothing negative but a
/// reclassification; each region's illicit and legal coca balancing year on year with the flows that
/// change it (planting, abandonment, eradication, voluntary removal, reclassification); and world
/// cocaine stocks balancing with production, seizures and consumption. Years are checked from the
/// second simulated year, since the stocks before the first month are not reported.
public enum ResultInvariants {
    static let signed = Indicators.signed
    /// Relative tolerance of the balances: sums of twelve months in floating point.
    static let tolerance = 1e-7

    public static func violations(in results: SimulationResults, limit: Int = 50) -> [InvariantViolation] {
        var found: [InvariantViolation] = []
        func note(_ violation: InvariantViolation) { if found.count < limit { found.append(violation) } }
        let years = results.years
        for (slot, key) in results.keys.enumerated() {
            for (index, year) in years.enumerated() {
                let value = results.values[slot * years.count + index]
                if !value.isFinite {
                    note(
                        InvariantViolation(
                            kind: .notFinite, series: key, year: year, value: value, expected: "a finite number"))
                } else if value < -tolerance, !signed.contains(key.indicator) {
                    note(InvariantViolation(kind: .negative, series: key, year: year, value: value, expected: "≥ 0"))
                }
            }
        }
        guard found.isEmpty else { return found }
        for region in results.layout.slots.regionPlaces { checkHectares(results, place: region, note: note) }
        checkCocaine(results, note: note)
        return found
    }

    private static func checkHectares(
        _ results: SimulationResults, place: String,
        note: (InvariantViolation) -> Void
    ) {
        func series(_ indicator: Indicator) -> [Double] {
            results.series(indicator.name, place) ?? [Double](repeating: 0, count: results.years.count)
        }
        let illicit = series(Indicators.illicitArea), legal = series(Indicators.legalArea)
        let planted = series(Indicators.grossPlanted), abandoned = series(Indicators.abandoned)
        let sprayKills = series(Indicators.eradicatedSpraying), manualKills = series(Indicators.eradicatedManual)
        let uprooted = series(Indicators.voluntarilyRemoved), reclassified = series(Indicators.reclassified)
        for index in results.years.indices.dropFirst() {
            let year = results.years[index]
            let expectedIllicit =
                illicit[index - 1] + planted[index] - abandoned[index] - sprayKills[index]
                - manualKills[index] - uprooted[index] - reclassified[index]
            let scale = max(1, illicit[index - 1], illicit[index], planted[index])
            if abs(illicit[index] - expectedIllicit) > tolerance * scale {
                note(
                    InvariantViolation(
                        kind: .hectareBalance, series: SeriesKey(Indicators.illicitArea.name, place),
                        year: year, value: illicit[index],
                        expected:
                            "\(expectedIllicit) (last year plus planting less abandonment, eradication, voluntary removal and reclassification)"
                    ))
            }
            let expectedLegal = legal[index - 1] + reclassified[index]
            if abs(legal[index] - expectedLegal) > tolerance * max(1, legal[index], legal[index - 1]) {
                note(
                    InvariantViolation(
                        kind: .hectareBalance, series: SeriesKey(Indicators.legalArea.name, place),
                        year: year, value: legal[index],
                        expected: "\(expectedLegal) (last year plus reclassification)"))
            }
        }
    }

    private static func checkCocaine(_ results: SimulationResults, note: (InvariantViolation) -> Void) {
        let world = Slots.world
        guard let stock = results.series(Indicators.cocaineStock.name, world),
            let production = results.series(Indicators.cocaineProduction.name, world),
            let seizures = results.series(Indicators.seizures.name, world),
            let consumption = results.series(Indicators.consumption.name, world),
            let losses = results.series(Indicators.losses.name, world)
        else { return }
        for index in results.years.indices.dropFirst() {
            let expected = stock[index - 1] + production[index] - seizures[index] - losses[index] - consumption[index]
            let scale = max(1, production[index], stock[index - 1], stock[index])
            if abs(stock[index] - expected) > tolerance * scale {
                note(
                    InvariantViolation(
                        kind: .cocaineBalance, series: SeriesKey(Indicators.cocaineStock.name, world),
                        year: results.years[index], value: stock[index],
                        expected: "\(expected) t (last year plus production less seizures, losses and consumption)"))
            }
        }
    }
}
