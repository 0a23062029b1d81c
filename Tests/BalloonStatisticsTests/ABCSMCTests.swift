import Testing

@testable import BalloonStatistics

/// Toy models for ABC-SMC: each simulation draws its noise from `CounterRNG(seed:)`
/// with the seed ABC-SMC hands it, so runs are reproducible.
enum ToyModels {
    /// Observations y₁…y₂₅ ~ N(μ, 1) summarized by their mean, which is sufficient:
    /// the simulated mean is μ + z/5. With a flat prior the exact posterior is
    /// N(ȳ, 1/25), i.e. standard deviation 0.2.
    static let observedMean = 1.3
    static let meanOnly: ABCDistance = { parameters, seed in
        var rng = CounterRNG(seed: seed)
        return abs(parameters[0] + rng.standardNormal() / 5 - observedMean)
    }

    /// 50 observations of N(μ, σ) with μ = 2, σ = 0.5; summary: sample mean and sd.
    /// The "observed" sample is standardized to exactly mean 2 and sd 0.5 so that the
    /// likelihood peaks at the truth: the test then checks the algorithm, not the luck
    /// of one data draw.
    static let trueMean = 2.0
    static let trueSD = 0.5
    static let sampleSize = 50
    static let meanAndSD: ABCDistance = { parameters, seed in
        var rng = CounterRNG(seed: seed)
        let sample = (0..<sampleSize).map { _ in parameters[0] + parameters[1] * rng.standardNormal() }
        let (mean, sd) = summary(sample)
        let dm = mean - trueMean, ds = sd - trueSD
        return (dm * dm + ds * ds).squareRoot()
    }

    static func summary(_ x: [Double]) -> (mean: Double, sd: Double) {
        let mean = x.reduce(0, +) / Double(x.count)
        let variance = x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)
        return (mean, variance.squareRoot())
    }

    static let meanAndSDPriors = [
        NamedPrior("mu", .uniform(lower: -5, upper: 5)),
        NamedPrior("sigma", .logUniform(lower: 0.05, upper: 5)),
    ]
}

@Suite("ABC-SMC")
struct ABCSMCTests {
    @Test("Conjugate normal mean: the posterior matches the exact N(ȳ, 0.2²)")
    func conjugateNormal() throws {
        let result = try ABCSMC.run(
            parameters: [NamedPrior("mu", .uniform(lower: -10, upper: 10))],
            configuration: ABCSMCConfiguration(particleCount: 500, generations: 8, seed: 42),
            distance: ToyModels.meanOnly)
        #expect(result.stopReason == .completedAllGenerations)
        let mu = result.marginal(0)
        let mean = WeightedStatistics.mean(mu, weights: result.weights)
        let sd = WeightedStatistics.variance(mu, weights: result.weights).squareRoot()
        // ABC adds ε²/3 to the variance; by generation 8 ε is a few hundredths, negligible.
        #expect(abs(mean - ToyModels.observedMean) < 0.05, "mean \(mean)")
        #expect(abs(sd - 0.2) / 0.2 < 0.15, "sd \(sd)")
        #expect(abs(result.weights.reduce(0, +) - 1) < 1e-12)
        #expect(result.epsilons.last! < 0.1)
    }

