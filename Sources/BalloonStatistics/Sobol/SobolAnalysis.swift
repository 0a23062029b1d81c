/// Variance-based global sensitivity analysis (Sobol' indices) with the Saltelli
/// design: `design(...)` lists the model runs, the caller runs them anywhere, and
/// `analyze(...)` turns the outputs into first-order and total indices with
/// bootstrap confidence intervals.
package enum SobolAnalysis {
    /// Builds a Saltelli design of N·(k + 2) runs.
    /// - Parameters:
    ///   - parameters: the inputs; their priors are the input distributions (independent).
    ///   - baseSampleCount: N; use a power of two with `.sobol` sampling.
    ///   - sampling: how A and B are filled (default: unrandomized Sobol').
    package static func design(
        parameters: [NamedPrior], baseSampleCount: Int, sampling: SobolSampling = .sobol
    ) throws -> SobolDesign {
        try SobolDesign(parameters: parameters, baseSampleCount: baseSampleCount, sampling: sampling)
    }

    // The stream of PhiloxRandom reserved for Sobol' bootstrap resampling.
    static let bootstrapStream: UInt64 = 0x50B0_15D5_0000_0003

    /// Estimates first-order and total indices from outputs in the design's run order.
    /// - Parameters:
    ///   - design: the design that produced the runs.
    ///   - outputs: one finite model output per run, `design.runCount` values.
    ///   - firstOrderEstimator: Saltelli (2010) by default, or Jansen (1999).
    ///   - bootstrapResamples: replicates for the confidence values (0 disables them: NaN).
    ///   - confidenceLevel: e.g. 0.95.
    ///   - seed: keys the bootstrap resampling.
    ///   - parallelism: threads for the bootstrap (results do not depend on it).
    /// - Returns: indices per parameter; NaN indices if the output variance is zero.
    package static func analyze(
        design: SobolDesign,
        outputs: [Double],
        firstOrderEstimator: SobolFirstOrderEstimator = .saltelli2010,
        bootstrapResamples: Int = 1000,
        confidenceLevel: Double = 0.95,
        seed: UInt64 = 0,
        parallelism: Parallelism = .automatic
    ) throws -> SobolResult {
        try StatisticsError.checkAnalysisInputs(
            outputs: outputs, runCount: design.runCount, bootstrapResamples: bootstrapResamples,
            confidenceLevel: confidenceLevel)
        let n = design.baseSampleCount
        let k = design.parameterCount
        let blocks = (0..<(k + 2)).map { Array(outputs[($0 * n)..<(($0 + 1) * n)]) }
        let estimator = SaltelliEstimator(
            fA: blocks[0], fB: blocks[1], fAB: Array(blocks[2...]), firstOrder: firstOrderEstimator)

        let point = estimator.estimate(rows: Array(0..<n))
        let replicates = parallelMap(count: bootstrapResamples, parallelism: parallelism) { r in
            estimator.estimate(
                rows: Bootstrap.resampleIndices(count: n, seed: seed, stream: bootstrapStream, replicate: r))
        }
        let indices = (0..<k).map { i in
            let s1 = Bootstrap.summarize(replicates.map { $0.firstOrder[i] }, level: confidenceLevel)
            let st = Bootstrap.summarize(replicates.map { $0.totalOrder[i] }, level: confidenceLevel)
            return SobolIndices(
                name: design.parameters[i].name,
                firstOrder: point.firstOrder[i], firstOrderConfidence: s1.halfWidth, firstOrderInterval: s1.interval,
                totalOrder: point.totalOrder[i], totalOrderConfidence: st.halfWidth, totalOrderInterval: st.interval)
        }
        return SobolResult(
            indices: indices, outputMean: point.mean, outputVariance: point.variance, baseSampleCount: n,
            firstOrderEstimator: firstOrderEstimator, bootstrapResamples: bootstrapResamples,
            confidenceLevel: confidenceLevel)
    }
}

/// The Saltelli (2010) / Jansen (1999) estimators on a subset of base rows.
struct SaltelliEstimator: Sendable {
    let fA: [Double]
    let fB: [Double]
    let fAB: [[Double]]
    let firstOrder: SobolFirstOrderEstimator

    struct Estimate: Sendable {
        let mean: Double
        let variance: Double
        let firstOrder: [Double]
        let totalOrder: [Double]
    }

    /// Indices computed on rows `rows` (all rows for the point estimate, a resample for the bootstrap).
    func estimate(rows: [Int]) -> Estimate {
        let m = Double(rows.count)
        var sum = 0.0
        for j in rows { sum += fA[j] + fB[j] }
        let mean = sum / (2 * m)
        var squares = 0.0
        for j in rows { squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean) }
        // Total variance from A and B together, as in SALib: both are samples of the output.
        let variance = squares / (2 * m)
        var first: [Double] = []
        var total: [Double] = []
        for ab in fAB {
            var mainSum = 0.0, totalSum = 0.0
            for j in rows {
                switch firstOrder {
                case .saltelli2010: mainSum += fB[j] * (ab[j] - fA[j])
                case .jansen1999: mainSum += (fB[j] - ab[j]) * (fB[j] - ab[j])
                }
                totalSum += (fA[j] - ab[j]) * (fA[j] - ab[j])
            }
            let vi = firstOrder == .saltelli2010 ? mainSum / m : variance - mainSum / (2 * m)
            first.append(variance > 0 ? vi / variance : .nan)
            total.append(variance > 0 ? totalSum / (2 * m) / variance : .nan)
        }
        return Estimate(mean: mean, variance: variance, firstOrder: first, totalOrder: total)
    }
}
