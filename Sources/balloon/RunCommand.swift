import ArgumentParser
import BalloonAnalysis
import BalloonModel
import BalloonOutput
import BalloonStore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario and write tidy CSV and a JSON summary; with --ensemble, bands over posterior draws.")

    @Argument(help: "A bundled scenario name (see `balloon scenarios`) or a path to a .toml file.")
    var scenario: String

    @OptionGroup var span: SpanOptions

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    @Option(
        parsing: .unconditional,
        help:
            "Run N members over posterior draws (member k: draw k mod draws, seed + k) and report median and 5–95% bands."
    )
    var ensemble: Int?

    @Option(help: "With --ensemble: parameter ensemble file (default: the bundled posterior).")
    var posterior: String?

    @OptionGroup var execution: ExecutionOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        do { try OutputFolder.check(out) } catch { throw report(error) }
        if ensemble != nil || execution.shard != nil || posterior != nil || execution.threads != nil {
            return try runEnsemble()
        }
        do {
            let runner = ScenarioRunner()
            let prepared = try runner.prepare(scenario, seed: span.seed, from: span.from, to: span.to)
            warnIfBeforeTheFit(startYear: prepared.configuration.startYear)
            let recorder = try RunRecorder.begin(store.open(), inputs: RunInputs.single(reference: scenario, prepared))
            try RunRecorder.track(recorder) {
                let outcome = try runner.run(prepared)
                let paths = try runner.write(outcome, reference: scenario, to: out)
                print(
                    ValidationStatus.sentences(summary: .bundled(), posterior: ParameterEnsemble.bundledPosterior())
                        .joined(separator: "\n") + "\n")
                print(outcome.summary.table())
                print(BoundReport.text(outcome.results))
                print("\nWrote \(paths.joined(separator: " and "))")
                return try RunOutputs(written: paths, summarySuffix: ".summary.json")
            }
        } catch {
            throw report(error)
        }
    }

    /// `--ensemble N`: bands over posterior draws, whole or one shard (docs/analysis.md).
    private func runEnsemble() throws {
        do {
            guard let ensemble else {
                throw AnalysisError(
                    .invalidOption, field: "--ensemble",
                    message: "--shard, --posterior and --threads apply to ensembles",
                    fix: "add --ensemble N, e.g. --ensemble 200")
            }
            let prepared = try PreparedScenario.resolve(scenario, seed: span.seed, from: span.from, to: span.to)
            warnIfBeforeTheFit(startYear: prepared.configuration.startYear)
            let plan = try MemberPlan(
                posterior: try AnalysisCLI.posterior(posterior), baseSeed: prepared.configuration.seed,
                members: ensemble)
            let configuration = prepared.configuration
            var command = [
                "balloon", "run", scenario, "--ensemble", "\(ensemble)", "--seed", "\(configuration.seed)",
                "--from", "\(configuration.startYear)", "--to", "\(configuration.endYear)",
            ]
            if let posterior { command += ["--posterior", posterior] }
            let invariants = MemberInvariants(plan: plan, scenarios: [prepared])
            try AnalysisCLI.execute(
                .ensemble(
                    EnsembleRun(scenario: prepared, plan: plan), modelVersion: Balloon.version,
                    simulate: invariants.checking()),
                invariants: invariants, shard: execution.shard, out: out, threads: execution.threads, command: command,
                recording: AnalysisRecording(store: execution.shard == nil ? store.open() : nil, references: [scenario])
            )
        } catch {
            throw report(error)
        }
    }
}
