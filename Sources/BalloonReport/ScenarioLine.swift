import BalloonAnalysis
import BalloonModel

/// One scenario's annual series as the report draws it: a central line and, from an ensemble, a 5–95% band.
struct ScenarioLine: Sendable, Equatable {
    var years: [Int]
    /// The ensemble median, or the single run's values.
    var values: [Double]
    /// Lower and upper edge per year; nil for a single run.
    var lower: [Double]?
    var upper: [Double]?

    var hasBand: Bool { lower != nil && upper != nil }

    func index(of year: Int) -> Int? { years.firstIndex(of: year) }

    func value(in year: Int) -> Double? { index(of: year).map { values[$0] } }

    /// The band at `year`, if there is one.
    func band(in year: Int) -> (lower: Double, upper: Double)? {
        guard let i = index(of: year), let lower, let upper else { return nil }
        return (min(lower[i], upper[i]), max(lower[i], upper[i]))
    }

    /// Each value multiplied by `factor` (unit changes such as shares to percent).
    func scaled(_ factor: Double) -> ScenarioLine {
        ScenarioLine(
            years: years, values: values.map { $0 * factor }, lower: lower?.map { $0 * factor },
            upper: upper?.map { $0 * factor })
    }

    /// The years from `year` on.
    func from(_ year: Int) -> ScenarioLine {
        let keep = years.indices.filter { years[$0] >= year }
        return ScenarioLine(
            years: keep.map { years[$0] }, values: keep.map { values[$0] },
            lower: lower.map { l in keep.map { l[$0] } },
            upper: upper.map { u in keep.map { u[$0] } })
    }

    /// Element-wise sum; bands are added edge to edge, which overstates the spread of a sum (stated in docs/reports.md).
    static func sum(_ lines: [ScenarioLine]) -> ScenarioLine? {
        guard let first = lines.first else { return nil }
        var total = first
        for line in lines.dropFirst() where line.years == first.years {
            total.values = zip(total.values, line.values).map(+)
            if let a = total.lower, let b = line.lower { total.lower = zip(a, b).map(+) } else { total.lower = nil }
            if let a = total.upper, let b = line.upper { total.upper = zip(a, b).map(+) } else { total.upper = nil }
        }
        return total
    }
}

extension ScenarioResult {
    /// The series for an indicator at a place: the ensemble's median and band when it has the series, else the run's.
    func line(_ indicator: Indicator, _ place: Place) -> ScenarioLine? {
        if let band = ensemble?.band(SeriesKey(indicator, place)), !band.years.isEmpty,
            band.median.count == band.years.count, band.lower.count == band.years.count,
            band.upper.count == band.years.count
        {
            return ScenarioLine(years: band.years, values: band.median, lower: band.lower, upper: band.upper)
        }
        guard let values = results.series(indicator, place) else { return nil }
        return ScenarioLine(years: results.years, values: values, lower: nil, upper: nil)
    }

    /// The series summed over places that report it; nil when none does.
    func summed(_ indicator: Indicator, _ places: [Place]) -> ScenarioLine? {
        ScenarioLine.sum(places.compactMap { line(indicator, $0) })
    }

    /// Places reporting `indicator` that pass `filter`, in the model's order. The result's keys are the only
    /// place codes the report reads (`Place(resultCode:)`).
    func places(of indicator: Indicator, where filter: (Place) -> Bool = { _ in true }) -> [Place] {
        results.keys.filter { $0.indicator == indicator.name }.compactMap { Place(resultCode: $0.place) }.filter(filter)
    }

    /// Producing regions reporting `indicator`, by atlas id, in the model's order.
    func regions(of indicator: Indicator) -> [String] {
        places(of: indicator).compactMap { place in
            if case .region(let id) = place { return id }
            return nil
        }
    }

    /// Central value in one year.
    func value(_ indicator: Indicator, _ place: Place, in year: Int) -> Double? {
        line(indicator, place)?.value(in: year)
    }

    /// Whether any scenario result carries an ensemble band.
    var hasBands: Bool { ensemble != nil }
}
