/// A Morris (1991) elementary-effects design: r trajectories of k + 1 points on a
/// p-level grid of the unit cube, each step moving one parameter by ±Δ,
/// Δ = p / (2(p − 1)). Unit coordinates are mapped through each prior's quantile
/// function, so priors need finite support.
///
/// Run order: trajectory 0's k + 1 points, then trajectory 1's, and so on.
package struct MorrisDesign: Sendable, Equatable, Codable {
    /// The parameters.
    package let parameters: [NamedPrior]
    /// p, the number of grid levels (even).
    package let levels: Int
    /// Δ in unit-cube coordinates; elementary effects are per unit-cube Δ, as in SALib.
    package let delta: Double
    /// r, the number of trajectories.
    package let trajectoryCount: Int
    /// The seed the trajectories were drawn from.
    package let seed: UInt64
    /// Every run's unit-cube coordinates, r·(k + 1) rows.
    package let unitPoints: [[Double]]
    /// Every run's parameter vector (the unit points through the priors' quantiles).
    package let points: [[Double]]
    /// changedParameters[t][s]: the parameter moved between points s and s + 1 of trajectory t.
    package let changedParameters: [[Int]]
    /// stepDirections[t][s]: +1 if that parameter went up by Δ, −1 if down.
    package let stepDirections: [[Int]]

    /// k, the number of parameters.
    package var parameterCount: Int { parameters.count }
    /// r·(k + 1), the number of model runs.
    package var runCount: Int { points.count }

    /// The parameter vector of run `index`.
    package func point(run index: Int) -> [Double] { points[index] }

    /// Evaluates `model` on every run, in parallel, returning outputs in run order.
    package func evaluate(parallelism: Parallelism = .automatic, _ model: @Sendable ([Double]) -> Double) -> [Double] {
        let points = self.points
        return parallelMap(count: runCount, parallelism: parallelism) { model(points[$0]) }
    }
}

/// One trajectory in grid-index form, before mapping to the unit cube.
struct MorrisTrajectory: Sendable {
    /// (k + 1) × k grid indices in 0..<p.
    let gridIndices: [[Int]]
    let changed: [Int]
    let directions: [Int]

    func unitPoints(levels: Int) -> [[Double]] {
        gridIndices.map { row in row.map { Double($0) / Double(levels - 1) } }
    }

    /// Draws a trajectory from counter-based randomness keyed (seed, stream, substream = number).
    ///
    /// A random base point on the lower half of the grid, a random direction per
    /// parameter and a random order of moves: equivalent to Morris's
    /// B* = (J x* + (Δ/2)[(2B − J)D* + J]) P* construction.
    static func random(parameterCount k: Int, levels p: Int, seed: UInt64, stream: UInt64, number: Int)
        -> MorrisTrajectory
    {
        var rng = CounterRNG(seed: seed, stream: stream, substream: UInt64(number))
        let jump = p / 2  // Δ in grid steps
        var start = [Int](repeating: 0, count: k)
        var directions = [Int](repeating: 1, count: k)
        for i in 0..<k {
            let base = uniformIndex(jump, &rng)  // base level in 0..<p/2 so that base + jump < p
            directions[i] = rng.next() >> 63 == 0 ? 1 : -1
            start[i] = directions[i] == 1 ? base : base + jump
        }
        // Fisher–Yates written out rather than `shuffled(using:)`, whose algorithm the
        // standard library does not promise to keep, to pin the design forever.
        var order = Array(0..<k)
        for i in stride(from: k - 1, to: 0, by: -1) {
            order.swapAt(i, uniformIndex(i + 1, &rng))
        }
        var rows = [start]
        var current = start
        var stepDirections: [Int] = []
        for i in order {
            current[i] += directions[i] * jump
            rows.append(current)
            stepDirections.append(directions[i])
        }
        return MorrisTrajectory(gridIndices: rows, changed: order, directions: stepDirections)
    }

    /// A uniform integer in 0..<bound by multiply-shift.
    private static func uniformIndex(_ bound: Int, _ rng: inout CounterRNG) -> Int {
        Int(UInt64(bound).multipliedFullWidth(by: rng.next()).high)
    }
}