    @Test("Normal mean and sd: the 90 % intervals contain the truth and are much narrower than the prior's")
    func parameterRecovery() throws {
        let result = try ABCSMC.run(
            parameters: ToyModels.meanAndSDPriors,
            configuration: ABCSMCConfiguration(particleCount: 400, generations: 12, seed: 7),
            distance: ToyModels.meanAndSD)
        let summary = result.summary(intervalLevel: 0.9)
        #expect(summary.map(\.name) == ["mu", "sigma"])
        #expect(summary[0].posteriorIntervalContains(ToyModels.trueMean), "\(summary[0])")
        #expect(summary[1].posteriorIntervalContains(ToyModels.trueSD), "\(summary[1])")
        // The exact posterior's 90 % widths: 2·1.645·σ/√n for μ and about 2·1.645·σ/√(2(n − 1))
        // for σ. ABC adds the tolerance on top, so allow 35 %.
        let muWidth = 2 * 1.645 * ToyModels.trueSD / Double(ToyModels.sampleSize).squareRoot()
        let sigmaWidth = 2 * 1.645 * ToyModels.trueSD / Double(2 * (ToyModels.sampleSize - 1)).squareRoot()
        #expect(abs(summary[0].posteriorUpper - summary[0].posteriorLower - muWidth) / muWidth < 0.35)
        #expect(abs(summary[1].posteriorUpper - summary[1].posteriorLower - sigmaWidth) / sigmaWidth < 0.35)
        #expect(summary[0].widthRatio < 0.1, "mu width ratio \(summary[0].widthRatio)")
        #expect(summary[1].widthRatio < 0.1, "sigma width ratio \(summary[1].widthRatio)")
        // The prior side of the summary is exact.
        #expect(summary[0].priorMedian == 0)
        #expect(abs(summary[0].priorLower - -4.5) < 1e-12 && abs(summary[0].priorUpper - 4.5) < 1e-12)
        #expect(abs(summary[1].priorMedian - 0.5) < 1e-12)  // geometric mean of 0.05 and 5

        // The log of the run is coherent.
        #expect(result.generations.count == 12)
        #expect(zip(result.epsilons, result.epsilons.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(result.epsilons[0] == .infinity)
        #expect(result.acceptanceRates.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(result.acceptanceRates[0] == 1)
        #expect(
            result.generations.allSatisfy {
                $0.acceptedCount == 400 && $0.simulations >= 400 && $0.effectiveSampleSize > 50
            })
        #expect(result.simulationCount == result.generations.reduce(0) { $0 + $1.simulations })
        #expect(result.distances.allSatisfy { $0 <= result.epsilons.last! })
        #expect(!result.budgetExhausted)
    }

    @Test("Same seed → identical result; 1 thread, 2 threads and 5 threads → identical; other seed → different")
    func determinism() throws {
        func run(seed: UInt64, _ parallelism: Parallelism) throws -> ABCSMCResult {
            try ABCSMC.run(
                parameters: ToyModels.meanAndSDPriors,
                configuration: ABCSMCConfiguration(
                    particleCount: 150, generations: 4, seed: seed, parallelism: parallelism),
                distance: ToyModels.meanAndSD)
        }
        /// Everything but the recorded configuration (which names the parallelism).
        func same(_ a: ABCSMCResult, _ b: ABCSMCResult) -> Bool {
            a.particles == b.particles && a.weights == b.weights && a.distances == b.distances
                && a.generations == b.generations && a.finalGeneration == b.finalGeneration
                && a.stopReason == b.stopReason
        }
        let serial = try run(seed: 3, .serial)
        #expect(try run(seed: 3, .serial) == serial)
        // Bit for bit: particles, weights, distances and every generation's counts.
        #expect(same(try run(seed: 3, .threads(2)), serial))
        #expect(same(try run(seed: 3, .threads(5)), serial))
        #expect(same(try run(seed: 3, .automatic), serial))
        let other = try run(seed: 4, .serial)
        #expect(other.particles != serial.particles)
    }

    @Test("The attempt budget stops a generation and the run says so")
    func budget() throws {
        // Distances are noise, uniform on (0, 1): generation 1 accepts about half its proposals,
        // so a budget of exactly N proposals cannot fill it.
        let noise: ABCDistance = { _, seed in PhiloxRandom.uniformOpen01(seed: seed, stream: 0, counter: 0) }
        let prior = [NamedPrior("theta", .uniform(lower: 0, upper: 1))]
        let result = try ABCSMC.run(
            parameters: prior,
            configuration: ABCSMCConfiguration(
                particleCount: 100, generations: 5, seed: 1, maxAttemptsPerGeneration: 100),
            distance: noise)
        #expect(result.stopReason == .attemptBudgetExhausted(generation: 1))
        #expect(result.budgetExhausted)
        #expect(result.finalGeneration == 0)
        #expect(result.particles.count == 100)
        #expect(result.generations.count == 2)
        #expect(result.generations[1].budgetExhausted && result.generations[1].proposals == 100)
        #expect(result.generations[1].acceptedCount < 100)

        // A finite initial tolerance in generation 0: a partial population is returned, flagged.
        let partial = try ABCSMC.run(
            parameters: prior,
            configuration: ABCSMCConfiguration(
                particleCount: 100, generations: 5, seed: 1, initialEpsilon: 0.5, maxAttemptsPerGeneration: 100),
            distance: noise)
        #expect(partial.stopReason == .attemptBudgetExhausted(generation: 0))
        #expect(partial.particles.count == partial.generations[0].acceptedCount)
        #expect(partial.particles.count > 0 && partial.particles.count < 100)

        // Nothing acceptable at all: an error, not a hang.
        #expect(throws: StatisticsError.noParticlesAccepted(generation: 0, attempts: 500)) {
            try ABCSMC.run(
                parameters: prior,
                configuration: ABCSMCConfiguration(
                    particleCount: 50, generations: 3, initialEpsilon: 0.5, maxAttemptsPerGeneration: 500),
                distance: { _, _ in 1 })
        }
    }

    @Test("NaN distances are rejected; minimum ε stops the run")
    func nanAndMinimumEpsilon() throws {
        let result = try ABCSMC.run(
            parameters: [NamedPrior("theta", .uniform(lower: -1, upper: 1))],
            configuration: ABCSMCConfiguration(
                particleCount: 100, generations: 20, seed: 2, initialEpsilon: 2, minimumEpsilon: 0.05),
            distance: { p, _ in p[0] < 0 ? .nan : abs(p[0] - 0.5) })
        #expect(result.particles.allSatisfy { $0[0] >= 0 })
        #expect(result.stopReason == .reachedMinimumEpsilon)
        #expect(result.epsilons.last! == 0.05)
        #expect(result.generations.count < 20)
    }

    @Test("Equally weighted ensembles are resampled deterministically and follow the weights")
    func resampling() throws {
        let result = try ABCSMC.run(
            parameters: [NamedPrior("mu", .uniform(lower: -10, upper: 10))],
            configuration: ABCSMCConfiguration(particleCount: 300, generations: 5, seed: 8),
            distance: ToyModels.meanOnly)
        let ensemble = result.resampleEnsemble(count: 2000, seed: 99)
        #expect(ensemble.count == 2000)
        #expect(ensemble == result.resampleEnsemble(count: 2000, seed: 99))
        #expect(result.resampleIndices(count: 2000, seed: 99) != result.resampleIndices(count: 2000, seed: 100))
        // Systematic resampling reproduces the weighted mean up to about one particle's share.
        let weightedMean = WeightedStatistics.mean(result.marginal(0), weights: result.weights)
        let ensembleMean = ensemble.reduce(0) { $0 + $1[0] } / 2000
        #expect(abs(ensembleMean - weightedMean) < 0.01)
        #expect(Set(ensemble.map { $0[0] }).isSubset(of: Set(result.marginal(0))))
    }

    @Test("Invalid configurations throw")
    func invalid() {
        let prior = [NamedPrior("theta", .uniform(lower: 0, upper: 1))]
        for configuration in [
            ABCSMCConfiguration(particleCount: 1),
            ABCSMCConfiguration(particleCount: 10, epsilonQuantile: 1),
            ABCSMCConfiguration(particleCount: 10, maxAttemptsPerGeneration: 5),
        ] {
            #expect(throws: StatisticsError.self) {
                try ABCSMC.run(parameters: prior, configuration: configuration, distance: { _, _ in 0 })
            }
        }
        #expect(throws: StatisticsError.self) {
            try ABCSMC.run(parameters: [], configuration: ABCSMCConfiguration(), distance: { _, _ in 0 })
        }
    }
}
