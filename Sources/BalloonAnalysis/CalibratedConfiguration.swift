import BalloonModel
import BalloonScenario

package extension Scenario {
    /// The run configuration with calibrated parameters: literature defaults, then the posterior's
    /// representative draw (the one closest to the data), then the scenario's own `[parameters]`,
    /// which always win. Without a posterior the defaults stand.
    func calibratedConfiguration(
        posterior: ParameterEnsemble? = ParameterEnsemble.bundledPosterior(), seed: UInt64? = nil,
        from: Int? = nil, to: Int? = nil
    ) throws(ScenarioError) -> SimulationConfiguration {
        var configuration = try configuration(seed: seed, from: from, to: to)
        guard let representative = posterior?.representative else { return configuration }
        configuration.parameters = ParameterResolution(draw: representative.values, overrides: parameters).resolved()
        return configuration
    }
}
