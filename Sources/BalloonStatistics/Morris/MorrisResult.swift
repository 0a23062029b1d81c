/// Morris screening measures of one parameter.
public struct MorrisEffects: Sendable, Equatable, Hashable, Codable {
    /// The parameter's name.
    public let name: String
    /// μ: the mean elementary effect (signed; effects of opposite sign cancel).
    public let mu: Double
    /// μ*: the mean absolute elementary effect (Campolongo et al. 2007), the overall importance.
    public let muStar: Double
    /// σ: the standard deviation of the elementary effects (n − 1): non-linearity or interactions.
    public let sigma: Double
    /// Half-width z·sd of bootstrap replicates of μ* (SALib's `mu_star_conf`).
    public let muStarConfidence: Double
    /// Percentile bootstrap interval of μ*.
    public let muStarInterval: ConfidenceInterval
    /// The r elementary effects, one per trajectory, per unit-cube Δ.
    public let elementaryEffects: [Double]
}

/// The result of `MorrisAnalysis.analyze`.
public struct MorrisResult: Sendable, Equatable, Codable {
    /// One entry per parameter, in design order.
    public let effects: [MorrisEffects]
    /// Δ of the design (unit-cube coordinates).
    public let delta: Double
    /// r.
    public let trajectoryCount: Int
    /// The number of bootstrap replicates behind the μ* confidence values.
    public let bootstrapResamples: Int
    /// The confidence level, e.g. 0.95.
    public let confidenceLevel: Double

    /// Parameter names by decreasing μ* (ties keep design order).
    public var rankingByMuStar: [String] {
        effects.enumerated()
            .sorted { $0.element.muStar != $1.element.muStar ? $0.element.muStar > $1.element.muStar : $0.offset < $1.offset }
            .map(\.element.name)
    }

    /// The effects of the parameter called `name`, if any.
    public subscript(name: String) -> MorrisEffects? { effects.first { $0.name == name } }
}
