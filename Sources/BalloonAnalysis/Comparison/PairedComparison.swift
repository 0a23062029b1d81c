import BalloonModel
import BalloonStatistics

/// A paired comparison (`balloon compare BASELINE SCENARIO...`): every member runs the baseline and
/// each scenario with the same posterior draw and the same seed (common random numbers), so the
/// member's difference is the policy's effect and not noise; bands are quantiles of the differences.
package struct PairedComparison: Sendable {
    package let baseline: PreparedScenario
    /// The scenarios compared with the baseline, over the baseline's span.
    package let scenarios: [PreparedScenario]
    package let plan: MemberPlan
    /// The reduction in cocaine reaching consumers (percent) whose probability is reported.
    package let thresholdPercent: Double

    /// - Throws: `AnalysisError` naming `--threshold` unless 0 < threshold ≤ 100.
    package init(
        baseline: PreparedScenario, scenarios: [PreparedScenario], plan: MemberPlan,
        thresholdPercent: Double = 5
    ) throws(AnalysisError) {
        guard thresholdPercent > 0, thresholdPercent <= 100 else {
            throw AnalysisError(
                .invalidOption, field: "--threshold", message: "\(thresholdPercent)% is outside (0, 100]",
                fix: "give a reduction in percent, e.g. --threshold 5 for at least 5% less cocaine reaching consumers")
        }
        guard !scenarios.isEmpty else {
            throw AnalysisError(
                .invalidOption, field: "scenarios", message: "no scenario to compare with the baseline",
                fix: "name the baseline, then one or more scenarios: balloon compare history plan-peru")
        }
        var seen: Set<String> = []
        for scenario in scenarios where !seen.insert(scenario.name).inserted {
            throw AnalysisError(
                .invalidOption, field: "scenarios", message: "scenario '\(scenario.name)' is given twice",
                fix: "name each scenario once")
        }
        self.baseline = baseline
        self.scenarios = scenarios.map { $0.withSpan(of: baseline.configuration) }
        self.plan = plan
        self.thresholdPercent = thresholdPercent
    }

    /// Runs `members` (all by default, or one shard's slice) in parallel, reducing as they finish:
    /// memory holds one set of runs per thread, never one per member.
    package func accumulate(
        members: Range<Int>? = nil, parallelism: Parallelism = .automatic,
        simulate: @escaping Simulator = { Simulation.run($0) }
    ) -> ComparisonAccumulation {
        let range = members ?? 0..<plan.members
        precondition(
            !range.isEmpty && range.lowerBound >= 0 && range.upperBound <= plan.members,
            "member range \(range) out of 0..<\(plan.members)")
        let baseline = self.baseline, scenarios = self.scenarios, plan = self.plan, threshold = thresholdPercent
        // Chunks never throw here, so `try!` cannot fire.
        let merged = try! ChunkedReduction.run(
            range, parallelism: parallelism,
            chunk: { chunk in
                var accumulation: ComparisonAccumulation?
                var inputs: ContrastInputs?
                for member in chunk {
                    let base = simulate(plan.configuration(of: baseline, member: member))
                    let runs = scenarios.map { simulate(plan.configuration(of: $0, member: member)) }
                    if accumulation == nil {
                        accumulation = ComparisonAccumulation(
                            baseline: baseline.name, scenarios: scenarios.map(\.name),
                            layoutOf: base, thresholdPercent: threshold)
                        inputs = ContrastInputs(keys: base.keys)
                    }
                    accumulation!.add(baseline: base, scenarios: runs, inputs: inputs!)
                    WorkProgress.advance()
                }
                return accumulation!
            }, merge: { $0.merge($1) })
        return merged!
    }
}
