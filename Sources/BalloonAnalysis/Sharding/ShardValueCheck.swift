import BalloonModel

/// Checks the numbers inside a shard's payload before a merge uses them: a shard is a file on a
/// cluster's disk and may have been truncated, edited or damaged, and one −1e308 would become a
/// published 5th percentile. Every model output is finite, non-negative (areas, tonnes, prices,
/// persons, dollars; `Indicators.signed` lists the exceptions) and far below `largestMagnitude`; paired differences and cost-effectiveness
/// ratios may be negative but are bounded the same way.
enum ShardValueCheck {
    /// No model quantity comes within three orders of magnitude of this (world spending is ~1e11 US$).
    static let largestMagnitude = 1e15

    /// - Throws: `AnalysisError` naming the file, the field (series, place and year where there is
    ///   one), the value and the allowed range.
    static func check(_ payload: AnalysisPayload, path: String) throws(AnalysisError) {
        switch payload {
        case .ensemble(let ensemble):
            for (index, cell) in ensemble.cells.enumerated() {
                guard let (low, high) = cell.storedExtremes else { continue }
                let slot = index / ensemble.years.count, year = ensemble.years[index % ensemble.years.count]
                let key = ensemble.keys[slot]
                let lowest = Indicators.signed.contains(key.indicator) ? -largestMagnitude : 0
                if low < lowest || high > largestMagnitude {
                    try fail(
                        path, field: "ensemble \(key.indicator)|\(key.place) \(year)", value: low < 0 ? low : high,
                        allowed: "\(lowest)…\(largestMagnitude) \(ensemble.units[slot])")
                }
            }
        case .comparison(let comparison):
            for contrast in comparison.contrasts {
                for (index, distribution) in contrast.allDistributions.enumerated() {
                    guard let (low, high) = distribution.storedExtremes,
                        max(abs(low), abs(high)) > largestMagnitude
                    else { continue }
                    try fail(
                        path, field: "comparison of '\(contrast.scenario)', distribution \(index)",
                        value: abs(low) > abs(high) ? low : high, allowed: "−\(largestMagnitude)…\(largestMagnitude)")
                }
            }
        case .sensitivity(let outputs):
            for (run, value) in outputs.enumerated() where !(abs(value) <= largestMagnitude) {
                try fail(
                    path, field: "sensitivity output of run \(run)", value: value,
                    allowed: "finite, −\(largestMagnitude)…\(largestMagnitude)")
            }
        }
    }

    private static func fail(_ path: String, field: String, value: Double, allowed: String) throws(AnalysisError) {
        throw AnalysisError(
            .notAPartialResult, field: path,
            message: "implausible value \(value) in \(field); allowed \(allowed): the file was damaged or edited",
            fix: "rerun this shard")
    }
}

extension MemberDistribution {
    /// Smallest and largest non-zero finite value held (bin midpoints once binned), or nil if none.
    var storedExtremes: (Double, Double)? {
        if let bins, let first = bins.keys.min(), let last = bins.keys.max() {
            return (bins.representative(of: first), bins.representative(of: last))
        }
        guard let first = exactValues.min(), let last = exactValues.max() else { return nil }
        return (first, last)
    }
}
