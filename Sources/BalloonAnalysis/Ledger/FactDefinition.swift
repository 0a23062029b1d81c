import BalloonModel

/// A stylized fact of literature.md section (b), with how the model's number is computed and judged.
package struct FactDefinition: Sendable {
    package let id: String
    package let statement: String
    package let target: String
    package let tolerance: String
    package let source: String
    package let role: FactRole
    package let setParameters: [String]
    package let metric: String
    package let note: String
    /// The model's number for one parameter draw; nil when it cannot be computed (e.g. a zero denominator).
    let measure: @Sendable (FactRuns) -> Double?
    /// Whether a model number meets the tolerance. The ledger judges the ensemble median.
    package let passes: @Sendable (Double) -> Bool

    init(
        _ id: String, _ statement: String, target: String, tolerance: String, source: String, role: FactRole,
        setParameters: [String] = [], metric: String, note: String = "",
        measure: @escaping @Sendable (FactRuns) -> Double? = { _ in nil },
        passes: @escaping @Sendable (Double) -> Bool = { _ in false }
    ) {
        self.id = id
        self.statement = statement
        self.target = target
        self.tolerance = tolerance
        self.source = source
        self.role = role
        self.setParameters = setParameters
        self.metric = metric
        self.note = note
        self.measure = measure
        self.passes = passes
    }
}

/// Shared arithmetic for fact metrics.
enum FactArithmetic {
    static func relativeChange(_ from: Double?, _ to: Double?) -> Double? {
        guard let from, let to, from > 0 else { return nil }
        return to / from - 1
    }

    /// US$ per kilogram kept from consumers: extra spending over fewer kilograms consumed (M8: through demand).
    static func costPerKilogramKept(
        base: SimulationResults, policy: SimulationResults, spendingUSD: Double,
        years: ClosedRange<Int>
    ) -> Double? {
        let kept =
            (base.total(Indicators.consumption, .world, years) - policy.total(Indicators.consumption, .world, years))
            * 1_000
        guard kept > 1 else { return nil }
        return spendingUSD / kept
    }

    /// US$ per 1% fewer U.S. users at the end of the window.
    static func costPerPercentFewerUsers(
        base: SimulationResults, policy: SimulationResults, spendingUSD: Double,
        year: Int
    ) -> Double? {
        guard let before = base.at(Indicators.users, .market(.unitedStates), year),
            let after = policy.at(Indicators.users, .market(.unitedStates), year), before > 0
        else { return nil }
        let percent = (before - after) / before * 100
        guard percent > 1e-6 else { return nil }
        return spendingUSD / percent
    }
}
