import ArgumentParser
import BalloonAnalysis
import BalloonData
import BalloonModel
import BalloonScenario
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Run the posterior ensemble against every stylized fact and the historical data; print the fact ledger.")

    @Option(help: "Write the ledger as JSON (schema in docs/ledger.md) to this file.")
    var json: String?

    @Option(help: "A posterior ensemble file (default: the one shipped with Balloon).")
    var posterior: String?

    @Option(
        name: .customLong("forecast-posterior"),
        help: "The posterior fitted through 2013 for the forecast test (default: the one shipped with Balloon).")
    var forecastPosterior: String?

    @Option(parsing: .unconditional, help: "How many ensemble members to run (default: all draws).")
    var members: Int?

    @Option(
        help: ArgumentHelp(
            "Rewrite the validation digest beside the shipped posterior and the generated tables of docs/ in the checkout at this path.",
            discussion: "Runs on the bundled posteriors; rebuild after replacing them. See docs/calibration.md."))
    var regenerate: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Hold a parameter at one value in every member: NAME=VALUE (repeatable; names from `balloon parameters`).",
            discussion:
                "A what-if of the shipped model, not a refit: the ledger, the response signs and the forecast are "
                + "measured with the value in every draw, a fitted parameter's calibrated values replaced. "
                + "See docs/ledger.md."))
    var set: [String] = []

    @Flag(help: "Print every cell of the response-sign table and every magnitude band (docs/response-signs.md).")
    var signs = false

    @Flag(help: "With --signs: print only the response-sign tables, as markdown for docs/response-signs.md.")
    var markdown = false

    func run() throws {
        do {
            if let json { try OutputFolder.checkFile(json, option: "--json") }
            let overrides = try Self.overrides(set)
            guard regenerate == nil || overrides.isEmpty else {
                throw UserError(
                    code: "usage", message: "--regenerate describes the shipped model, not a what-if",
                    location: "--set", fix: "leave out --set, or leave out --regenerate")
            }
            let ensemble: ParameterEnsemble
            if let posterior {
                ensemble = try AnalysisCLI.read(posterior, option: "--posterior").setting(overrides)
            } else {
                guard let bundled = ParameterEnsemble.bundledPosterior() else {
                    throw UserError(
                        code: "noPosterior", message: "no posterior ensemble is bundled", location: "--posterior",
                        fix: "run `balloon calibrate`, or pass --posterior FILE")
                }
                ensemble = bundled.setting(overrides)
            }
            let count = members ?? ensemble.draws.count
            guard (1...100_000).contains(count) else {
                throw UserError(
                    code: "invalidMemberCount", message: "\(count) members is outside 1 to 100,000",
                    location: "--members",
                    fix: "give a member count such as --members 200, or leave it out for all draws")
            }
            guard !markdown || signs else {
                throw UserError(
                    code: "usage", message: "--markdown needs --signs", location: "--markdown",
                    fix: "add --signs: balloon validate --signs --markdown")
            }
            guard regenerate == nil || (posterior == nil && forecastPosterior == nil) else {
                throw UserError(
                    code: "usage", message: "--regenerate describes the shipped posteriors only",
                    location: "--regenerate", fix: "leave out --posterior and --forecast-posterior")
            }
            let progress = ProgressDisplay("validate", total: (markdown ? 1 : 2) * count, unit: "member runs")
            let responseSigns = try progress.watch(final: markdown) {
                try Self.responseSigns(ensemble: ensemble, members: count)
            }
            if markdown {
                if !overrides.isEmpty {
                    print(
                        "> What-if, not the shipped model: every member ran with "
                            + ParameterOverride.text(of: overrides) + " (`balloon validate --set`).\n")
                }
                print(ResponseSignText.markdown(responseSigns))
                return
            }
            var command = ["balloon", "validate", "--members", "\(count)"]
            if let posterior { command += ["--posterior", posterior] }
            if let forecastPosterior { command += ["--forecast-posterior", forecastPosterior] }
            if let regenerate { command += ["--regenerate", regenerate] }
            if let json { command += ["--json", json] }
            for override in overrides { command += ["--set", override.argument] }
            var report = try progress.watch { try Self.ledger(ensemble: ensemble, members: count, command: command) }
            report.responseSigns = responseSigns
            report.forecast = try Self.forecast(file: forecastPosterior, members: count, overrides: overrides)
            if !overrides.isEmpty { report.parameterOverrides = overrides }
            print(LedgerTable.render(report))
            print("")
            print(signs ? ResponseSignText.table(responseSigns) : ResponseSignText.summary(responseSigns))
            if let json {
                try Self.write(report, to: json)
                print("\nWrote \(json)")
            }
            if let regenerate {
                for path in try Self.regenerate(root: regenerate, report: report, ensemble: ensemble) {
                    print("Wrote \(path)")
                }
            }
        } catch {
            throw report(error)
        }
    }

    /// The ledger of `members` draws of `ensemble` against history and the literature, stamped with `command`.
    static func ledger(ensemble: ParameterEnsemble, members: Int, command: [String]) throws -> FactLedgerReport {
        let data = try BundledData.load()
        let history = try ScenarioLibrary().resolve("history").configuration()
        let evaluator = LedgerEvaluator(
            history: history, ensemble: ensemble, targets: ObservedTargets.load(data),
            outOfSample: OutOfSampleData.load(data), inSample: InSampleData.load(data), members: members)
        var report = evaluator.evaluate(modelVersion: Balloon.version)
        report.provenance = ProvenanceStamp.make(
            scenarios: [("history", history)], posterior: ensemble.fingerprint, seed: history.seed, command: command)
        return report
    }

    /// The time-split forecast of `members` members of the posterior in `file` (default: the bundled one fitted
    /// through 2013); nil when no such posterior is bundled.
    static func forecast(file: String?, members: Int, overrides: [ParameterOverride] = []) throws -> ForecastReport? {
        let ensemble: ParameterEnsemble
        if let file {
            ensemble = try AnalysisCLI.read(file, option: "--forecast-posterior")
        } else {
            guard let bundled = ParameterEnsemble.bundledForecastPosterior() else { return nil }
            ensemble = bundled
        }
        let test = ForecastTest()
        // The fitted years are read before the what-if: setting a parameter does not change what was fitted.
        guard let last = ForecastTest.lastFittedYear(ensemble), last <= test.fitThrough else {
            throw UserError(
                code: "forecastPosteriorNotSplit",
                message: "the forecast posterior was not fitted through \(test.fitThrough) only "
                    + "(its calibration years: \(ensemble.calibration?.calibrationYears ?? "not recorded"))",
                location: "--forecast-posterior",
                fix: "make one with `balloon calibrate --fit-through \(test.fitThrough) --out FILE`")
        }
        let history = try ScenarioLibrary().resolve("history").configuration()
        let measured = ensemble.setting(overrides)
        return test.evaluate(
            history: history, ensemble: measured, posteriorLabel: measured.fingerprint,
            observed: ObservedTargets.load(try BundledData.load()).unodcAreaByCountry, members: members)
    }

    /// The `--set NAME=VALUE` options, read and checked.
    static func overrides(_ texts: [String]) throws -> [ParameterOverride] {
        do { return try ParameterOverride.parse(all: texts) } catch {
            throw UserError(code: "invalidParameterOverride", message: error.message, location: "--set", fix: error.fix)
        }
    }

    /// The response-sign table on `members` draws of `ensemble` (member k: draw k, seed 1 + k).
    static func responseSigns(ensemble: ParameterEnsemble, members: Int) throws -> ResponseSignReport {
        let plan = try MemberPlan(posterior: ensemble, baseSeed: 1, members: members, option: "--members")
        return ResponseSignEvaluator(history: try PreparedScenario.resolve("history"), plan: plan).evaluate()
    }

    static func write(_ report: FactLedgerReport, to path: String) throws {
        try ScenarioRunner().atomicWrite(report.encoded(), to: path)
    }
}
