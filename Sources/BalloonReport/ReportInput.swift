import BalloonAnalysis
import BalloonModel

/// Everything a report shows: the scenarios (the first is the baseline), observed history, the fact ledger
/// and what a reader needs to reproduce every figure.
///
/// Building this is the caller's job (the CLI runs the scenarios and reads the files); rendering it is pure.
public struct ReportInput: Sendable {
    /// The compared scenarios; `scenarios[0]` is the baseline every change is measured against.
    public var scenarios: [ScenarioResult]
    /// Observed series drawn over the model's lines (coca area surveys, homicide rates, production).
    public var observed: ObservedHistory
    /// The fact ledger of `balloon validate --json`; nil makes the section say how to produce it.
    public var ledger: FactLedgerReport?
    /// Version of the model that produced the results, printed in every page footer.
    public var modelVersion: String
    /// The year captions and tables speak about; nil picks the last year of the policy window.
    public var focusYear: Int?
    /// Printed page size.
    public var paper: PaperSize
    /// The command that reproduces this report, shown in the footer of the web page.
    public var command: String?
    /// Parameter values of the baseline run, listed with their sources.
    public var parameters: ModelParameters
    /// Commit, input hashes, seed and command of this report, printed in the footer; nil leaves them out.
    public var provenance: Provenance?

    /// Creates a report input; `scenarios` must not be empty.
    public init(
        scenarios: [ScenarioResult], observed: ObservedHistory = .init(), ledger: FactLedgerReport? = nil,
        modelVersion: String, focusYear: Int? = nil, paper: PaperSize = .a4, command: String? = nil,
        parameters: ModelParameters = .init(), provenance: Provenance? = nil
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
    }

    /// The scenario every other one is compared with.
    public var baseline: ScenarioResult { scenarios[0] }
    /// The scenarios compared with the baseline (may be empty).
    public var alternatives: [ScenarioResult] { Array(scenarios.dropFirst()) }
}

/// One scenario's results: a single run, and optionally the ensemble summary that gives it uncertainty bands.
public struct ScenarioResult: Sendable {
    /// The scenario's name as in files and commands, e.g. `plan-peru`.
    public var name: String
    /// One-line description from the scenario file.
    public var description: String
    /// Where the scenario was read from: a path, or `bundled:NAME`.
    public var source: String
    /// Seed of `results` (and the base seed of the ensemble, if any).
    public var seed: UInt64
    /// A single run; used wherever the ensemble has no series.
    public var results: SimulationResults
    /// Medians and 5–95% bands across an ensemble; nil draws lines without bands.
    public var ensemble: EnsembleSummary?
    /// Plain-language lines saying what the scenario changes relative to its own baseline (`balloon explain`).
    public var changes: [String]
    /// Parameters the scenario sets, by catalog name.
    public var parameterOverrides: [String: Double]
    /// First to last year of the scenario's own policies and events (not its baseline's); nil lets the report
    /// find the years where results differ from the baseline's.
    public var policyYears: ClosedRange<Int>?

    /// Creates a scenario result.
    public init(
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
    public var title: String { Self.title(for: name) }

    static func title(for name: String) -> String {
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        guard !words.isEmpty else { return name }
        return words.map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
    }
}

/// Printed page size; both use the same margins so a report reads the same on either.
public enum PaperSize: String, Sendable, CaseIterable {
    case a4
    case letter

    /// The CSS `@page` size keyword.
    var cssSize: String { self == .a4 ? "A4" : "letter" }
}

/// Observed annual values for some series, keyed like model series (`indicator`, `place`).
public struct ObservedHistory: Sendable {
    /// One observed series with the source readers should be told about.
    public struct Series: Sendable {
        public var indicator: Indicator
        /// The model place it is compared with, e.g. `.country(.colombia)` or `.world`.
        public var place: Place
        /// Year → value, in the model indicator's unit.
        public var values: [Int: Double]
        /// Who measured it, e.g. "UNODC coca surveys".
        public var source: String

        /// Creates an observed series.
        public init(indicator: Indicator, place: Place, values: [Int: Double], source: String) {
            self.indicator = indicator
            self.place = place
            self.values = values
            self.source = source
        }
    }

    public var series: [Series]

    /// Creates observed history from its series.
    public init(series: [Series] = []) { self.series = series }

    /// The observed series for an indicator at a place, if any.
    public func series(_ indicator: Indicator, _ place: Place) -> Series? {
        series.first { $0.indicator == indicator && $0.place == place && !$0.values.isEmpty }
    }
}
