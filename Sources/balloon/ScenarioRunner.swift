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
        let summary = RunSummary(results: results, scenario: scenario.name, seed: configuration.seed)
        return Outcome(scenario: scenario, configuration: configuration, results: results, summary: summary)
    }

    /// Writes `<name>.csv` and `<name>.summary.json` into `directory`, creating it if needed.
    /// Files are written whole to a temporary name, then moved, so a failed run never leaves half a file.
    func write(_ outcome: Outcome, to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: directory).appendingPathComponent(outcome.scenario.name).path
        let csv = TidyCSV.render(outcome.results, scenario: outcome.scenario.name, seed: outcome.configuration.seed)
        let json = SummaryJSON.render(outcome.results, summary: outcome.summary, modelVersion: Balloon.version)
        let paths = [base + ".csv", base + ".summary.json"]
        try atomicWrite(csv, to: paths[0])
        try atomicWrite(json, to: paths[1])
        return paths
    }

    func atomicWrite(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try Data(text.utf8).write(to: url, options: .atomic)
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
