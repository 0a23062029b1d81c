import BalloonAnalysis
import BalloonModel

/// Everything a report shows: the scenarios (the first is the baseline), observed history, the fact ledger
/// and what a reader needs to reproduce every figure.
///
/// Building this is the caller's job (the CLI runs the scenarios and reads the files); rendering it is pure.
package struct ReportInput: Sendable {
    /// The compared scenarios; `scenarios[0]` is the baseline every change is measured against.
    package var scenarios: [ScenarioResult]
    /// Observed series drawn over the model's lines (coca area surveys, homicide rates, production).
    package var observed: ObservedHistory
    /// The fact ledger of `balloon validate --json`; nil makes the section say how to produce it.
    package var ledger: FactLedgerReport?
    /// Version of the model that produced the results, printed in every page footer.
    package var modelVersion: String
    /// The year captions and tables speak about; nil picks the last year of the policy window.
    package var focusYear: Int?
    /// Printed page size.
    package var paper: PaperSize
    /// The command that reproduces this report, shown in the footer of the web page.
    package var command: String?
    /// Parameter values of the baseline run, listed with their sources.
    package var parameters: ModelParameters
    /// Commit, input hashes, seed and command of this report, printed in the footer; nil leaves them out.
    package var provenance: Provenance?
    /// How far to trust the model, in plain words (`ValidationStatus`), on the first page; empty leaves it out.
    package var validationStatus: [String]

    /// Creates a report input; `scenarios` must not be empty.
    package init(
        scenarios: [ScenarioResult], observed: ObservedHistory = .init(), ledger: FactLedgerReport? = nil,
        modelVersion: String, focusYear: Int? = nil, paper: PaperSize = .a4, command: String? = nil,
        parameters: ModelParameters = .init(), provenance: Provenance? = nil, validationStatus: [String] = []
    ) {
        precondition(!scenarios.isEmpty, "a report needs at least one scenario")
        self.scenarios = scenarios
        self.observed = observed
        self.ledger = ledger
        self.modelVersion = modelVersion
        self.focusYear = focusYear
        self.paper = paper
        self.command = command
        self.parameters = parameters
        self.provenance = provenance
        self.validationStatus = validationStatus
    }

    /// The scenario every other one is compared with.
    package var baseline: ScenarioResult { scenarios[0] }
    /// The scenarios compared with the baseline (may be empty).
    package var alternatives: [ScenarioResult] { Array(scenarios.dropFirst()) }
}

/// One scenario's results: a single run, and optionally the ensemble summary that gives it uncertainty bands.
package struct ScenarioResult: Sendable {
    /// The scenario's name as in files and commands, e.g. `plan-peru`.
    package var name: String
    /// One-line description from the scenario file.
    package var description: String
    /// Where the scenario was read from: a path, or `bundled:NAME`.
    package var source: String
    /// Seed of `results` (and the base seed of the ensemble, if any).
    package var seed: UInt64
    /// A single run; used wherever the ensemble has no series.
    package var results: SimulationResults
    /// Medians and 5–95% bands across an ensemble; nil draws lines without bands.
    package var ensemble: EnsembleSummary?
    /// Plain-language lines saying what the scenario changes relative to its own baseline (`balloon explain`).
    package var changes: [String]
    /// Parameters the scenario sets, by catalog name.
    package var parameterOverrides: [String: Double]
    /// First to last year of the scenario's own policies and events (not its baseline's); nil lets the report
    /// find the years where results differ from the baseline's.
    package var policyYears: ClosedRange<Int>?

    /// Creates a scenario result.
    package init(
        name: String, description: String = "", source: String = "", seed: UInt64, results: SimulationResults,
        ensemble: EnsembleSummary? = nil, changes: [String] = [], parameterOverrides: [String: Double] = [:],
        policyYears: ClosedRange<Int>? = nil
    ) {
        self.name = name
        self.description = description
        self.source = source
        self.seed = seed
        self.results = results
        self.ensemble = ensemble
        self.changes = changes
        self.parameterOverrides = parameterOverrides
        self.policyYears = policyYears
    }

    /// A reader-facing name: `plan-peru` becomes "Plan Peru".
    package var title: String { Self.title(for: name) }

    static func title(for name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        guard !words.isEmpty else { return name }
        return words.map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
    }
}

/// Printed page size; both use the same margins so a report reads the same on either.
package enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `@page` size keyword.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// Observed annual values for some series, keyed like model series (`indicator`, `place`).
package struct ObservedHistory: Sendable {
    /// One observed series with the source readers should be told about.
    package struct Series: Sendable {
        package var indicator: Indicator
        /// The model place it is compared with, e.g. `.country(.colombia)` or `.world`.
        package var place: Place
        /// Year → value, in the model indicator's unit.
        package var values: [Int: Double]
        /// Who measured it, e.g. "UNODC coca surveys".
        package var source: String

        /// Creates an observed series.
        package init(indicator: Indicator, place: Place, values: [Int: Double], source: String) {
            self.indicator = indicator
            self.place = place
            self.values = values
            self.source = source
        }
    }

    package var series: [Series]

    /// Creates observed history from its series.
    package init(series: [Series] = []) { self.series = series }

    /// The observed series for an indicator at a place, if any.
    package func series(_ indicator: Indicator, _ place: Place) -> Series? {
        series.first { $0.indicator == indicator && $0.place == place && !$0.values.isEmpty }
    }
}
