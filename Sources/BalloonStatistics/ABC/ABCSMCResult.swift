/// Why an ABC-SMC run stopped.
public enum ABCStopReason: Sendable, Equatable, Hashable, Codable {
    /// All configured generations completed.
    case completedAllGenerations
    /// A generation ran at or below `minimumEpsilon`.
    case reachedMinimumEpsilon
    /// The generation at this index hit `maxAttemptsPerGeneration` before accepting N particles.
    /// For generation 0 the final population is the partial one; otherwise it is the previous one.
    case attemptBudgetExhausted(generation: Int)
}

/// What happened in one ABC-SMC generation.
public struct ABCGeneration: Sendable, Equatable, Hashable, Codable {
    /// 0 for the population drawn from the prior.
    public let index: Int
    /// The tolerance ε: a proposal was accepted when its distance was ≤ ε.
    public let epsilon: Double
    /// Particles accepted (N unless the attempt budget ran out).
    public let acceptedCount: Int
    /// Proposals drawn up to and including the N-th acceptance (or all of them if the budget ran out).
    /// Proposals outside the prior support count, though they are not simulated.
    public let proposals: Int
    /// Distance evaluations actually run, including those of a last batch beyond the N-th acceptance.
    public let simulations: Int
    /// acceptedCount / proposals.
    public let acceptanceRate: Double
    /// Kish effective sample size of the importance weights.
    public let effectiveSampleSize: Double
    /// Whether `maxAttemptsPerGeneration` stopped this generation.
    public let budgetExhausted: Bool
}

/// The outcome of `ABCSMC.run`: the final weighted population and a log of the run.
public struct ABCSMCResult: Sendable, Equatable, Codable {
    /// The parameters, in the order of every particle's components.
    public let parameters: [NamedPrior]
    /// The settings that produced this result.
    public let configuration: ABCSMCConfiguration
    /// The final population: particles[i][d] is parameter d of particle i.
    public let particles: [[Double]]
    /// Normalized importance weights of `particles` (sum 1).
    public let weights: [Double]
    /// The accepted distance of each particle.
    public let distances: [Double]
    /// One record per generation run, including a final one that ran out of budget.
    public let generations: [ABCGeneration]
    /// The index of the generation that `particles` come from.
    public let finalGeneration: Int
    /// Why the run stopped.
    public let stopReason: ABCStopReason

    /// The tolerance of every generation run.
    public var epsilons: [Double] { generations.map(\.epsilon) }
    /// The acceptance rate of every generation run.
    public var acceptanceRates: [Double] { generations.map(\.acceptanceRate) }
    /// The total number of simulations (distance evaluations) of the run.
    public var simulationCount: Int { generations.reduce(0) { $0 + $1.simulations } }
    /// Whether some generation hit its attempt budget.
    public var budgetExhausted: Bool { generations.contains { $0.budgetExhausted } }

    /// The weighted sample of parameter `index` across particles.
    public func marginal(_ index: Int) -> [Double] { particles.map { $0[index] } }
}
