import Foundation

extension ABCSMCResult {
    /// For every parameter, the share of its posterior variance explained by the other parameters: the
    /// weighted squared multiple correlation R² of its normal scores on theirs.
    ///
    /// A marginal interval as wide as the prior's does not mean the data taught nothing: two factors whose
    /// product the data pin down (an effect per dollar times an effect per unit) each keep a wide marginal
    /// while their combination is narrow. The posterior width given the others is the marginal width times
    /// √(1 − R²) (exact for a Gaussian posterior). Normal scores (Φ⁻¹ of each particle's weighted mid-rank)
    /// make the measure invariant to monotone transforms, so a product that is linear in logs is found
    /// whether the sampler works in levels or logs. A parameter that is constant over the population has
    /// R² 0, and so has every parameter when the population is too small or its scores exactly collinear
    /// (the measure then falls back to the marginal width).
    package func jointDetermination() -> [Double] {
        let dimension = parameters.count
        guard dimension > 1, particles.count > dimension else { return Array(repeating: 0, count: dimension) }
        let scores = (0..<dimension).map { normalScores(marginal($0)) }
        var covariance = Array(repeating: Array(repeating: 0.0, count: dimension), count: dimension)
        let means = scores.map { WeightedStatistics.mean($0, weights: weights) }
        let total = weights.reduce(0, +)
        for a in 0..<dimension {
            for b in a..<dimension {
                var sum = 0.0
                for i in particles.indices {
                    sum += weights[i] * (scores[a][i] - means[a]) * (scores[b][i] - means[b])
                }
                covariance[a][b] = sum / total
                covariance[b][a] = covariance[a][b]
            }
        }
        // Constant parameters carry no information and would make the matrix singular: leave them out.
        let varying = (0..<dimension).filter { covariance[$0][$0] > 1e-12 }
        var determination = Array(repeating: 0.0, count: dimension)
        guard varying.count > 1,
            let precision = Self.inverse(varying.map { a in varying.map { b in covariance[a][b] } })
        else { return determination }
        for (k, d) in varying.enumerated() {
            // R²_d = 1 − 1 / (Σ_dd (Σ⁻¹)_dd).
            let r2 = 1 - 1 / (covariance[d][d] * precision[k][k])
            determination[d] = min(1, max(0, r2.isFinite ? r2 : 1))
        }
        return determination
    }

    /// Φ⁻¹ of each value's weighted mid-rank position (ties share the position of their group).
    private func normalScores(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        let total = weights.reduce(0, +)
        var scores = Array(repeating: 0.0, count: values.count)
        var start = 0
        var cumulative = 0.0
        while start < order.count {
            var end = start
            var groupWeight = 0.0
            while end < order.count, values[order[end]] == values[order[start]] {
                groupWeight += weights[order[end]]
                end += 1
            }
            let position = (cumulative + groupWeight / 2) / total
            let score = StandardNormal.quantile(min(max(position, 1e-9), 1 - 1e-9))
            for k in start..<end { scores[order[k]] = score }
            cumulative += groupWeight
            start = end
        }
        return scores
    }

    /// The inverse of a symmetric positive-definite matrix by Gauss–Jordan elimination with partial
    /// pivoting, or nil when it is singular to working precision.
    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        let n = matrix.count
        var a = matrix
        var inverse = (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
        let scale = (0..<n).map { abs(matrix[$0][$0]) }.max() ?? 1
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                abs(a[pivot][column]) > 1e-12 * scale
            else { return nil }
            a.swapAt(column, pivot)
            inverse.swapAt(column, pivot)
            let divisor = a[column][column]
            for j in 0..<n {
                a[column][j] /= divisor
                inverse[column][j] /= divisor
            }
            for row in 0..<n where row != column {
                let factor = a[row][column]
                guard factor != 0 else { continue }
                for j in 0..<n {
                    a[row][j] -= factor * a[column][j]
                    inverse[row][j] -= factor * inverse[column][j]
                }
            }
        }
        return inverse
    }
}
