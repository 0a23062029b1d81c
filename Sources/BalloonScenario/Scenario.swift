import BalloonModel

/// A validated scenario file: what it changes relative to its baseline, still in the user's terms.
public struct Scenario: Sendable, Equatable {
    public var name: String
    public var description: String
    /// Name or path of the scenario this one builds on; nil for a root scenario.
    public var baseline: String?
    public var startYear: Int?
    public var endYear: Int?
    public var seed: UInt64?
    public var initial: InitialConditions
    public var parameters: [String: Double]
    public var policies: [PolicySpec]
    public var events: [EventSpec]
    /// Baseline policies this scenario ends early (`[[stop]]` entries).
    public var stops: [StopSpec] = []
    /// Where the scenario was read from (a path, or `bundled:NAME`).
    public var source: String

    public init(
        name: String, description: String = "", baseline: String? = nil, startYear: Int? = nil,
        endYear: Int? = nil, seed: UInt64? = nil, initial: InitialConditions = .init(),
        parameters: [String: Double] = [:], policies: [PolicySpec] = [], events: [EventSpec] = [],
        source: String = ""
    ) {
        self.name = name
        self.description = description
        self.baseline = baseline
        self.startYear = startYear
        self.endYear = endYear
        self.seed = seed
        self.initial = initial
        self.parameters = parameters
        self.policies = policies
        self.events = events
        self.source = source
    }
}

/// One `[[policy]]` entry.
public struct PolicySpec: Sendable, Equatable {
    public var instrument: Instrument
    public var target: PolicyTarget
    /// Human-readable target (`PE`, `PE.VRAEM`, `EC_PORTS>EU`, `US`).
    public var targetLabel: String
    public var firstMonth: MonthIndex
    public var lastMonth: MonthIndex
    public var amount: PolicyAmount
    public var payerShares: [Double]
    public var note: String?
}

/// One `[[stop]]` entry: baseline policies of an instrument in a place end before `firstMonth`.
public struct StopSpec: Sendable, Equatable {
    public var instrument: Instrument
    public var target: PolicyTarget
    public var targetLabel: String
    public var firstMonth: MonthIndex

    func matches(_ policy: PolicySpec) -> Bool {
        guard policy.instrument == instrument else { return false }
        switch (target, policy.target) {
        case (.country(let country), .region):
            return policy.targetLabel.hasPrefix(country.code + ".")
        default:
            return target == policy.target
        }
    }
}

/// One `[[event]]` entry.
public struct EventSpec: Sendable, Equatable {
    public var kind: EventKind
    public var target: PolicyTarget
    public var targetLabel: String
    public var firstMonth: MonthIndex
    public var lastMonth: MonthIndex
    public var magnitude: Double
    public var note: String?
}

public extension Scenario {
    /// This scenario laid over its (already resolved) baseline: its policies and events are added,
    /// its parameters and initial conditions override, its span and seed replace the baseline's.
    func applied(over base: Scenario) -> Scenario {
        var merged = base
        merged.name = name
        merged.description = description
        merged.baseline = baseline
        merged.source = source
        merged.startYear = startYear ?? base.startYear
        merged.endYear = endYear ?? base.endYear
        merged.seed = seed ?? base.seed
        merged.parameters.merge(parameters) { $1 }
        merged.initial.cocaHectares.merge(initial.cocaHectares) { $1 }
        merged.initial.regionHectares.merge(initial.regionHectares) { $1 }
        merged.initial.sourcePriceUSDPerKg.merge(initial.sourcePriceUSDPerKg) { $1 }
        merged.initial.retailPricePerPureGram.merge(initial.retailPricePerPureGram) { $1 }
        merged.initial.lightUsersMillions.merge(initial.lightUsersMillions) { $1 }
        merged.initial.heavyUsersMillions.merge(initial.heavyUsersMillions) { $1 }
        merged.policies = merged.policies.compactMap { policy in
            guard let stop = stops.first(where: { $0.matches(policy) && $0.firstMonth <= policy.lastMonth }) else {
                return policy
            }
            guard stop.firstMonth > policy.firstMonth else { return nil }
            var shortened = policy
            shortened.lastMonth = stop.firstMonth - 1
            return shortened
        }
        merged.stops = stops
        merged.policies += policies
        merged.events += events
        return merged
    }

    /// The model configuration for a run of this (resolved) scenario.
    func configuration(
        seed overrideSeed: UInt64? = nil, from: Int? = nil, to: Int? = nil,
        atlas: Atlas = .standard
    ) throws(ScenarioError) -> SimulationConfiguration {
        let resolution = ParameterResolution(overrides: parameters)
        if let name = resolution.unknownNames.first {
            throw ScenarioError(
                .unknownParameter, file: source, key: "parameters.\(name)",
                message: "unknown parameter '\(name)'",
                fix: didYouMean(name, ParameterCatalog.all.map(\.name)))
        }
        let modelParameters = resolution.resolved()
        let startYear = from ?? self.startYear ?? 2000
        let endYear = to ?? self.endYear ?? 2040
        try ScenarioValidation.checkSpan(startYear: startYear, endYear: endYear, file: source)
        return SimulationConfiguration(
            startYear: startYear, endYear: endYear, seed: overrideSeed ?? seed ?? 1, parameters: modelParameters,
            atlas: atlas,
            actions: policies.map {
                PolicyAction(
                    instrument: $0.instrument, target: $0.target, firstMonth: $0.firstMonth,
                    lastMonth: $0.lastMonth, amount: $0.amount, payerShares: $0.payerShares)
            },
            events: events.map {
                ModelEvent(
                    kind: $0.kind, target: $0.target, firstMonth: $0.firstMonth, lastMonth: $0.lastMonth,
                    magnitude: $0.magnitude)
            },
            initial: initial)
    }
}

enum ScenarioValidation {
    static func checkSpan(startYear: Int, endYear: Int, file: String) throws(ScenarioError) {
        let earliest = SimulationConfiguration.earliestYear
        guard (earliest...SimulationConfiguration.latestStartYear).contains(startYear) else {
            throw ScenarioError(
                .yearOutOfRange, file: file, key: "start_year",
                message: "start year \(startYear) is outside \(earliest)–\(SimulationConfiguration.latestStartYear)",
                fix: "choose a start year from \(earliest) to \(SimulationConfiguration.latestStartYear)")
        }
        guard (startYear...SimulationConfiguration.latestEndYear).contains(endYear) else {
            throw ScenarioError(
                .yearOutOfRange, file: file, key: "end_year",
                message:
                    "end year \(endYear) must be between the start year \(startYear) and \(SimulationConfiguration.latestEndYear)",
                fix: "choose an end year from \(startYear) to \(SimulationConfiguration.latestEndYear)")
        }
    }
}
