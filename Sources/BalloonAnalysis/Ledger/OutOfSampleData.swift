import BalloonData
import BalloonModel

/// Outcome observations after the calibration window, for out-of-sample checks only: the rows of
/// `ObservedSeries.all` used `.outOfSample`, after `lastFittedYear`.
package enum OutOfSampleData {
    package static func load(
        _ data: BundledData, after lastFittedYear: Int = ObservedTargets.calibrationYears.upperBound
    )
        -> [SeriesKey: [Int: Double]]
    {
        var result: [SeriesKey: [Int: Double]] = [:]
        for row in ObservedSeries.rows(for: .outOfSample) {
            let later = row.values(in: data, years: (lastFittedYear + 1)...Int.max)
            if !later.isEmpty { result[row.key] = later }
        }
        return result
    }
}

/// Observations in the fitted years that the ledger compares with the ensemble without fitting to them: the rows
/// of `ObservedSeries.all` used `.inSampleCheck`, within each check's years.
package enum InSampleData {
    package static func load(_ data: BundledData) -> [SeriesKey: (
        check: ObservedSeries.DataCheck, values: [Int: Double]
    )] {
        var result: [SeriesKey: (check: ObservedSeries.DataCheck, values: [Int: Double])] = [:]
        for row in ObservedSeries.all {
            guard let check = row.dataCheck else { continue }
            let values = row.values(in: data, years: check.years)
            if !values.isEmpty { result[row.key] = (check, values) }
        }
        return result
    }
}
