/// Which estimator of the first-order (main-effect) variance Vᵢ to use.
package enum SobolFirstOrderEstimator: String, Sendable, Equatable, Hashable, Codable {
    /// Vᵢ = mean(f(B) · (f(A_B^i) − f(A))) — Saltelli et al. (2010), Table 2 (b); SALib's default.
    case saltelli2010
    /// Vᵢ = V − mean((f(B) − f(A_B^i))²) / 2 — Jansen (1999), Saltelli et al. (2010), Table 2 (f).
    case jansen1999
}

/// First-order and total Sobol' indices of one parameter, with bootstrap uncertainty.
package struct SobolIndices: Sendable, Equatable, Hashable, Codable {
    /// The parameter's name.
    package let name: String
    /// Sᵢ: the share of output variance explained by this parameter alone.
    package let firstOrder: Double
    /// Half-width z·sd of the bootstrap replicates of Sᵢ (what SALib reports as `S1_conf`).
    package let firstOrderConfidence: Double
    /// Percentile bootstrap interval of Sᵢ.
    package let firstOrderInterval: ConfidenceInterval
    /// S_Tᵢ: the share of output variance involving this parameter, interactions included (Jansen).
    package let totalOrder: Double
    /// Half-width z·sd of the bootstrap replicates of S_Tᵢ (SALib's `ST_conf`).
    package let totalOrderConfidence: Double
    /// Percentile bootstrap interval of S_Tᵢ.
    package let totalOrderInterval: ConfidenceInterval
}

/// The result of `SobolAnalysis.analyze`.
package struct SobolResult: Sendable, Equatable, Codable {
    /// One entry per parameter, in design order.
    package let indices: [SobolIndices]
    /// The mean of f(A) and f(B).
    package let outputMean: Double
    /// The variance (population, divisor 2N) of f(A) and f(B) together.
    package let outputVariance: Double
    /// N.
    package let baseSampleCount: Int
    /// The first-order estimator used.
    package let firstOrderEstimator: SobolFirstOrderEstimator
    /// The number of bootstrap replicates behind the confidence values.
    package let bootstrapResamples: Int
    /// The confidence level of the intervals, e.g. 0.95.
    package let confidenceLevel: Double

    /// The indices of the parameter called `name`, if any.
    package subscript(name: String) -> SobolIndices? { indices.first { $0.name == name } }
}
