/// Which estimator of the first-order (main-effect) variance Vᵢ to use.
public enum SobolFirstOrderEstimator: String, Sendable, Equatable, Hashable, Codable {
    /// Vᵢ = mean(f(B) · (f(A_B^i) − f(A))) — Saltelli et al. (2010), Table 2 (b); SALib's default.
    case saltelli2010
    /// Vᵢ = V − mean((f(B) − f(A_B^i))²) / 2 — Jansen (1999), Saltelli et al. (2010), Table 2 (f).
    case jansen1999
}

/// First-order and total Sobol' indices of one parameter, with bootstrap uncertainty.
public struct SobolIndices: Sendable, Equatable, Hashable, Codable {
    /// The parameter's name.
    public let name: String
    /// Sᵢ: the share of output variance explained by this parameter alone.
    public let firstOrder: Double
    /// Half-width z·sd of the bootstrap replicates of Sᵢ (what SALib reports as `S1_conf`).
    public let firstOrderConfidence: Double
    /// Percentile bootstrap interval of Sᵢ.
    public let firstOrderInterval: ConfidenceInterval
    /// S_Tᵢ: the share of output variance involving this parameter, interactions included (Jansen).
    public let totalOrder: Double
    /// Half-width z·sd of the bootstrap replicates of S_Tᵢ (SALib's `ST_conf`).
    public let totalOrderConfidence: Double
    /// Percentile bootstrap interval of S_Tᵢ.
    public let totalOrderInterval: ConfidenceInterval
}

/// The result of `SobolAnalysis.analyze`.
public struct SobolResult: Sendable, Equatable, Codable {
    /// One entry per parameter, in design order.
    public let indices: [SobolIndices]
    /// The mean of f(A) and f(B).
    public let outputMean: Double
    /// The variance (population, divisor 2N) of f(A) and f(B) together.
    public let outputVariance: Double
    /// N.
    public let baseSampleCount: Int
    /// The first-order estimator used.
    public let firstOrderEstimator: SobolFirstOrderEstimator
    /// The number of bootstrap replicates behind the confidence values.
    public let bootstrapResamples: Int
    /// The confidence level of the intervals, e.g. 0.95.
    public let confidenceLevel: Double

    /// The indices of the parameter called `name`, if any.
    public subscript(name: String) -> SobolIndices? { indices.first { $0.name == name } }
}
