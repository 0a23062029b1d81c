import BalloonStatistics

/// The sensitivity screen that chooses which parameters to calibrate: Morris elementary effects of the
/// calibration distance over the candidates' prior ranges; the `keep` largest μ* are fitted.
package struct ParameterScreen: Sendable, Codable, Equatable {
    package struct Row: Sendable, Codable, Equatable {
        package var name: String
        package var muStar: Double
        package var sigma: Double
        package var selected: Bool
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
        let outputs = design.evaluate(parallelism: .automatic) { point in problem.fit(point, seed: seed).distance }
        let result = try MorrisAnalysis.analyze(design: design, outputs: outputs, bootstrapResamples: 200, seed: seed)
        let ranked = result.effects.sorted { $0.muStar > $1.muStar }
        let chosen = Set(ranked.prefix(keep).map(\.name))
        return ParameterScreen(
            trajectories: trajectories, runs: design.runCount,
            rows: ranked.map {
                Row(name: $0.name, muStar: $0.muStar, sigma: $0.sigma, selected: chosen.contains($0.name))
            })
    }
}
