import ArgumentParser
import BalloonAnalysis
import BalloonModel
import Foundation

extension SensitivitySettings.Method: ExpressibleByArgument {}

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract:
            "Global sensitivity of one output to the calibrated parameters (Sobol' first-order and total, or Morris).",
        discussion: "Writes sensitivity-NAME-INDICATOR-METHOD.csv and .json (docs/analysis.md).")

    @Argument(help: "A bundled scenario name or a .toml path.")
    var scenario: String

    @Option(help: "The output indicator, e.g. coca_area_ha (docs/outputs.md).")
    var output: String

    @Option(help: "Its place (default: ANDEAN, WORLD or TOTAL where reported).")
    var place: String?

    @Option(help: "Its year (default: the last simulated year).")
    var year: Int?

    @Option(help: "sobol (Saltelli design, first-order and total indices) or morris (elementary effects).")
    var method: SensitivitySettings.Method = .sobol

    @Option(parsing: .unconditional, help: "Sobol' base samples N, a power of two: N·(k+2) runs.")
    var samples: Int = 256

    @Option(parsing: .unconditional, help: "Morris trajectories r: r·(k+1) runs.")
    var trajectories: Int = 20

    @Option(help: "Bootstrap resamples for the confidence intervals.")
    var bootstrap: Int = 1000

    @Option(help: "Comma-separated parameter names to vary (default: the calibrated parameters).")
    var parameters: String?

    @OptionGroup var span: SpanOptions

    @OptionGroup var execution: ExecutionOptions

    @Option(help: "Output folder.")
    var out: String = "balloon-output"

    func run() throws {
        do {
            try OutputFolder.check(out)
            let prepared = try PreparedScenario.resolve(scenario, seed: span.seed, from: span.from, to: span.to)
            let target = try SensitivityTarget.resolve(
                indicator: output, place: place, year: year,
                in: Simulation.run(prepared.configuration))
            let names =
                parameters.map { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }
                ?? CalibratedParameters.names(in: ParameterEnsemble.bundledPosterior())
            let priors = try CalibratedParameters.priors(for: names, filePriors: CalibratedParameters.bundledPriors())
            let settings = SensitivitySettings(
                method: method, target: target, parameters: priors, baseSamples: samples,
                trajectories: trajectories, bootstrapResamples: bootstrap,
                seed: prepared.configuration.seed)
            let study = try SensitivityStudy(settings: settings)
            let invariants = DesignPointInvariants(scenario: prepared.name, parameterNames: priors.map(\.name))
            let model = SensitivityStudy.model(
                of: prepared, target: target, parameters: priors, simulate: invariants.checking())
            let configuration = prepared.configuration
            var command = [
                "balloon", "sensitivity", scenario, "--output", output, "--place", target.place,
                "--year", "\(target.year)", "--method", method.rawValue, "--samples", "\(samples)",
                "--trajectories", "\(trajectories)", "--bootstrap", "\(bootstrap)",
                "--seed", "\(configuration.seed)", "--from", "\(configuration.startYear)",
                "--to", "\(configuration.endYear)",
            ]
            if let parameters { command += ["--parameters", parameters] }
            try AnalysisCLI.execute(
                .sensitivity(study, scenario: prepared, modelVersion: Balloon.version, model: model),
                invariants: invariants, shard: execution.shard, out: out, threads: execution.threads, command: command)
        } catch {
            throw report(error)
        }
    }
}
