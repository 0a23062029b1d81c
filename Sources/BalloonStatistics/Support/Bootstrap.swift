/// A closed interval [lower, upper], used for bootstrap confidence intervals.
package struct ConfidenceInterval: Sendable, Equatable, Hashable, Codable {
    /// The lower end.
    package let lower: Double
    /// The upper end.
    package let upper: Double

    /// Creates an interval.
    package init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies in [lower, upper].
    package func contains(_ value: Double) -> Bool { value >= lower && value <= upper }
    /// upper − lower.
    package var width: Double { upper - lower }
}

/// Nonparametric bootstrap helpers shared by the sensitivity analyses.
enum Bootstrap {
    /// The row indices of bootstrap replicate `replicate`: `count` draws with
    /// replacement from 0..<count, keyed by (seed, stream, replicate) so that every
    /// replicate is reproducible on its own, whatever thread computes it.
    static func resampleIndices(count: Int, seed: UInt64, stream: UInt64, replicate: Int) -> [Int] {
        (0..<count).map { k in
            let bits = PhiloxRandom.bits(seed: seed, stream: stream, counter: UInt64(k), substream: UInt64(replicate))
            // Multiply-shift maps 64 bits to 0..<count with negligible bias (Lemire 2019).
            return Int(UInt64(count).multipliedFullWidth(by: bits).high)
        }
    }

    /// Summarizes bootstrap replicates of one statistic: the SALib-style half-width
    /// z_{(1+level)/2} × sd (sample sd, n − 1) and the percentile interval.
    static func summarize(_ replicates: [Double], level: Double) -> (halfWidth: Double, interval: ConfidenceInterval) {
        let n = Double(replicates.count)
        guard replicates.count >= 2 else { return (.nan, ConfidenceInterval(lower: .nan, upper: .nan)) }
        let mean = replicates.reduce(0, +) / n
        let variance = replicates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        let z = StandardNormal.quantile(0.5 + level / 2)
        let tail = (1 - level) / 2
        let interval = ConfidenceInterval(
            lower: WeightedStatistics.quantile(replicates, probability: tail),
            upper: WeightedStatistics.quantile(replicates, probability: 1 - tail))
        return (z * variance.squareRoot(), interval)
    }
}
