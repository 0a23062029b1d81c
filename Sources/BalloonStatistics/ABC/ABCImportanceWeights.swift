import Foundation

/// Importance weights of an ABC-SMC generation (Beaumont et al. 2009).
extension ABCSMC {
    /// wᵢ ∝ π(θᵢ) / Σⱼ wⱼ K(θᵢ | θⱼ), computed in log space and normalized to sum 1.
    static func importanceWeights(
        _ particles: [[Double]], priors: [Prior], previous: Population,
        kernelStandardDeviations: [Double], parallelism: Parallelism
    ) -> [Double] {
        let logPreviousWeights = previous.weights.map { log($0) }
        let logWeights = parallelMap(count: particles.count, parallelism: parallelism) { i -> Double in
            let theta = particles[i]
            var logPrior = 0.0
            for (d, prior) in priors.enumerated() { logPrior += prior.logDensity(theta[d]) }
            var terms = [Double](repeating: 0, count: previous.particles.count)
            for (j, ancestor) in previous.particles.enumerated() {
                var logKernel = logPreviousWeights[j]
                for d in 0..<theta.count {
                    let sd = kernelStandardDeviations[d]
                    // A zero-variance component was copied unchanged and contributes the
                    // same factor to every term, so it is left out.
                    guard sd > 0 else { continue }
                    logKernel += StandardNormal.logDensity((theta[d] - ancestor[d]) / sd) - log(sd)
                }
                terms[j] = logKernel
            }
            return logPrior - WeightedStatistics.logSumExp(terms)
        }
        let normalizer = WeightedStatistics.logSumExp(logWeights)
        return logWeights.map { exp($0 - normalizer) }
    }
}

/// One generation's weighted population.
struct Population: Sendable {
    let generation: Int
    let particles: [[Double]]
    let weights: [Double]
    let distances: [Double]
}
