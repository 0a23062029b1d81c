import ArgumentParser
import BalloonAnalysis
import BalloonOutput

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a scenario and write tidy CSV and a JSON summary; with --ensemble, bands over posterior draws.")

    @Argument(help: "A bundled scenario name (see `balloon scenarios`) or a path to a .toml file.")
    var scenario: String

    @Option(help: "Random seed (default: the scenario's, else 1).")
    var seed: UInt64?

    @Option(help: "First simulated year (1990–2030).")
    var from: Int?

    @Option(help: "Last simulated year (up to 2050).")
    var to: Int?

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    @Option(help: "Run N members over posterior draws (member k: draw k mod draws, seed + k) and report median and 5–95% bands.")
    var ensemble: Int?

    @Option(help: "With --ensemble: run only slice K of N (K from 0) and write a partial result for `balloon merge`.")
    var shard: String?

    @Option(help: "With --ensemble: parameter ensemble file (default: the bundled posterior).")
    var posterior: String?

    @Option(help: "With --ensemble: threads (default: all cores).")
    var threads: Int?

    func run() throws {
        if ensemble != nil || shard != nil || posterior != nil || threads != nil {
            return try runEnsemble()
        }
        do {
            let runner = ScenarioRunner()
            let outcome = try runner.run(scenario, seed: seed, from: from, to: to)
            let paths = try runner.write(outcome, to: out)
            print(outcome.summary.table())
            print(BoundReport.text(outcome.results))
            print("\nWrote \(paths.joined(separator: " and "))")
        } catch {
            throw report(error)
        }
    }

    /// `--ensemble N`: bands over posterior draws, whole or one shard (docs/analysis.md).
    private func runEnsemble() throws {
        do {
            guard let ensemble else {
                throw AnalysisError(.invalidOption, field: "--ensemble", message: "--shard, --posterior and --threads apply to ensembles",
                                    fix: "add --ensemble N, e.g. --ensemble 200")
            }
            let prepared = try PreparedScenario.resolve(scenario, seed: seed, from: from, to: to)
            let plan = try MemberPlan(posterior: try AnalysisCLI.posterior(posterior), baseSeed: prepared.configuration.seed, members: ensemble)
            try AnalysisCLI.execute(.ensemble(EnsembleRun(scenario: prepared, plan: plan), modelVersion: Balloon.version),
                                    shard: shard, out: out, threads: threads)
        } catch {
            throw report(error)
        }
    }
}
