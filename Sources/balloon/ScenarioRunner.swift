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

    /// A scenario resolved over its baselines, with the configuration a single run uses.
    struct Prepared {
        let scenario: Scenario
        let configuration: SimulationConfiguration
    }

    func run(_ reference: String, seed: UInt64?, from: Int?, to: Int?) throws -> Outcome {
        try run(prepare(reference, seed: seed, from: from, to: to))
    }

    /// Resolves `reference` and its configuration (the bundled posterior's representative draw) without running it.
    func prepare(_ reference: String, seed: UInt64?, from: Int?, to: Int?) throws -> Prepared {
        let scenario = try library.resolve(reference)
        return Prepared(
            scenario: scenario, configuration: try scenario.calibratedConfiguration(seed: seed, from: from, to: to))
    }

    /// Runs a prepared scenario and checks the invariants of its results.
    func run(_ prepared: Prepared) throws -> Outcome {
        let (scenario, configuration) = (prepared.scenario, prepared.configuration)
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

    /// Writes `<stem>.csv`, `<stem>.summary.json`, `<stem>.provenance.json` and `<stem>.manifest.json` into
    /// `directory` as one set that appears whole or not at all (`OutputSet`); the stem is the scenario's name made
    /// safe as a file name (`FileStem`), never a path. Returns the paths, the manifest last.
    func write(_ outcome: Outcome, reference: String, to directory: String) throws -> [String] {
        let set = try OutputSet(folder: directory, name: outcome.scenario.fileStem)
        do {
            try stage(outcome, reference: reference, into: set)
            return try set.commit()
        } catch {
            set.discard()
            throw error
        }
    }

    /// Adds the run's CSV, summary and provenance to `set`.
    func stage(_ outcome: Outcome, reference: String, into set: OutputSet) throws {
        let stem = outcome.scenario.fileStem
        let provenance = Self.provenance(outcome, command: Self.command(reference, outcome))
        let csv = TidyCSV.render(outcome.results, scenario: stem, seed: outcome.configuration.seed)
        let json = SummaryJSON(
            outcome.results, summary: outcome.summary, modelVersion: Balloon.version, provenance: provenance)
        try set.add(stem + ".csv", contents: csv)
        try set.add(stem + ".summary.json", contents: json.encoded())
        try set.add(stem + ".provenance.json", contents: ProvenanceStamp.encoded(provenance))
    }

    /// Writes one file on its own (a ledger, a shard): whole under a staging name beside it, then renamed.
    func atomicWrite(_ text: String, to path: String) throws {
        try OutputSet.writeAlone(Data(text.utf8), to: path)
    }
}

/// A run whose outputs break a stock–flow or sign invariant: a bug or a parameter set outside what the
/// model can represent, reported instead of written.
struct BrokenInvariant: Error, CustomStringConvertible {
    let violation: InvariantViolation
    let scenario: String
    /// The ensemble or comparison member (nil for a single run).
    var member: Int?
    /// The sensitivity design point, as its varied parameters' values (nil otherwise).
    var designPoint: String?

    /// Scenario, member, indicator, place and year (outputs are annual: the year is where the check found it).
    var location: String {
        "scenario '\(scenario)'" + (member.map { ", member \($0)" } ?? "")
            + (designPoint.map { ", design point \($0)" } ?? "")
            + ", \(violation.series.indicator) at \(violation.series.place) in \(violation.year)"
    }

    var description: String { UserError(self).description }
}
