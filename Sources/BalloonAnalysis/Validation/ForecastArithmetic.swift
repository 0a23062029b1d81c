import RealModule

/// The median and 5–95% band of an ensemble's values in one year.
package struct EnsembleBand: Sendable, Equatable {
    package var median: Double
    package var lower: Double
    package var upper: Double

    package init(median: Double, lower: Double, upper: Double) {
        self.median = median
        self.lower = lower
        self.upper = upper
    }

    /// The band of `values` (any order); nil when there are none.
    package init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        self.init(median: quantile(sorted, 0.5), lower: quantile(sorted, 0.05), upper: quantile(sorted, 0.95))
    }
}

/// How well a path or an ensemble band matches observations, in log terms (the fit statistics of issue 10).
///
/// A model value of zero (or below one unit) counts as one unit, as in the calibration distance: a run that dies
/// out scores a large error instead of being skipped.
package enum FitArithmetic {
    /// Years of `years` with a positive observation, ascending.
    static func observedYears(_ observed: [Int: Double], in years: ClosedRange<Int>) -> [Int] {
        observed.filter { years.contains($0.key) && $0.value > 0 }.keys.sorted()
    }

    /// RMSE of log(path) + `bias` − log(observed) over the observed years in `years`, in year order (a sum
    /// in dictionary order would differ in its last bits from one process to the next); nil when no year
    /// is observed. A missing or non-finite path value, or one below one unit, counts as one unit. The
    /// calibration distance and the validation tables both use this one function.
    package static func rmseLog(
        _ path: [Int: Double], observed: [Int: Double], years: ClosedRange<Int> = Int.min...Int.max, bias: Double = 0
    ) -> Double? {
        let judged = observedYears(observed, in: years)
        guard !judged.isEmpty else { return nil }
        var sum = 0.0
        for year in judged {
            let value = path[year].flatMap { $0.isFinite ? $0 : nil } ?? 0
            let error = Double.log(max(value, 1)) + bias - Double.log(observed[year]!)
            sum += error * error
        }
        return (sum / Double(judged.count)).squareRoot()
    }

    /// Mean of log(observed ÷ path) over the years both have positive (a measurement bias, in year order).
    package static func meanLogRatio(_ path: [Int: Double], observed: [Int: Double]) -> Double {
        var sum = 0.0, count = 0
        for year in observed.keys.sorted() {
            guard let value = observed[year], value > 0, let m = path[year], m > 0 else { continue }
            sum += Double.log(value / m)
            count += 1
        }
        return count > 0 ? sum / Double(count) : 0
    }

    /// Share of the observed years in `years` whose observation lies inside the 5–95% band; nil when none.
    package static func coverage(_ bands: [Int: EnsembleBand], observed: [Int: Double], years: ClosedRange<Int>)
        -> Double?
    {
        let judged = observedYears(observed, in: years).compactMap { year -> Bool? in
            guard let band = bands[year] else { return nil }
            return band.lower <= observed[year]! && observed[year]! <= band.upper
        }
        guard !judged.isEmpty else { return nil }
        return Double(judged.filter { $0 }.count) / Double(judged.count)
    }

    /// Mean of log(upper ÷ lower) of the band over the observed years in `years`: the band's width in the same
    /// units as the RMSE of log, so that coverage cannot be bought with wide bands unseen. nil when none.
    package static func meanLogBandWidth(
        _ bands: [Int: EnsembleBand], observed: [Int: Double], years: ClosedRange<Int>
    ) -> Double? {
        let widths = observedYears(observed, in: years).compactMap { year -> Double? in
            guard let band = bands[year] else { return nil }
            return Double.log(max(band.upper, 1) / max(band.lower, 1))
        }
        guard !widths.isEmpty else { return nil }
        return widths.reduce(0, +) / Double(widths.count)
    }

    /// Year-by-year bands of member paths (a member missing a year is left out of that year).
    package static func bands(_ members: [[Int: Double]]) -> [Int: EnsembleBand] {
        var values: [Int: [Double]] = [:]
        for member in members { for (year, value) in member { values[year, default: []].append(value) } }
        return values.compactMapValues { EnsembleBand($0) }
    }
}

/// The two naive forecasts a model forecast must beat (issue 10): carry the last value, or extend the recent trend.
package enum NaiveForecast {
    /// The value observed in `origin`, carried into every year of `horizon`; nil when `origin` has no positive value.
    package static func persistence(_ observed: [Int: Double], origin: Int, horizon: ClosedRange<Int>) -> [Int: Double]?
    {
        guard let last = observed[origin], last > 0 else { return nil }
        return Dictionary(uniqueKeysWithValues: horizon.map { ($0, last) })
    }

    /// The least-squares line through log(observed) over the years of `window` that have a positive value,
    /// extended into `horizon`; nil with fewer than two such years.
    package static func logLinearTrend(_ observed: [Int: Double], window: ClosedRange<Int>, horizon: ClosedRange<Int>)
        -> [Int: Double]?
    {
        let points = FitArithmetic.observedYears(observed, in: window).map { (Double($0), Double.log(observed[$0]!)) }
        guard points.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanYear = points.reduce(0) { $0 + $1.0 } / n
        let meanLog = points.reduce(0) { $0 + $1.1 } / n
        let sxx = points.reduce(0) { $0 + ($1.0 - meanYear) * ($1.0 - meanYear) }
        let sxy = points.reduce(0) { $0 + ($1.0 - meanYear) * ($1.1 - meanLog) }
        let slope = sxy / sxx
        return Dictionary(
            uniqueKeysWithValues: horizon.map { ($0, Double.exp(meanLog + slope * (Double($0) - meanYear))) })
    }
}
