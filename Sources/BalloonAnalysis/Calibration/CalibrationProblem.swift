import BalloonModel
import BalloonScenario
import BalloonStatistics

/// What is calibrated and against what: the candidate parameters with their priors, the history
/// scenario over the calibration window, and the measurement model that scores a run.
package struct CalibrationProblem: Sendable {
    /// Parameters screened for calibration: the most uncertain (all priors or wide literature ranges)
    /// that plausibly move the calibration targets. The screen keeps the most influential of them;
    /// every other parameter stays at its literature value.
    package static let candidates = [
        "profit_elasticity", "planting_adjustment_months", "abandonment_adjustment_months", "eradication_risk_weight",
        "eradication_compensation",
        "licit_return_ratio", "spray_kill_share", "manual_kill_share", "forced_replant_probability",
        "replant_delay_months", "displacement_share", "productivity_adaptation", "maturation_months",
        "armed_presence_effect", "state_presence_effect", "military_aid_effect", "announcement_enrolment_belief",
        "peace_refill_share", "route_choice_sensitivity", "base_seizure_scale", "source_price_adjustment",
        "source_price_flexibility", "source_loss_rate", "wholesale_price_flexibility", "source_inventory_cover_months",
        "leaf_price_flexibility", "violence_rent_effect",
        "demand_elasticity", "initiation_trend.US", "initiation_trend.EU",
        "concerted_replant_probability", "legal_diversion_share", "yield_price_response", "domestic_seizure_rate.CO",
        "domestic_seizure_rate.PE", "initiation_trend.ROW", "carrying_area_ratio.PE",
        "carrying_area_ratio.BO", "source_rent_share",
    ]

    package let baseConfiguration: SimulationConfiguration
    package let measurement: MeasurementModel
    package let parameterNames: [String]
    /// The fitted window: the simulation runs over it and only observations inside it are scored.
    package let years: ClosedRange<Int>
    /// Priors on the sampler's scale: each parameter is `lower + (upper − lower) Φ(z)` with z standard normal,
    /// which is exactly a uniform prior over the catalog range, while the ABC-SMC perturbation kernel works
    /// on an unbounded scale (a Gaussian kernel on bounded uniforms wastes most proposals in a dozen dimensions).
    package let priors: [NamedPrior]
    let ranges: [ClosedRange<Double>]

    /// - Parameters:
    ///   - history: the resolved `history` scenario (its policies and events are what actually happened).
    ///   - parameterNames: which parameters to fit; each gets a uniform prior over its catalog range.
    package init(
        history: Scenario, targets: ObservedTargets, parameterNames: [String] = candidates,
        years: ClosedRange<Int> = ObservedTargets.calibrationYears
    ) throws {
        baseConfiguration = try history.configuration(seed: 1, from: years.lowerBound, to: years.upperBound)
        self.years = years
        measurement = MeasurementModel(targets: targets)
        self.parameterNames = parameterNames
        ranges = try Self.ranges(of: parameterNames)
        priors = parameterNames.map { NamedPrior($0, .truncatedNormal(mean: 0, standardDeviation: 1)) }
    }

    static func ranges(of names: [String]) throws -> [ClosedRange<Double>] {
        try names.map { name in
            guard let descriptor = ParameterCatalog.descriptor(named: name) else {
                throw CalibrationError.unknownParameter(name)
            }
            return descriptor.range
        }
    }

    /// Parameter value from its sampler coordinate.
    package func value(_ index: Int, sampler z: Double) -> Double {
        let range = ranges[index]
        return range.lowerBound + (range.upperBound - range.lowerBound) * StandardNormal.cdf(z)
    }

    /// Parameter values (model scale) from a sampler vector.
    package func values(sampler: [Double]) -> [Double] { sampler.indices.map { value($0, sampler: sampler[$0]) } }

    /// The configuration for one parameter vector (model scale, in `parameterNames` order) and seed.
    package func configuration(_ values: [Double], seed: UInt64) -> SimulationConfiguration {
        var configuration = baseConfiguration
        configuration.seed = seed
        for (name, value) in zip(parameterNames, values) {
            ParameterCatalog.descriptor(named: name)!.set(value, in: &configuration.parameters)
        }
        return configuration
    }

    package func fit(_ values: [Double], seed: UInt64) -> MeasurementModel.Fit {
        defer { WorkProgress.advance() }
        return measurement.fit(Simulation.run(configuration(values, seed: seed)))
    }

    /// The fit and the headline outputs of one run: the screen reads both from the same simulation.
    package func fitAndHeadlines(_ values: [Double], seed: UInt64) -> (fit: MeasurementModel.Fit, headlines: [Double]) {
        defer { WorkProgress.advance() }
        let results = Simulation.run(configuration(values, seed: seed))
        return (measurement.fit(results), HeadlineOutputs.logValues(results))
    }

    /// The ABC distance on the sampler's scale: transform, simulate and score.
    package var distance: ABCDistance {
        let problem = self
        return { sampler, seed in problem.fit(problem.values(sampler: sampler), seed: seed).distance }
    }
}

package enum CalibrationError: Error, CustomStringConvertible {
    case unknownParameter(String)
    case invalidSetting(String)

    package var description: String {
        switch self {
        case .unknownParameter(let name): "unknown parameter '\(name)' (see `balloon parameters`)"
        case .invalidSetting(let text): text
        }
    }
}
