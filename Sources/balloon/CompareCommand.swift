import ArgumentParser
import BalloonAnalysis

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare scenarios with a baseline on the same posterior draws and seeds: differences, cost-effectiveness, probabilities.",
        discussion: "Writes compare-BASELINE.csv and .json (docs/analysis.md). Every member runs the baseline and each scenario with the same parameter draw and seed.")

    @Argument(help: "The baseline: a bundled scenario name or a .toml path.")
    var baseline: String

    @Argument(help: "One or more scenarios to compare with it.")
    var scenarios: [String]

    @Option(help: "Members: posterior draws run in pairs (member k: draw k mod draws, seed + k).")
    var ensemble: Int = 100

    @Option(help: "Report the probability that cocaine reaching consumers falls by at least this many percent.")
    var threshold: Double = 5

    @Option(help: "Base seed (default: the baseline's, else 1).")
    var seed: UInt64?

    @Option(help: "First simulated year (default: the baseline's).")
    var from: Int?

    @Option(help: "Last simulated year (default: the baseline's).")
    var to: Int?

    @Option(help: "Run only slice K of N (K from 0) and write a partial result for `balloon merge`.")
    var shard: String?

    @Option(help: "Parameter ensemble file (default: the bundled posterior).")
    var posterior: String?

    @Option(help: "Threads (default: all cores).")
    var threads: Int?

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    func run() throws {
        do {
            let base = try PreparedScenario.resolve(baseline, seed: seed, from: from, to: to)
            let others = try scenarios.map { try PreparedScenario.resolve($0, seed: seed, from: from, to: to) }
            let plan = try MemberPlan(posterior: try AnalysisCLI.posterior(posterior), baseSeed: base.configuration.seed, members: ensemble)
            let comparison = try PairedComparison(baseline: base, scenarios: others, plan: plan, thresholdPercent: threshold)
            try AnalysisCLI.execute(.comparison(comparison, modelVersion: Balloon.version), shard: shard, out: out, threads: threads)
        } catch {
            throw report(error)
        }
    }
}
