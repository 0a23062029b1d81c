/// Morris screening measures of one parameter.
package struct MorrisEffects: Sendable, Equatable, Hashable, Codable {
    /// The parameter's name.
    package let name: String
    /// μ: the mean elementary effect (signed; effects of opposite sign cancel).
    package let mu: Double
    /// μ*: the mean absolute elementary effect (Campolongo et al. 2007), the overall importance.
    package let muStar: Double
    /// σ: the standard deviation of the elementary effects (n − 1): non-linearity or interactions.
    package let sigma: Double
    /// Half-width z·sd of bootstrap replicates of μ* (SALib's `mu_star_conf`).
    package let muStarConfidence: Double
    /// Percentile bootstrap interval of μ*.
    package let muStarInterval: ConfidenceInterval
    /// The r elementary effects, one per trajectory, per unit-cube Δ.
    package let elementaryEffects: [Double]
}

/// The result of `MorrisAnalysis.analyze`.
package struct MorrisResult: Sendable, Equatable, Codable {
    /// One entry per parameter, in design order.
    package let effects: [MorrisEffects]
    /// Δ of the design (unit-cube coordinates).
    package let delta: Double
    /// r.
    package let trajectoryCount: Int
    /// The number of bootstrap replicates behind the μ* confidence values.
    package let bootstrapResamples: Int
    /// The confidence level, e.g. 0.95.
    package let confidenceLevel: Double

    /// Parameter names by decreasing μ* (ties keep design order).
    package var rankingByMuStar: [String] {
        effects.enumerated()
            .sorted {
                $0.element.muStar != $1.element.muStar ? $0.element.muStar > $1.element.muStar : $0.offset < $1.offset
            }
            .map(\.element.name)
    }

    /// The effects of the parameter called `name`, if any.
    package subscript(name: String) -> MorrisEffects? { effects.first { $0.name == name } }
}
