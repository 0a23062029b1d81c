/// Campolongo et al. (2007) spread-maximizing choice of r trajectories among M
/// candidates, by greedy removal.
///
/// The distance between trajectories m and l is Σₐ Σ_b ‖X_m(a) − X_l(b)‖ over
/// their points; the spread of a set is Σ over pairs of distance². Campolongo's
/// exhaustive search over all r-subsets is combinatorial, so this removes, one at
/// a time, the candidate contributing least to the spread of those left (in the
/// spirit of Ruano et al. 2012). It is a heuristic: it does not promise the optimum.
enum MorrisTrajectorySelection {
    static func select(_ candidates: [MorrisTrajectory], count r: Int, levels: Int) -> [Int] {
        let m = candidates.count
        guard r < m else { return Array(0..<m) }
        let units = candidates.map { $0.unitPoints(levels: levels) }
        var squaredDistance = [[Double]](repeating: [Double](repeating: 0, count: m), count: m)
        for i in 0..<m {
            for j in (i + 1)..<m {
                var d = 0.0
                for x in units[i] {
                    for y in units[j] {
                        var s = 0.0
                        for (a, b) in zip(x, y) { s += (a - b) * (a - b) }
                        d += s.squareRoot()
                    }
                }
                squaredDistance[i][j] = d * d
                squaredDistance[j][i] = d * d
            }
        }
        var alive = [Bool](repeating: true, count: m)
        var contribution = squaredDistance.map { $0.reduce(0, +) }
        for _ in 0..<(m - r) {
            var worst = -1
            for i in 0..<m where alive[i] && (worst < 0 || contribution[i] < contribution[worst]) {
                worst = i
            }
            alive[worst] = false
            for i in 0..<m where alive[i] { contribution[i] -= squaredDistance[i][worst] }
        }
        return (0..<m).filter { alive[$0] }
    }
}
