/// Fills one ABC-SMC generation: proposes, simulates and accepts candidates in
/// deterministic batches.
extension ABCSMC {
    struct Candidate: Sendable {
        let parameters: [Double]
        let distance: Double
        let simulated: Bool
        let accepted: Bool
    }

    struct GenerationOutcome {
        var accepted: [Candidate] = []
        var proposals = 0
        var simulations = 0
    }

    /// Evaluates candidates 0, 1, 2, ... in batches until N are accepted or the budget is spent.
    static func collect(
        proposer: Proposer, epsilon: Double, configuration: ABCSMCConfiguration,
        expectedRate: Double, distance: ABCDistance
    ) -> GenerationOutcome {
        let n = configuration.particleCount
        let budget = configuration.maxAttemptsPerGeneration
        var outcome = GenerationOutcome()
        var nextIndex = 0
        while outcome.accepted.count < n && nextIndex < budget {
            // Size the batch from counts only (never from the thread count) so that the
            // number of simulations run is reproducible as well as the particles. Aim at the
            // proposals still expected to be needed, but never more than max(N, minimum
            // batch) at once, which bounds the simulations wasted past the N-th acceptance.
            let rate =
                nextIndex == 0
                ? expectedRate
                : max(Double(outcome.accepted.count) / Double(nextIndex), 1 / Double(nextIndex + 1))
            let remaining = Double(n - outcome.accepted.count)
            let cap = max(n, configuration.minimumBatchSize)
            let wanted = Int(min((remaining / rate).rounded(.up), Double(cap)))
            let size = min(max(wanted, configuration.minimumBatchSize), budget - nextIndex)
            let start = nextIndex
            let batch = parallelMap(count: size, parallelism: configuration.parallelism) { offset in
                evaluate(proposer: proposer, candidate: start + offset, epsilon: epsilon, distance: distance)
            }
            for (offset, candidate) in batch.enumerated() {
                if candidate.simulated { outcome.simulations += 1 }
                guard outcome.accepted.count < n else { continue }
                outcome.proposals = start + offset + 1
                if candidate.accepted { outcome.accepted.append(candidate) }
            }
            nextIndex += size
        }
        return outcome
    }

    static func evaluate(proposer: Proposer, candidate index: Int, epsilon: Double, distance: ABCDistance) -> Candidate
    {
        let proposal = proposer.propose(candidate: index)
        guard let parameters = proposal.parameters else {
            return Candidate(parameters: [], distance: .infinity, simulated: false, accepted: false)
        }
        var d = distance(parameters, proposal.simulationSeed)
        if d.isNaN { d = .infinity }
        return Candidate(parameters: parameters, distance: d, simulated: true, accepted: d <= epsilon)
    }
}
