import BalloonModel

/// One posterior member's runs: `history` and `history` plus each experiment, same parameters and seed.
struct ResponseSignMemberRuns: Sendable {
    let history: SimulationResults
    let changed: [ResponseSignExperiment: SimulationResults]

    subscript(_ experiment: ResponseSignExperiment) -> SimulationResults { changed[experiment]! }
}

/// A row of the sign table made testable: the experiment that runs it, what is read, and how it is judged.
package struct ResponseSignCell: Sendable {
    package let row: ResponseSignRow
    /// The experiments the cell needs besides `history` (empty when not modelled).
    package let experiments: [ResponseSignExperiment]
    package let horizon: ResponseHorizon
    /// The outcome read: series, place, years and aggregation, in words.
    package let outcome: String
    package let expectation: SignExpectation
    /// Why a member's measure may be missing or what else is reported.
    package let note: String
    let measure: @Sendable (ResponseSignMemberRuns) -> PairedMeasure?

    package var id: String { "S\(row.number)" }

    init(
        _ number: Int, _ experiments: [ResponseSignExperiment], _ horizon: ResponseHorizon, outcome: String,
        _ expectation: SignExpectation, note: String = "",
        measure: @escaping @Sendable (ResponseSignMemberRuns) -> PairedMeasure?
    ) {
        row = ResponseSignTable.rows[number - 1]
        self.experiments = experiments
        self.horizon = horizon
        self.outcome = outcome
        self.expectation = expectation
        self.note = note
        self.measure = measure
    }

    /// A cell the model cannot evaluate: it stays in the table and fails with `reason`.
    static func notModelled(_ number: Int, _ horizon: ResponseHorizon, reason: String) -> ResponseSignCell {
        ResponseSignCell(number, [], horizon, outcome: "—", .notModelled(reason: reason)) { _ in nil }
    }

    /// The years the outcome is averaged over.
    package var years: ClosedRange<Int> { horizon.years(from: ResponseSignExperiment.startYear) }
}

/// A magnitude band made testable: one or more numbers per member, each with the band its median must lie in.
package struct MagnitudeBandCheck: Sendable {
    package struct Metric: Sendable, Equatable {
        package let name: String
        package let lower: Double
        package let upper: Double
    }

    package let band: MagnitudeBandRow
    package let experiments: [ResponseSignExperiment]
    /// How the numbers are computed, in words.
    package let method: String
    package let metrics: [Metric]
    let measure: @Sendable (ResponseSignMemberRuns) -> [Double?]

    package var id: String { "B\(band.number)" }

    init(
        _ number: Int, _ experiments: [ResponseSignExperiment], method: String, metrics: [Metric],
        measure: @escaping @Sendable (ResponseSignMemberRuns) -> [Double?]
    ) {
        band = ResponseSignTable.bands[number - 1]
        self.experiments = experiments
        self.method = method
        self.metrics = metrics
        self.measure = measure
    }
}

extension PairedMeasure {
    /// The paired measure of `outcome` over `years`, or nil when either value is not a finite number.
    static func of(
        _ outcome: ResponseSignOutcomes.Outcome, base: SimulationResults, changed: SimulationResults,
        years: ClosedRange<Int>, reference: Double? = nil
    ) -> PairedMeasure? {
        let before = outcome(base, years), after = outcome(changed, years)
        guard before.isFinite, after.isFinite, reference.map(\.isFinite) ?? true else { return nil }
        return PairedMeasure(baseline: before, changed: after, reference: reference)
    }
}
