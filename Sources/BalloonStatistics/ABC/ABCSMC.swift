import Foundation

/// The distance between data simulated at `parameters` and the observed data.
/// `seed` is the simulation's own seed, derived deterministically by ABC-SMC; the
/// closure must be a pure function of its two arguments for reproducible runs, and
/// safe to call from several threads at once. NaN counts as +∞ (rejected).
package typealias ABCDistance = @Sendable (_ parameters: [Double], _ seed: UInt64) -> Double

/// Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC).
///
/// Toni et al. (2009) with the adaptive refinements of Beaumont et al. (2009):
/// generation 0 samples the prior and keeps draws within `initialEpsilon`; each
/// later generation sets ε to the α-quantile of the previous accepted distances,
/// proposes by resampling a weighted particle and perturbing it with a
/// component-wise Gaussian kernel (variance 2 × the previous weighted variance),
/// accepts proposals within ε, and weights them by prior / kernel mixture density.
///
/// Determinism: candidate k of generation t draws all its randomness from
/// `PhiloxRandom` keyed (seed, stream t, substream k). Candidates are evaluated
/// in batches whose size depends only on counts, and the first N accepted in
/// candidate order are kept, so the result is identical for any thread count.
package enum ABCSMC {
    /// Runs ABC-SMC.
    /// - Parameters:
    ///   - parameters: the named priors; particles list components in this order.
    ///   - configuration: particle count, generations, seed, budget, threads.
    ///   - distance: simulates at the given parameters and returns the distance to the data.
    /// - Throws: `StatisticsError.invalidArgument` for bad settings;
    ///   `StatisticsError.noParticlesAccepted` if generation 0 accepts nothing within budget.
    package static func run(
        parameters: [NamedPrior],
        configuration: ABCSMCConfiguration,
        distance: ABCDistance
    ) throws -> ABCSMCResult {
        try parameters.validateAll()
        try configuration.validate()
        let priors = parameters.map(\.prior)
        let n = configuration.particleCount

        var records: [ABCGeneration] = []
        var population: Population? = nil
        var stopReason = ABCStopReason.completedAllGenerations

        for t in 0..<configuration.generations {
            let epsilon: Double
            if let previous = population {
                let quantile = WeightedStatistics.quantile(
                    previous.distances, probability: configuration.epsilonQuantile)
                epsilon = max(quantile, configuration.minimumEpsilon)
            } else {
                epsilon = configuration.initialEpsilon
            }
            let proposer = Proposer(
                seed: configuration.seed, generation: t, priors: priors, previous: population,
                kernelVarianceScale: configuration.kernelVarianceScale)
            let expectedRate = records.last.map { max($0.acceptanceRate, 1e-4) } ?? 1
            let outcome = collect(
                proposer: proposer, epsilon: epsilon, configuration: configuration,
                expectedRate: expectedRate, distance: distance)

            let accepted = outcome.accepted
            let budgetExhausted = accepted.count < n
            if budgetExhausted && accepted.isEmpty && population == nil {
                throw StatisticsError.noParticlesAccepted(generation: t, attempts: outcome.proposals)
            }
            let weights: [Double]
            if let previous = population, !budgetExhausted {
                weights = importanceWeights(
                    accepted.map(\.parameters), priors: priors, previous: previous,
                    kernelStandardDeviations: proposer.kernelStandardDeviations,
                    parallelism: configuration.parallelism)
            } else {
                weights = Array(repeating: 1 / Double(accepted.count), count: accepted.count)
            }
            records.append(
                ABCGeneration(
                    index: t, epsilon: epsilon, acceptedCount: accepted.count,
                    proposals: outcome.proposals, simulations: outcome.simulations,
                    acceptanceRate: Double(accepted.count) / Double(max(outcome.proposals, 1)),
                    effectiveSampleSize: budgetExhausted && population != nil
                        ? 0 : WeightedStatistics.effectiveSampleSize(weights),
                    budgetExhausted: budgetExhausted))

            if budgetExhausted {
                // A partial population would bias the next kernel and weights; keep the
                // last complete one, except for the prior generation where nothing else exists.
                if population == nil {
                    population = Population(
                        generation: t, particles: accepted.map(\.parameters),
                        weights: weights, distances: accepted.map(\.distance))
                }
                stopReason = .attemptBudgetExhausted(generation: t)
                break
            }
            population = Population(
                generation: t, particles: accepted.map(\.parameters),
                weights: weights, distances: accepted.map(\.distance))
            if configuration.minimumEpsilon > 0 && epsilon <= configuration.minimumEpsilon {
                stopReason = .reachedMinimumEpsilon
                break
            }
        }

        let final = population!
        return ABCSMCResult(
            parameters: parameters, configuration: configuration,
            particles: final.particles, weights: final.weights, distances: final.distances,
            generations: records, finalGeneration: final.generation, stopReason: stopReason)
    }
}
