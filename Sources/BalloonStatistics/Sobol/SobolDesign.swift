/// How the two independent base matrices A and B of a Saltelli design are filled.
package enum SobolSampling: Sendable, Equatable, Hashable, Codable {
    /// Unrandomized Joe–Kuo Sobol' points of dimension 2k: A takes coordinates
    /// 1...k and B takes k+1...2k of the same point (Saltelli et al. 2010).
    case sobol
    /// The same, with a random digital shift (XOR of each coordinate with a random
    /// 32-bit word per dimension, derived from `seed`): randomized QMC that keeps
    /// the net's stratification. Different seeds give independent replicates.
    case sobolDigitalShift(seed: UInt64)
    /// Plain Monte Carlo: independent uniforms from `PhiloxRandom` keyed by `seed`.
    case monteCarlo(seed: UInt64)
}

/// A Saltelli sampling design: the model runs needed to estimate first-order and
/// total Sobol' indices of k parameters from N base samples, N·(k + 2) runs.
///
/// Run order: N rows of A, then N rows of B, then for each parameter i the N rows
/// of A_B^(i) (A with column i taken from B). Runs are independent, so they can be
/// sharded: compute `point(run:)` for any range elsewhere and pass back the outputs
/// in run order.
package struct SobolDesign: Sendable, Equatable, Codable {
    /// The parameters; unit-cube coordinates are mapped through each prior's quantile function.
    package let parameters: [NamedPrior]
    /// N, the number of base samples (a power of two is best for Sobol' points).
    package let baseSampleCount: Int
    /// How A and B were filled.
    package let sampling: SobolSampling
    /// Matrix A in parameter space, N rows of k values.
    package let a: [[Double]]
    /// Matrix B in parameter space, N rows of k values.
    package let b: [[Double]]

    /// k, the number of parameters.
    package var parameterCount: Int { parameters.count }
    /// N·(k + 2), the number of model runs.
    package var runCount: Int { baseSampleCount * (parameterCount + 2) }

    /// The parameter vector of run `index` (0 ..< runCount).
    package func point(run index: Int) -> [Double] {
        precondition(index >= 0 && index < runCount, "run index \(index) out of range")
        let block = index / baseSampleCount
        let row = index % baseSampleCount
        switch block {
        case 0: return a[row]
        case 1: return b[row]
        default:
            var x = a[row]
            x[block - 2] = b[row][block - 2]
            return x
        }
    }

    /// The parameter vectors of a contiguous range of runs (for sharding).
    package func points(runs range: Range<Int>) -> [[Double]] {
        range.map { point(run: $0) }
    }

    /// Every run's parameter vector, in run order.
    package var allPoints: [[Double]] { points(runs: 0..<runCount) }

    /// Evaluates `model` on every run, in parallel, returning outputs in run order.
    package func evaluate(parallelism: Parallelism = .automatic, _ model: @Sendable ([Double]) -> Double) -> [Double] {
        parallelMap(count: runCount, parallelism: parallelism) { model(point(run: $0)) }
    }
}

extension SobolDesign {
    // Streams of PhiloxRandom reserved for design randomization.
    static let digitalShiftStream: UInt64 = 0x50B0_15D5_0000_0001
    static let monteCarloStream: UInt64 = 0x50B0_15D5_0000_0002

    /// Builds the design. See `SobolAnalysis.design`.
    init(parameters: [NamedPrior], baseSampleCount n: Int, sampling: SobolSampling) throws {
        try parameters.validateAll()
        let k = parameters.count
        guard n >= 2 else { throw StatisticsError.invalidArgument("baseSampleCount must be at least 2") }
        let unitRows: [[Double]]
        switch sampling {
        case .sobol, .sobolDigitalShift:
            guard 2 * k <= SobolSequence.maximumDimension else {
                throw StatisticsError.invalidArgument(
                    "Sobol' sampling supports at most \(SobolSequence.maximumDimension / 2) parameters; use .monteCarlo"
                )
            }
            guard n < 1 << 31 else { throw StatisticsError.invalidArgument("baseSampleCount too large") }
            let sequence = try SobolSequence(dimension: 2 * k)
            var shift = [UInt32](repeating: 0, count: 2 * k)
            if case .sobolDigitalShift(let seed) = sampling {
                shift = (0..<2 * k).map {
                    UInt32(
                        truncatingIfNeeded: PhiloxRandom.bits(
                            seed: seed, stream: Self.digitalShiftStream, counter: UInt64($0)) >> 32)
                }
            }
            unitRows = (0..<n).map { (i: Int) -> [Double] in
                let integers = sequence.integerPoint(at: UInt32(i))
                return (0..<(2 * k)).map { (j: Int) -> Double in
                    // The half-cell offset keeps every coordinate strictly inside (0, 1), so
                    // priors with infinite support never map the origin point to −∞.
                    let shifted: UInt32 = integers[j] ^ shift[j]
                    return Double(shifted) * 0x1p-32 + 0x1p-33
                }
            }
        case .monteCarlo(let seed):
            unitRows = (0..<n).map { i in
                (0..<2 * k).map { j in
                    PhiloxRandom.uniformOpen01(
                        seed: seed, stream: Self.monteCarloStream, counter: UInt64(j), substream: UInt64(i))
                }
            }
        }
        let priors = parameters.map(\.prior)
        self.parameters = parameters
        self.baseSampleCount = n
        self.sampling = sampling
        self.a = unitRows.map { row in (0..<k).map { priors[$0].quantile(row[$0]) } }
        self.b = unitRows.map { row in (0..<k).map { priors[$0].quantile(row[k + $0]) } }
    }
}
