import BalloonStatistics

/// The sensitivity screen that chooses which parameters to calibrate: Morris elementary effects of the
/// calibration distance over the candidates' prior ranges, and of each country's area term.
///
/// The distance averages the countries' area errors, so a parameter that only moves a small country
/// (Bolivia's carrying area acts on a few thousand illicit hectares) ranks low on it even when it is
/// the one that sets that country's level. Each country's area target therefore gets its most
/// influential parameter fitted (its *leader*); the remaining places up to `keep` go by μ* of the
/// whole distance. Leaders are found from the same runs: no extra simulations.
package struct ParameterScreen: Sendable, Codable, Equatable {
    package struct Row: Sendable, Codable, Equatable {
        package var name: String
        package var muStar: Double
        package var sigma: Double
        package var selected: Bool
        /// Countries (codes) whose area term this parameter moves most; absent in records written
        /// before leaders were screened.
        package var leaderOf: [String]?
    }

    package var trajectories: Int
    package var runs: Int
    package var rows: [Row]

    package var selected: [String] { rows.filter(\.selected).map(\.name) }

    package static func run(
        _ problem: CalibrationProblem, trajectories: Int = 10, keep: Int = 12,
        seed: UInt64 = 1
    ) throws -> ParameterScreen {
        // Morris needs bounded priors: screen on the model scale, uniform over each catalog range.
        let uniform = zip(problem.parameterNames, problem.ranges).map {
            NamedPrior($0.0, .uniform(lower: $0.1.lowerBound, upper: $0.1.upperBound))
        }
        let design = try MorrisAnalysis.design(parameters: uniform, trajectories: trajectories, levels: 4, seed: seed)
        let points = (0..<design.runCount).map { design.point(run: $0) }
        let fits = parallelMap(count: points.count, parallelism: .automatic) { problem.fit(points[$0], seed: seed) }
        let result = try MorrisAnalysis.analyze(
            design: design, outputs: fits.map(\.distance), bootstrapResamples: 200, seed: seed)
        var leaders: [String: [String]] = [:]
        for code in ObservedTargets.countries.keys.sorted() {
            let component = try MorrisAnalysis.analyze(
                design: design, outputs: fits.map { $0.rmseLogArea[code] ?? 0 }, bootstrapResamples: 200, seed: seed)
            if let leader = component.effects.max(by: { $0.muStar < $1.muStar }), leader.muStar > 0 {
                leaders[leader.name, default: []].append(code)
            }
        }
        let ranked = result.effects.sorted { $0.muStar > $1.muStar }
        let chosen = selection(ranked: ranked.map(\.name), leaders: Set(leaders.keys), keep: keep)
        return ParameterScreen(
            trajectories: trajectories, runs: design.runCount,
            rows: ranked.map {
                Row(
                    name: $0.name, muStar: $0.muStar, sigma: $0.sigma, selected: chosen.contains($0.name),
                    leaderOf: leaders[$0.name])
            })
    }

    /// Every leader, then the best-ranked others up to `keep` in all.
    static func selection(ranked: [String], leaders: Set<String>, keep: Int) -> Set<String> {
        var chosen = leaders
        for name in ranked where chosen.count < keep { chosen.insert(name) }
        return chosen
    }
}
