import BalloonModel

/// What a scenario's extra money bought compared with the baseline, cumulated over the policy years.
///
/// Coca area is a stock, so "hectares removed" sums each year's gap between baseline and scenario area:
/// a hectare kept out of cultivation for one year counts once (a hectare-year). Consumption is a flow, so
/// "kilograms kept from consumers" is the plain sum of yearly gaps. Both are net of displacement: they use
/// totals over every country and market, so coca or cocaine that moves elsewhere cancels out.
struct CostEffectiveness: Sendable, Equatable {
    /// A cost ratio, or why there is none.
    enum Ratio: Sendable, Equatable {
        case usd(Double)
        /// The denominator is zero or negative: the scenario removed nothing (or added).
        case notMeaningful
        /// The scenario spent no more than the baseline yet removed something.
        case noExtraCost

        /// Words for a table cell, e.g. "US$57,000" or "not meaningful".
        var text: String {
            switch self {
            case .usd(let value): Wording.money(value)
            case .notMeaningful: "not meaningful"
            case .noExtraCost: "no extra spending"
            }
        }

        /// Dollars per unit; zero would mislead, so the two other cases divide as "not meaningful" (no gain)
        /// and "no extra cost" (gain for free).
        static func of(cost: Double, gain: Double) -> Ratio {
            guard gain.isFinite, cost.isFinite, gain > 0 else { return .notMeaningful }
            return cost > 0 ? .usd(cost / gain) : .noExtraCost
        }
    }

    /// Scenario spending minus baseline spending, US$.
    var extraSpendingUSD: Double
    /// Sum over the years of (baseline area − scenario area), hectare-years.
    var hectareYearsRemoved: Double
    /// Sum over the years of (baseline consumption − scenario consumption), kilograms.
    var kilogramsKeptFromConsumers: Double

    var costPerHectare: Ratio { .of(cost: extraSpendingUSD, gain: hectareYearsRemoved) }
    var costPerKilogram: Ratio { .of(cost: extraSpendingUSD, gain: kilogramsKeptFromConsumers) }

    /// Cumulates yearly gaps over the years of `years` that fall in `window`.
    /// - Parameters:
    ///   - spendingUSD: (baseline, scenario) total spending per year.
    ///   - areaHectares: (baseline, scenario) total coca area per year.
    ///   - consumptionTonnes: (baseline, scenario) total consumption per year, tonnes.
    init(
        years: [Int], window: ClosedRange<Int>, spendingUSD: ([Double], [Double]),
        areaHectares: ([Double], [Double]), consumptionTonnes: ([Double], [Double])
    ) {
        func gap(_ pair: ([Double], [Double]), _ sign: Double) -> Double {
            var sum = 0.0
            for (index, year) in years.enumerated()
            where window.contains(year) && index < pair.0.count && index < pair.1.count {
                sum += sign * (pair.1[index] - pair.0[index])
            }
            return sum
        }
        extraSpendingUSD = gap(spendingUSD, 1)
        hectareYearsRemoved = gap(areaHectares, -1)
        kilogramsKeptFromConsumers = gap(consumptionTonnes, -1) * 1_000
    }
}

extension ReportContext {
    static let cocaCountryPlaces = PlaceNames.cocaCountries.map(Place.country)

    /// Cost-effectiveness of `scenario` against the baseline over the accounting years; nil when a series is missing.
    func costEffectiveness(_ scenario: ScenarioResult) -> CostEffectiveness? {
        let spending: (ScenarioResult) -> ScenarioLine? = { $0.line(Indicators.spending, .total) }
        let area: (ScenarioResult) -> ScenarioLine? = { $0.summed(Indicators.cocaArea, Self.cocaCountryPlaces) }
        let consumption: (ScenarioResult) -> ScenarioLine? = { $0.line(Indicators.consumption, .world) }
        guard let s0 = spending(baseline), let s1 = spending(scenario), let a0 = area(baseline),
            let a1 = area(scenario), let c0 = consumption(baseline), let c1 = consumption(scenario),
            s0.years == s1.years
        else { return nil }
        return CostEffectiveness(
            years: s0.years, window: accountingYears, spendingUSD: (s0.values, s1.values),
            areaHectares: (a0.values, a1.values), consumptionTonnes: (c0.values, c1.values))
    }
}
