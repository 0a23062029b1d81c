import BalloonModel
import BalloonScenario

/// A scenario resolved over its baselines and turned into a configuration, ready to be run by
/// ensemble members with their own parameter draw and seed.
package struct PreparedScenario: Sendable {
    /// The scenario's name (for bundled scenarios, the name used on the command line).
    package let name: String
    /// The configuration as written: defaults, then the scenario's own parameters.
    package let configuration: SimulationConfiguration
    /// The scenario's `[parameters]` (merged over its baselines): they override posterior draws,
    /// because a scenario that sets a parameter means it as part of the experiment.
    package let parameterOverrides: [String: Double]

    package init(name: String, configuration: SimulationConfiguration, parameterOverrides: [String: Double] = [:]) {
        self.name = name
        self.configuration = configuration
        self.parameterOverrides = parameterOverrides
    }

    /// Resolves a bundled name or a `.toml` path over its baselines.
    /// - Parameters:
    ///   - from, to: the simulated span; nil keeps the scenario's own (else 2000–2040).
    ///   - seed: the base seed; nil keeps the scenario's own (else 1).
    /// - Throws: `ScenarioError` with file, line, key and fix.
    package static func resolve(
        _ reference: String, seed: UInt64? = nil, from: Int? = nil, to: Int? = nil,
        library: ScenarioLibrary = ScenarioLibrary()
    ) throws -> PreparedScenario {
        let scenario = try library.resolve(reference)
        let configuration = try scenario.configuration(seed: seed, from: from, to: to, atlas: library.atlas)
        return PreparedScenario(
            name: scenario.name, configuration: configuration, parameterOverrides: scenario.parameters)
    }

    /// A content hash of the configuration, so shards of different scenario files never merge.
    package var fingerprint: String { Fingerprint.of(configuration) }

    /// This scenario with the span of `other` (paired comparisons run every scenario over the same years).
    package func withSpan(of other: SimulationConfiguration) -> PreparedScenario {
        var configuration = configuration
        configuration.startYear = other.startYear
        configuration.endYear = other.endYear
        return PreparedScenario(name: name, configuration: configuration, parameterOverrides: parameterOverrides)
    }
}
