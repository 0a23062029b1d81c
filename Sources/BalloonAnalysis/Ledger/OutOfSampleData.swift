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
