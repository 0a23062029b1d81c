import BalloonModel
import BalloonStatistics

/// A numbered run (ensemble members, paired comparison members or sensitivity design runs) that can
/// run whole on one machine or one shard at a time on many, with the same result either way.
package struct AnalysisJob: Sendable {
    package let spec: AnalysisSpec
    /// Computes the payload of a range of runs.
    let work: @Sendable (Range<Int>, Parallelism) throws -> AnalysisPayload

    /// `balloon run NAME --ensemble N`.
    package static func ensemble(
        _ ensemble: EnsembleRun, modelVersion: String,
        simulate: @escaping Simulator = { Simulation.run($0) }
    ) -> AnalysisJob {
        let spec = AnalysisSpec(
            kind: .ensemble, scenarios: [ensemble.scenario], runs: ensemble.plan.members,
            seed: ensemble.plan.baseSeed, posterior: ensemble.plan.posterior, modelVersion: modelVersion)
        return AnalysisJob(spec: spec) { range, parallelism in
            .ensemble(ensemble.accumulate(members: range, parallelism: parallelism, simulate: simulate))
        }
    }

    /// `balloon compare BASELINE SCENARIO...`.
    package static func comparison(
        _ comparison: PairedComparison, modelVersion: String,
        simulate: @escaping Simulator = { Simulation.run($0) }
    ) -> AnalysisJob {
        let spec = AnalysisSpec(
            kind: .comparison, scenarios: [comparison.baseline] + comparison.scenarios,
            runs: comparison.plan.members, seed: comparison.plan.baseSeed,
            posterior: comparison.plan.posterior, modelVersion: modelVersion,
            thresholdPercent: comparison.thresholdPercent)
        return AnalysisJob(spec: spec) { range, parallelism in
            .comparison(comparison.accumulate(members: range, parallelism: parallelism, simulate: simulate))
        }
    }

    /// `balloon sensitivity NAME --output INDICATOR`: `model` maps a design point to the output
    /// (`SensitivityStudy.model(of:...)` for the simulator, any closure in tests).
    package static func sensitivity(
        _ study: SensitivityStudy, scenario: PreparedScenario, modelVersion: String,
        model: @escaping @Sendable ([Double]) -> Double
    ) -> AnalysisJob {
        let spec = AnalysisSpec(
            kind: .sensitivity, scenarios: [scenario], runs: study.runCount,
            seed: scenario.configuration.seed, posterior: nil, modelVersion: modelVersion,
            sensitivity: study.settings)
        return AnalysisJob(spec: spec) { range, parallelism in
            .sensitivity(try study.evaluate(runs: range, parallelism: parallelism, model: model))
        }
    }

    /// Every run, rendered.
    package func run(parallelism: Parallelism = .automatic) throws -> AnalysisOutput {
        try AnalysisOutput.render(spec: spec, payload: try work(0..<spec.runs, parallelism), parallelism: parallelism)
    }

    /// Only the runs of `shard`, as a partial result for `balloon merge`.
    /// - Throws: `AnalysisError` naming `--shard` if there are more shards than runs.
    package func run(shard: Shard, parallelism: Parallelism = .automatic) throws -> PartialResult {
        try shard.check(against: spec.runs, unit: spec.kind == .sensitivity ? "model runs" : "members")
        return PartialResult(spec: spec, shard: shard, payload: try work(shard.range(of: spec.runs), parallelism))
    }
}
