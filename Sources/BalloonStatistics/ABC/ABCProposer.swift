/// Draws the proposal of one ABC-SMC candidate from counter-based randomness.
///
/// Counter layout within the key (seed, stream = generation, substream = candidate):
/// 0 → the simulation seed, 1 → the ancestor choice, 2 + d → component d
/// (a prior uniform in generation 0, a kernel normal afterwards).
struct Proposer: Sendable {
    let seed: UInt64
    let generation: Int
    let priors: [Prior]
    let previous: Population?
    /// Per-component kernel standard deviations (empty in generation 0).
    let kernelStandardDeviations: [Double]
    private let cumulativeWeights: [Double]

    init(seed: UInt64, generation: Int, priors: [Prior], previous: Population?, kernelVarianceScale: Double) {
        self.seed = seed
        self.generation = generation
        self.priors = priors
        self.previous = previous
        if let previous {
            kernelStandardDeviations = (0..<priors.count).map { d in
                let variance = WeightedStatistics.variance(previous.particles.map { $0[d] }, weights: previous.weights)
                return (kernelVarianceScale * variance).squareRoot()
            }
            var running = 0.0
            cumulativeWeights = previous.weights.map {
                running += $0; return running
            }
        } else {
            kernelStandardDeviations = []
            cumulativeWeights = []
        }
    }

    /// The parameters of candidate `index`, or nil when they fall outside the prior support.
    func propose(candidate index: Int) -> (parameters: [Double]?, simulationSeed: UInt64) {
        let stream = UInt64(generation)
        let substream = UInt64(index)
        let simulationSeed = PhiloxRandom.bits(seed: seed, stream: stream, counter: 0, substream: substream)
        guard let previous else {
            let theta = priors.enumerated().map { d, prior in
                prior.sample(
                    u: PhiloxRandom.uniformOpen01(
                        seed: seed, stream: stream, counter: UInt64(2 + d), substream: substream))
            }
            return (theta, simulationSeed)
        }
        let u = PhiloxRandom.uniform01(seed: seed, stream: stream, counter: 1, substream: substream)
        let ancestor = previous.particles[ancestorIndex(u * cumulativeWeights.last!)]
        var theta = ancestor
        for d in 0..<theta.count where kernelStandardDeviations[d] > 0 {
            let z = PhiloxRandom.standardNormal(
                seed: seed, stream: stream, counter: UInt64(2 + d), substream: substream)
            theta[d] += kernelStandardDeviations[d] * z
            if !priors[d].contains(theta[d]) { return (nil, simulationSeed) }
        }
        return (theta, simulationSeed)
    }

    /// The first index whose cumulative weight exceeds `target` (binary search).
    private func ancestorIndex(_ target: Double) -> Int {
        var low = 0, high = cumulativeWeights.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulativeWeights[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
