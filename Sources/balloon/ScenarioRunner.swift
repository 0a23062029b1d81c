import ArgumentParser
import BalloonAnalysis
import BalloonModel
import BalloonOutput
import BalloonScenario
import Foundation

/// What every command does with a scenario: resolve it, run it, write its files.
struct ScenarioRunner {
    let library = ScenarioLibrary()

    struct Outcome {
        let scenario: Scenario
        let configuration: SimulationConfiguration
        let results: SimulationResults
        let summary: RunSummary
    }

    func run(_ reference: String, seed: UInt64?, from: Int?, to: Int?) throws -> Outcome {
        let scenario = try library.resolve(reference)
        let configuration = try scenario.calibratedConfiguration(seed: seed, from: from, to: to)
        let results = Simulation.run(configuration)
        // Nothing is written from a run that breaks what must hold in any run (docs/outputs.md).
        if let violation = ResultInvariants.violations(in: results, limit: 1).first {
            throw BrokenInvariant(violation: violation, scenario: scenario.name)
        }
        let summary = RunSummary(results: results, scenario: scenario.name, seed: configuration.seed)
        return Outcome(scenario: scenario, configuration: configuration, results: results, summary: summary)
    }

    /// The exact `balloon run` command that reproduces `outcome` (seed and years made explicit).
    static func command(_ reference: String, _ outcome: Outcome) -> [String] {
        let configuration = outcome.configuration
        return [
            "balloon", "run", reference, "--seed", "\(configuration.seed)", "--from", "\(configuration.startYear)",
            "--to", "\(configuration.endYear)",
        ]
    }

    /// The provenance of a single run made by `command`.
    static func provenance(_ outcome: Outcome, command: [String]) -> Provenance {
        ProvenanceStamp.make(
            scenarios: [(outcome.scenario.name, outcome.configuration)], posterior: ProvenanceStamp.singleRunPosterior,
            seed: outcome.configuration.seed, command: command)
    }

    /// Writes `<stem>.csv`, `<stem>.summary.json` and `<stem>.provenance.json` into `directory` (the stem is the
    /// scenario's name made safe as a file name, `FileStem`; never a path), creating the folder if
    /// needed. Files are written whole to a temporary name, then moved, so a failed run never leaves half a file.
    func write(_ outcome: Outcome, reference: String, to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: directory).appendingPathComponent(outcome.scenario.fileStem).path
        let provenance = Self.provenance(outcome, command: Self.command(reference, outcome))
        let csv = TidyCSV.render(outcome.results, scenario: outcome.scenario.fileStem, seed: outcome.configuration.seed)
        let json = SummaryJSON(
            outcome.results, summary: outcome.summary, modelVersion: Balloon.version, provenance: provenance)
        let paths = [base + ".csv", base + ".summary.json", base + ".provenance.json"]
        try atomicWrite(csv, to: paths[0])
        try atomicWrite(json.encoded(), to: paths[1])
        try atomicWrite(ProvenanceStamp.encoded(provenance), to: paths[2])
        return paths
    }

    func atomicWrite(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(text.utf8).write(to: url, options: .atomic)
    }
}

/// A run whose outputs break a stock–flow or sign invariant: a bug or a parameter set outside what the
/// model can represent, reported instead of written.
struct BrokenInvariant: Error, CustomStringConvertible {
    let violation: InvariantViolation
    let scenario: String

    var description: String {
        "scenario '\(scenario)' produced an impossible result, so nothing was written: \(violation). "
            + "Fix: check the scenario's [parameters] and [initial] values; if they are ordinary, report this as a bug."
    }
}

/// Prints a user-fixable error the same way in every command; the caller throws the exit code.
func report(_ error: Error) -> ExitCode {
    var standardError = FileHandle.standardError
    print("error: \(error)", to: &standardError)
    return ExitCode(2)
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}
