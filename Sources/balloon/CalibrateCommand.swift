import ArgumentParser
import BalloonAnalysis
import BalloonData
import BalloonScenario
import Dispatch
import Foundation

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the most influential parameters to 2000–2019 history (ABC-SMC) and write a posterior ensemble.")

    @Option(help: "ABC-SMC particles per generation.")
    var particles: Int = 400

    @Option(help: "ABC-SMC generations.")
    var generations: Int = 8

    @Option(help: "Random seed (the calibration is reproducible from it).")
    var seed: UInt64 = 1

    @Option(help: "How many parameters the screen keeps for fitting.")
    var keep: Int = 12

    @Option(help: "Parameter sets resampled into the posterior ensemble.")
    var draws: Int = 200

    @Option(
        help:
            "Where to write the posterior ensemble (JSON). The shipped one is Sources/BalloonAnalysis/Resources/posterior.json."
    )
    var out: String = "posterior.json"

    @Option(
        name: .customLong("fit-through"),
        help:
            "Fit only observations up to this year (2005–2019) for the time-split forecast test (docs/calibration.md); default 2019."
    )
    var fitThrough: Int = ObservedTargets.calibrationYears.upperBound

    @Option(
        name: .customLong("parameters-from"),
        help:
            "Fit and carry exactly the parameters this posterior file fitted and carried, instead of the screen's choice: a check of how much a fit hangs on the list (docs/calibration.md)."
    )
    var parametersFrom: String?

    @Option(
        name: .customLong("screen-trajectories"),
        help: "Morris trajectories of the screen that chooses the fitted parameters (docs/calibration.md).")
    var screenTrajectories: Int = Calibrator.Settings().screenTrajectories

    @Flag(
        name: .customLong("screen-only"),
        help: "Only run the screen and print which parameters the calibration would fit and carry; write nothing.")
    var screenOnly = false

    @Option(
        help: "Only recompute the representative draw (closest to the data) of an existing posterior file, in place.")
    var refresh: String?

    func run() throws {
        if let refresh { return try refreshRepresentative(refresh) }
        do {
            if !screenOnly { try OutputFolder.checkFile(out, option: "--out") }
            let window = ObservedTargets.calibrationYears
            guard (2005...window.upperBound).contains(fitThrough) else {
                throw UserError(
                    code: "invalidFitThrough",
                    message: "--fit-through \(fitThrough) is outside 2005 to \(window.upperBound)",
                    location: "--fit-through",
                    fix: "give a year such as --fit-through 2013; outcomes after \(window.upperBound) are never fitted")
            }
            let years = window.lowerBound...fitThrough
            let start = DispatchTime.now().uptimeNanoseconds
            let history = try ScenarioLibrary().resolve("history")
            let targets = ObservedTargets.load(try BundledData.load(), years: years)
            var settings = Calibrator.Settings()
            settings.particles = particles
            settings.generations = generations
            settings.seed = seed
            settings.keep = keep
            settings.ensembleSize = draws
            settings.screenTrajectories = screenTrajectories
            if let parametersFrom { settings.committed = try Self.committedParameters(parametersFrom) }
            let calibrator = Calibrator(
                problem: try CalibrationProblem(history: history, targets: targets, years: years), settings: settings)
            if screenOnly {
                let screen = try calibrator.screen()
                print(CalibrationTable.screen(screen))
                print("\(screen.runs) runs; fitted: \(screen.selected.joined(separator: ", "))")
                print("carried: \(screen.carried.joined(separator: ", "))")
                return
            }
            let progress = ProgressDisplay("calibrate", total: nil, unit: "model runs")
            let ensemble = try progress.watch { try calibrator.run { progress.printAbove($0) } }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(ensemble)
            try OutputSet.writeAlone(data, to: out)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let record = ensemble.calibration {
                print("")
                print(CalibrationTable.screen(record.screen))
                print("")
                print(CalibrationTable.priorPosterior(record))
                print("")
                print(
                    "U.S.-government estimate ÷ true area (profiled bias): "
                        + record.usBiasFactor.sorted { $0.key < $1.key }
                        .map { "\($0.key) \(String(format: "%.2f", $0.value))" }.joined(separator: ", "))
                print(
                    "\(record.simulations) simulations in \(String(format: "%.1f", seconds)) s; stop: \(record.stopReason)"
                )
            }
            print("Wrote \(ensemble.draws.count) parameter sets to \(out)")
        } catch {
            throw report(error)
        }
    }

    func refreshRepresentative(_ path: String) throws {
        do {
            var ensemble = try AnalysisCLI.read(path, option: "--refresh")
            // The representative is a best fit with everything else, carried priors included, at literature values.
            let names = ensemble.fittedNames.sorted()
            let problem = try CalibrationProblem(
                history: try ScenarioLibrary().resolve("history"),
                targets: ObservedTargets.load(try BundledData.load()), parameterNames: names)
            let best = Calibrator.closestDraw(ensemble.draws, problem: problem, seed: seed)
            ensemble.representative = ParameterDraw(values: best.draw.values.filter { names.contains($0.key) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try OutputSet.writeAlone(try encoder.encode(ensemble), to: path)
            print("Representative draw of \(path): distance \(best.distance)")
        } catch {
            throw report(error)
        }
    }
}

extension CalibrateCommand {
    /// The fitted and carried parameters recorded in the posterior file at `path` (`--parameters-from`).
    /// - Throws: `UserError` naming the option when the file is unreadable, has no calibration record, or
    ///   names a parameter that is not a calibration candidate.
    static func committedParameters(_ path: String) throws(UserError) -> Calibrator.CommittedParameters {
        let ensemble = try AnalysisCLI.read(path, option: "--parameters-from")
        guard let record = ensemble.calibration, !record.screen.selected.isEmpty else {
            throw UserError(
                code: "invalidPosterior", message: "'\(path)' has no calibration record naming fitted parameters",
                location: "--parameters-from \(path)",
                fix:
                    "give a posterior written by `balloon calibrate`, such as Sources/BalloonAnalysis/Resources/posterior.json"
            )
        }
        let candidates = Set(CalibrationProblem.candidates)
        if let unknown = (record.screen.selected + record.screen.carried).first(where: { !candidates.contains($0) }) {
            throw UserError(
                code: "invalidPosterior",
                message: "'\(path)' fitted '\(unknown)', which is not among today's calibration candidates",
                location: "--parameters-from \(path)",
                fix: "refit that posterior first, or leave --parameters-from out to let the screen choose")
        }
        let source = URL(fileURLWithPath: path).lastPathComponent
        return Calibrator.CommittedParameters(
            fitted: record.screen.selected, carried: record.screen.carried, source: source)
    }
}
