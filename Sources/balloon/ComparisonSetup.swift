import BalloonAnalysis
import BalloonModel

/// A paired comparison as `balloon compare` sets it up (the scenarios resolved on the same seed and years, the
/// posterior's member plan, the invariant checks, and the command that reproduces it), shared by the command and
/// `balloon serve`'s comparison jobs.
struct ComparisonSetup {
    let job: AnalysisJob
    let invariants: MemberInvariants
    /// `balloon compare …` with every option spelled out.
    let command: [String]
    /// The first simulated year, shared by every scenario of the comparison.
    let startYear: Int

    init(
        baseline: String, scenarios: [String], members: Int, thresholdPercent: Double, seed: UInt64?, from: Int?,
        to: Int?, posterior: String?
    ) throws {
        let base = try PreparedScenario.resolve(baseline, seed: seed, from: from, to: to)
        let others = try scenarios.map { try PreparedScenario.resolve($0, seed: seed, from: from, to: to) }
        let plan = try MemberPlan(
            posterior: try AnalysisCLI.posterior(posterior), baseSeed: base.configuration.seed, members: members)
        let comparison = try PairedComparison(
            baseline: base, scenarios: others, plan: plan, thresholdPercent: thresholdPercent)
        let configuration = base.configuration
        var command = ["balloon", "compare", baseline] + scenarios
        command += [
            "--ensemble", "\(members)", "--threshold", "\(thresholdPercent)", "--seed", "\(configuration.seed)",
            "--from", "\(configuration.startYear)", "--to", "\(configuration.endYear)",
        ]
        if let posterior { command += ["--posterior", posterior] }
        self.command = command
        startYear = configuration.startYear
        invariants = MemberInvariants(plan: plan, scenarios: [comparison.baseline] + comparison.scenarios)
        job = .comparison(comparison, modelVersion: Balloon.version, simulate: invariants.checking())
    }
}
