import ArgumentParser
import BalloonAnalysis
import BalloonModel

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Compare scenarios with a baseline on the same posterior draws and seeds: differences, cost-effectiveness, probabilities.",
        discussion:
            "Writes compare-BASELINE.csv and .json (docs/analysis.md). Every member runs the baseline and each scenario with the same parameter draw and seed."
    )

    @Argument(help: "The baseline: a bundled scenario name or a .toml path.")
    var baseline: String

    @Argument(help: "One or more scenarios to compare with it.")
    var scenarios: [String]

    @Option(
        parsing: .unconditional, help: "Members: posterior draws run in pairs (member k: draw k mod draws, seed + k).")
    var ensemble: Int = 100

    @Option(help: "Report the probability that cocaine reaching consumers falls by at least this many percent.")
    var threshold: Double = 5

    @OptionGroup var span: SpanOptions

    @OptionGroup var execution: ExecutionOptions

    @Option(help: "Parameter ensemble file (default: the bundled posterior).")
    var posterior: String?

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            try OutputFolder.check(out)
            let setup = try ComparisonSetup(
                baseline: baseline, scenarios: scenarios, members: ensemble, thresholdPercent: threshold,
                seed: span.seed, from: span.from, to: span.to, posterior: posterior)
            warnIfBeforeTheFit(startYear: setup.startYear)
            try AnalysisCLI.execute(
                setup.job, invariants: setup.invariants, shard: execution.shard, out: out,
                threads: execution.threads, command: setup.command,
                recording: AnalysisRecording(
                    store: execution.shard == nil ? store.open() : nil, references: [baseline] + scenarios))
        } catch {
            throw report(error)
        }
    }
}
