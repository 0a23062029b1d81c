/// A numerical bound in the model that is not a physical limit.
///
/// Physical limits (a share in [0, 1], a stock ≥ 0, a seizure probability ≤ 1) are not registered:
/// they hold by definition. Everything else that clamps a value is registered here with its reason,
/// counted in every month it binds (`SimulationResults.boundMonths`), and can be widened
/// (`SimulationConfiguration.boundWidening`) to test that the model's answers come from its
/// mechanisms and not from its guards. A bound that binds in ordinary scenarios marks a missing
/// mechanism (docs/model.md, "Registered bounds").
public enum ModelBound: Int, CaseIterable, Sendable, Codable, Comparable {
    case licitReturnFloor
    case uprootingPerMonth
    case treatmentRecoveryPerMonth
    case purityResponse
    case purityCeiling
    case baseSeizureProbability
    case perceivedRisk
    case riskRatio
    case realisedSeizure
    case statePresence
    case armedPresence
    case armedRents
    case initialRetailAddOn

    public static func < (lhs: ModelBound, rhs: ModelBound) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The name used in outputs (JSON summary, console, docs).
    public var name: String {
        switch self {
        case .licitReturnFloor: "licit_return_floor"
        case .uprootingPerMonth: "voluntary_uprooting_per_month_cap"
        case .treatmentRecoveryPerMonth: "treatment_recovery_per_month_cap"
        case .purityResponse: "purity_response_range"
        case .purityCeiling: "purity_ceiling"
        case .baseSeizureProbability: "base_seizure_probability_cap"
        case .perceivedRisk: "perceived_risk_cap"
        case .riskRatio: "risk_ratio_cap"
        case .realisedSeizure: "realised_seizure_cap"
        case .statePresence: "state_presence_range"
        case .armedPresence: "armed_presence_cap"
        case .armedRents: "armed_rents_cap"
        case .initialRetailAddOn: "initial_retail_add_on_floor"
        }
    }

    /// Why the bound exists, and what it stands in for.
    public var reason: String {
        switch self {
        case .licitReturnFloor: "US$1/ha floor on the licit return, a division guard (M1)"
        case .uprootingPerMonth: "at most half a region's coca uprooted voluntarily in a month"
        case .treatmentRecoveryPerMonth: "at most half the heavy users recover in a month"
        case .purityResponse: "retail purity moves within 0.3–1.5× of its reference (M7)"
        case .purityCeiling: "retail purity at most 95%"
        case .baseSeizureProbability: "a segment's base seizure probability at most 0.9 (M6)"
        case .perceivedRisk: "traffickers' perceived seizure risk at most 0.95 (M6)"
        case .riskRatio: "risk compensation at most 10× the base markup share (M6, A16)"
        case .realisedSeizure: "a month's realised seizure share at most 0.95 (M6)"
        case .statePresence: "state presence within 0.02–0.98 (M9)"
        case .armedPresence: "armed presence at most 0.98 (M9)"
        case .armedRents: "coca rents counted at most 3× the carrying area in armed growth (M9)"
        case .initialRetailAddOn: "retail add-on at least 20% of the retail price at the start (M7)"
        }
    }
}

/// The registered bounds' limits for one run, widened by a factor for the test that they do not bind.
///
/// Widening by `w` divides a positive floor by `w`, multiplies a cap on an unbounded quantity by `w`,
/// and shrinks the gap between a cap on a share and its physical limit 1 by `w`.
struct BoundLimits: Sendable {
    let lower: [Double]
    let upper: [Double]

    init(widening w: Double) {
        var lower = [Double](repeating: -.infinity, count: ModelBound.allCases.count)
        var upper = [Double](repeating: .infinity, count: ModelBound.allCases.count)
        func range(_ bound: ModelBound, _ low: Double, _ high: Double) {
            lower[bound.rawValue] = low
            upper[bound.rawValue] = high
        }
        func shareCap(_ cap: Double) -> Double { 1 - (1 - cap) / w }
        range(.licitReturnFloor, 1 / w, .infinity)
        range(.uprootingPerMonth, -.infinity, shareCap(0.5))
        range(.treatmentRecoveryPerMonth, -.infinity, shareCap(0.5))
        range(.purityResponse, 0.3 / w, 1.5 * w)
        range(.purityCeiling, -.infinity, shareCap(0.95))
        range(.baseSeizureProbability, -.infinity, shareCap(0.9))
        range(.perceivedRisk, -.infinity, shareCap(0.95))
        range(.riskRatio, -.infinity, 10 * w)
        range(.realisedSeizure, -.infinity, shareCap(0.95))
        range(.statePresence, 0.02 / w, shareCap(0.98))
        range(.armedPresence, -.infinity, shareCap(0.98))
        range(.armedRents, -.infinity, 3 * w)
        range(.initialRetailAddOn, 0.2 / w, .infinity)
        self.lower = lower
        self.upper = upper
    }
}
