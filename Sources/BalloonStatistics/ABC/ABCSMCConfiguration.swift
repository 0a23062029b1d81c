/// Settings of an ABC-SMC run. Every field has a default except what depends on
/// the problem; `validate()` is called by `ABCSMC.run`.
package struct ABCSMCConfiguration: Sendable, Equatable, Hashable, Codable {
    /// N, the number of accepted particles per generation.
    package var particleCount: Int
    /// G, the maximum number of populations, counting the first one drawn from the prior.
    package var generations: Int
    /// The master seed; every proposal's randomness derives from (seed, generation, candidate index).
    package var seed: UInt64
    /// α: the next tolerance is the α-quantile of the previous generation's accepted distances.
    package var epsilonQuantile: Double
    /// ε₀ for the prior generation. +∞ accepts the first N prior draws.
    package var initialEpsilon: Double
    /// Stop after the first generation whose tolerance is at or below this value (0 disables).
    package var minimumEpsilon: Double
    /// The most proposals one generation may draw before it gives up (the run then stops and says so).
    package var maxAttemptsPerGeneration: Int
    /// The Gaussian kernel variance is this factor × the weighted variance of the previous
    /// population, per component; 2 is the choice of Beaumont et al. (2009).
    package var kernelVarianceScale: Double
    /// The smallest batch of proposals evaluated at once. Batch sizes depend only on counts,
    /// never on the thread count, so the number of simulations is reproducible too.
    package var minimumBatchSize: Int
    /// Threads used to evaluate a batch (results are identical for every setting).
    package var parallelism: Parallelism

    /// Creates a configuration.
    package init(
        particleCount: Int = 1000,
        generations: Int = 10,
        seed: UInt64 = 0,
        epsilonQuantile: Double = 0.5,
        initialEpsilon: Double = .infinity,
        minimumEpsilon: Double = 0,
        maxAttemptsPerGeneration: Int? = nil,
        kernelVarianceScale: Double = 2,
        minimumBatchSize: Int = 64,
        parallelism: Parallelism = .automatic
    ) {
        self.particleCount = particleCount
        self.generations = generations
        self.seed = seed
        self.epsilonQuantile = epsilonQuantile
        self.initialEpsilon = initialEpsilon
        self.minimumEpsilon = minimumEpsilon
        self.maxAttemptsPerGeneration = maxAttemptsPerGeneration ?? 100 * particleCount
        self.kernelVarianceScale = kernelVarianceScale
        self.minimumBatchSize = minimumBatchSize
        self.parallelism = parallelism
    }

    /// Throws `StatisticsError.invalidArgument` for settings that cannot work.
    package func validate() throws {
        func require(_ condition: Bool, _ message: String) throws {
            if !condition { throw StatisticsError.invalidArgument(message) }
        }
        try require(particleCount >= 2, "particleCount must be at least 2")
        try require(generations >= 1, "generations must be at least 1")
        try require(epsilonQuantile > 0 && epsilonQuantile < 1, "epsilonQuantile must be in (0, 1)")
        try require(initialEpsilon > 0, "initialEpsilon must be positive (may be +infinity)")
        try require(minimumEpsilon >= 0 && minimumEpsilon.isFinite, "minimumEpsilon must be finite and >= 0")
        try require(maxAttemptsPerGeneration >= particleCount, "maxAttemptsPerGeneration must be >= particleCount")
        try require(kernelVarianceScale > 0 && kernelVarianceScale.isFinite, "kernelVarianceScale must be positive")
        try require(minimumBatchSize >= 1, "minimumBatchSize must be at least 1")
        try require(generations < 1 << 24 && maxAttemptsPerGeneration < 1 << 48, "run too large")
    }
}
