/// Why an ABC-SMC run stopped.
package enum ABCStopReason: Sendable, Equatable, Hashable, Codable {
    /// All configured generations completed.
    case completedAllGenerations
    /// A generation ran at or below `minimumEpsilon`.
    case reachedMinimumEpsilon
    /// The generation at this index hit `maxAttemptsPerGeneration` before accepting N particles.
    /// For generation 0 the final population is the partial one; otherwise it is the previous one.
    case attemptBudgetExhausted(generation: Int)
}

/// What happened in one ABC-SMC generation.
package struct ABCGeneration: Sendable, Equatable, Hashable, Codable {
    /// 0 for the population drawn from the prior.
    package let index: Int
    /// The tolerance ε: a proposal was accepted when its distance was ≤ ε.
    package let epsilon: Double
    /// Particles accepted (N unless the attempt budget ran out).
    package let acceptedCount: Int
    /// Proposals drawn up to and including the N-th acceptance (or all of them if the budget ran out).
    /// Proposals outside the prior support count, though they are not simulated.
    package let proposals: Int
    /// Distance evaluations actually run, including those of a last batch beyond the N-th acceptance.
    package let simulations: Int
    /// acceptedCount / proposals.
    package let acceptanceRate: Double
    /// Kish effective sample size of the importance weights.
    package let effectiveSampleSize: Double
    /// Whether `maxAttemptsPerGeneration` stopped this generation.
    package let budgetExhausted: Bool
}

/// The outcome of `ABCSMC.run`: the final weighted population and a log of the run.
package struct ABCSMCResult: Sendable, Equatable, Codable {
    /// The parameters, in the order of every particle's components.
    package let parameters: [NamedPrior]
    /// The settings that produced this result.
    package let configuration: ABCSMCConfiguration
    /// The final population: particles[i][d] is parameter d of particle i.
    package let particles: [[Double]]
    /// Normalized importance weights of `particles` (sum 1).
    package let weights: [Double]
    /// The accepted distance of each particle.
    package let distances: [Double]
    /// One record per generation run, including a final one that ran out of budget.
    package let generations: [ABCGeneration]
    /// The index of the generation that `particles` come from.
    package let finalGeneration: Int
    /// Why the run stopped.
    package let stopReason: ABCStopReason

    /// The tolerance of every generation run.
    package var epsilons: [Double] { generations.map(\.epsilon) }
    /// The acceptance rate of every generation run.
    package var acceptanceRates: [Double] { generations.map(\.acceptanceRate) }
    /// The total number of simulations (distance evaluations) of the run.
    package var simulationCount: Int { generations.reduce(0) { $0 + $1.simulations } }
    /// Whether some generation hit its attempt budget.
    package var budgetExhausted: Bool { generations.contains { $0.budgetExhausted } }

    /// The weighted sample of parameter `index` across particles.
    package func marginal(_ index: Int) -> [Double] { particles.map { $0[index] } }
}
