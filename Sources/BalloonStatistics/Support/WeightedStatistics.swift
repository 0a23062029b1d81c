import Foundation

/// Descriptive statistics of a weighted sample (weights need not be normalized).
package enum WeightedStatistics {
    /// Σ wᵢ xᵢ / Σ wᵢ.
    package static func mean(_ values: [Double], weights: [Double]) -> Double {
        precondition(values.count == weights.count, "values and weights differ in length")
        var sum = 0.0, total = 0.0
        for (x, w) in zip(values, weights) {
            sum += w * x
            total += w
        }
        return sum / total
    }

    /// The weighted population variance Σ wᵢ (xᵢ − m)² / Σ wᵢ (no small-sample correction).
    package static func variance(_ values: [Double], weights: [Double]) -> Double {
        let m = mean(values, weights: weights)
        var sum = 0.0, total = 0.0
        for (x, w) in zip(values, weights) {
            sum += w * (x - m) * (x - m)
            total += w
        }
        return sum / total
    }

    /// The p-quantile of a weighted sample.
    ///
    /// Definition: sort the values, give each one the plotting position
    /// (cumulative weight up to it − half its own weight) / total weight, and
    /// interpolate linearly between positions; below the first or above the last
    /// position the extreme value is returned. With equal weights this is
    /// Hyndman & Fan's type 5 quantile. Zero-weight values are ignored.
    package static func quantile(_ values: [Double], weights: [Double], probability p: Double) -> Double {
        precondition(values.count == weights.count, "values and weights differ in length")
        let pairs = zip(values, weights).filter { $0.1 > 0 }.sorted { $0.0 < $1.0 }
        guard let first = pairs.first, let last = pairs.last else { return .nan }
        let total = pairs.reduce(0.0) { $0 + $1.1 }
        var cumulative = 0.0
        var previousPosition = -Double.infinity
        var previousValue = first.0
        for (x, w) in pairs {
            let position = (cumulative + w / 2) / total
            cumulative += w
            if p <= position {
                if previousPosition == -.infinity { return x }
                let t = (p - previousPosition) / (position - previousPosition)
                return previousValue + t * (x - previousValue)
            }
            previousPosition = position
            previousValue = x
        }
        return last.0
    }

    /// The p-quantile of an unweighted sample (equal weights, same definition).
    package static func quantile(_ values: [Double], probability p: Double) -> Double {
        quantile(values, weights: Array(repeating: 1, count: values.count), probability: p)
    }

    /// Kish's effective sample size (Σ wᵢ)² / Σ wᵢ².
    package static func effectiveSampleSize(_ weights: [Double]) -> Double {
        var sum = 0.0, sumSquares = 0.0
        for w in weights {
            sum += w
            sumSquares += w * w
        }
        return sumSquares > 0 ? sum * sum / sumSquares : 0
    }

    /// log Σ exp(xᵢ), computed without overflow.
    static func logSumExp(_ values: [Double]) -> Double {
        guard let m = values.max(), m > -.infinity else { return -.infinity }
        if m == .infinity { return .infinity }
        var sum = 0.0
        for x in values { sum += exp(x - m) }
        return m + log(sum)
    }
}
