/// Morris elementary-effects screening (Morris 1991, with μ* of Campolongo et
/// al. 2007): `design(...)` lists the runs, the caller runs them anywhere, and
/// `analyze(...)` computes μ, μ*, σ and a bootstrap interval for μ*.
package enum MorrisAnalysis {
    // Streams of PhiloxRandom reserved for Morris trajectories and bootstrap.
    static let trajectoryStream: UInt64 = 0x3022_1500_0000_0001
    static let bootstrapStream: UInt64 = 0x3022_1500_0000_0002

    /// Builds a design of r trajectories.
    /// - Parameters:
    ///   - parameters: the inputs; every prior must have finite support (grid ends map to its bounds).
    ///   - trajectories: r.
    ///   - levels: p, even and ≥ 2 (4 is customary, as in SALib).
    ///   - seed: keys the trajectories.
    ///   - candidateTrajectories: if set (M > r), draw M trajectories and keep the r most
    ///     spread out (Campolongo et al. 2007; greedy, see `MorrisTrajectorySelection`).
    package static func design(
        parameters: [NamedPrior],
        trajectories r: Int,
        levels p: Int = 4,
        seed: UInt64 = 0,
        candidateTrajectories: Int? = nil
    ) throws -> MorrisDesign {
        try parameters.validateAll()
        guard r >= 1 else { throw StatisticsError.invalidArgument("trajectories must be at least 1") }
        guard p >= 2, p % 2 == 0 else {
            throw StatisticsError.invalidArgument("levels must be even and >= 2, got \(p)")
        }
        for parameter in parameters where !parameter.prior.hasFiniteSupport {
            throw StatisticsError.invalidArgument("\(parameter.name): Morris needs a prior with finite support")
        }
        let m = max(candidateTrajectories ?? r, r)
        let k = parameters.count
        let candidates = (0..<m).map {
            MorrisTrajectory.random(parameterCount: k, levels: p, seed: seed, stream: trajectoryStream, number: $0)
        }
        let chosen = MorrisTrajectorySelection.select(candidates, count: r, levels: p).map { candidates[$0] }
        let unitPoints = chosen.flatMap { $0.unitPoints(levels: p) }
        let priors = parameters.map(\.prior)
        return MorrisDesign(
            parameters: parameters, levels: p, delta: Double(p / 2) / Double(p - 1),
            trajectoryCount: r, seed: seed, unitPoints: unitPoints,
            points: unitPoints.map { row in zip(priors, row).map { $0.quantile($1) } },
            changedParameters: chosen.map(\.changed), stepDirections: chosen.map(\.directions))
    }

    /// Computes μ, μ*, σ per parameter from outputs in the design's run order.
    /// - Parameters:
    ///   - bootstrapResamples: replicates (trajectories resampled with replacement) for μ*'s interval.
    ///   - confidenceLevel: e.g. 0.95.
    ///   - seed: keys the bootstrap.
    package static func analyze(
        design: MorrisDesign,
        outputs: [Double],
        bootstrapResamples: Int = 1000,
        confidenceLevel: Double = 0.95,
        seed: UInt64 = 0
    ) throws -> MorrisResult {
        try StatisticsError.checkAnalysisInputs(
            outputs: outputs, runCount: design.runCount, bootstrapResamples: bootstrapResamples,
            confidenceLevel: confidenceLevel)
        let k = design.parameterCount
        let r = design.trajectoryCount
        // effects[i][t]: the elementary effect of parameter i in trajectory t.
        var effects = [[Double]](repeating: [Double](repeating: 0, count: r), count: k)
        for t in 0..<r {
            let base = t * (k + 1)
            for s in 0..<k {
                let change = outputs[base + s + 1] - outputs[base + s]
                effects[design.changedParameters[t][s]][t] =
                    change / (Double(design.stepDirections[t][s]) * design.delta)
            }
        }
        let replicateIndices = (0..<bootstrapResamples).map {
            Bootstrap.resampleIndices(count: r, seed: seed, stream: bootstrapStream, replicate: $0)
        }
        let results = (0..<k).map { i -> MorrisEffects in
            let ee = effects[i]
            let n = Double(r)
            let mu = ee.reduce(0, +) / n
            let muStar = ee.reduce(0) { $0 + abs($1) } / n
            let sigma = r > 1 ? (ee.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / (n - 1)).squareRoot() : .nan
            let replicates = replicateIndices.map { rows in rows.reduce(0) { $0 + abs(ee[$1]) } / n }
            let summary = Bootstrap.summarize(replicates, level: confidenceLevel)
            return MorrisEffects(
                name: design.parameters[i].name, mu: mu, muStar: muStar, sigma: sigma,
                muStarConfidence: summary.halfWidth, muStarInterval: summary.interval, elementaryEffects: ee)
        }
        return MorrisResult(
            effects: results, delta: design.delta, trajectoryCount: r,
            bootstrapResamples: bootstrapResamples, confidenceLevel: confidenceLevel)
    }
}
