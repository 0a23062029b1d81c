import BalloonStatistics

/// What a global sensitivity analysis computes: method, parameters and their priors, the output,
/// design sizes and the bootstrap behind the confidence intervals.
package struct SensitivitySettings: Sendable, Codable, Equatable {
    package enum Method: String, Sendable, Codable, CaseIterable {
        /// Saltelli design, Sobol' first-order and total indices (N·(k + 2) runs).
        case sobol
        /// Morris elementary effects μ, μ*, σ (r·(k + 1) runs).
        case morris
    }

    package var method: Method
    package var target: SensitivityTarget
    package var parameters: [NamedPrior]
    /// Sobol' base sample count N: a power of two.
    package var baseSamples: Int
    /// Morris trajectory count r.
    package var trajectories: Int
    /// Morris grid levels p (even).
    package var levels: Int
    package var bootstrapResamples: Int
    package var confidenceLevel: Double
    /// Keys Morris trajectories and the bootstrap resampling.
    package var seed: UInt64

    package init(
        method: Method, target: SensitivityTarget, parameters: [NamedPrior], baseSamples: Int = 256,
        trajectories: Int = 20, levels: Int = 4, bootstrapResamples: Int = 1000, confidenceLevel: Double = 0.95,
        seed: UInt64 = 1
    ) {
        self.method = method
        self.target = target
        self.parameters = parameters
        self.baseSamples = baseSamples
        self.trajectories = trajectories
        self.levels = levels
        self.bootstrapResamples = bootstrapResamples
        self.confidenceLevel = confidenceLevel
        self.seed = seed
    }

    static let maximumBaseSamples = 1 << 16
    static let maximumTrajectories = 10_000

    /// - Throws: `AnalysisError` naming the option at fault and its valid values.
    func validate() throws(AnalysisError) {
        guard !parameters.isEmpty else {
            throw AnalysisError(
                .invalidOption, field: "--parameters", message: "no parameter to vary",
                fix: "name at least one parameter")
        }
        switch method {
        case .sobol:
            guard baseSamples >= 2, baseSamples <= Self.maximumBaseSamples, baseSamples & (baseSamples - 1) == 0 else {
                throw AnalysisError(
                    .invalidOption, field: "--samples",
                    message: "\(baseSamples) is not a power of two from 2 to \(Self.maximumBaseSamples)",
                    fix: "use a power of two, e.g. --samples 256 (Sobol' points balance only at powers of two)")
            }
        case .morris:
            guard trajectories >= 2, trajectories <= Self.maximumTrajectories else {
                throw AnalysisError(
                    .invalidOption, field: "--trajectories",
                    message: "\(trajectories) trajectories is outside 2 to \(Self.maximumTrajectories)",
                    fix: "use e.g. --trajectories 20")
            }
        }
        guard bootstrapResamples >= 0, bootstrapResamples <= 100_000 else {
            throw AnalysisError(
                .invalidOption, field: "--bootstrap",
                message: "\(bootstrapResamples) resamples is outside 0 to 100,000",
                fix: "use e.g. --bootstrap 1000")
        }
    }
}
