import BalloonModel

/// How the members of an ensemble are numbered and built: member k takes posterior draw
/// k mod (number of draws) and seed `baseSeed + k`, in every scenario of a comparison alike
/// (common random numbers), whichever machine or thread runs it.
package struct MemberPlan: Sendable, Equatable {
    /// The most members one analysis may have (a million runs is days of work on one machine).
    package static let maximumMembers = 1_000_000

    package let posterior: ParameterEnsemble
    package let baseSeed: UInt64
    package let members: Int

    /// - Throws: `AnalysisError` naming `option` unless 1 ≤ members ≤ `maximumMembers`.
    package init(posterior: ParameterEnsemble, baseSeed: UInt64, members: Int, option: String = "--ensemble")
        throws(AnalysisError)
    {
        guard members >= 1, members <= Self.maximumMembers else {
            throw AnalysisError(
                .invalidMemberCount, field: option,
                message: "\(members) members is outside 1 to \(Self.maximumMembers)",
                fix: "give a member count such as \(option) 200; split very large runs with --shard K/N")
        }
        self.posterior = posterior
        self.baseSeed = baseSeed
        self.members = members
    }

    /// The random seed of member `k` (wrapping, so any base seed works).
    package func seed(of member: Int) -> UInt64 { baseSeed &+ UInt64(member) }

    /// The posterior draw of member `k`.
    package func draw(of member: Int) -> ParameterDraw { posterior.draw(member) }

    /// The configuration member `k` runs for `scenario`: the scenario's configuration with parameters
    /// = defaults, then the member's draw, then the scenario's own overrides; and the member's seed.
    package func configuration(of scenario: PreparedScenario, member: Int) -> SimulationConfiguration {
        var configuration = scenario.configuration
        configuration.parameters = ParameterResolution(
            draw: draw(of: member).values, overrides: scenario.parameterOverrides
        ).resolved()
        configuration.seed = seed(of: member)
        return configuration
    }
}
