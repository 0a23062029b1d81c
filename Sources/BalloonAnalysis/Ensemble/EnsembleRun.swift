import BalloonModel
import BalloonStatistics

/// The model as the analysis layer sees it: a configuration in, annual results out. Tests may pass a
/// cheaper stand-in; the commands pass `Simulation.run`.
package typealias Simulator = @Sendable (SimulationConfiguration) -> SimulationResults

/// An ensemble of one scenario over posterior draws (`balloon run NAME --ensemble N`).
package struct EnsembleRun: Sendable {
    package let scenario: PreparedScenario
    package let plan: MemberPlan

    package init(scenario: PreparedScenario, plan: MemberPlan) {
        self.scenario = scenario
        self.plan = plan
    }

    /// Runs `members` (all of them by default, or one shard's slice) on the threads `parallelism`
    /// allows and reduces them as they finish: memory holds one result per thread, never one per member.
    package func accumulate(
        members: Range<Int>? = nil, parallelism: Parallelism = .automatic,
        simulate: @escaping Simulator = { Simulation.run($0) }
    ) -> EnsembleAccumulation {
        let range = members ?? 0..<plan.members
        precondition(
            !range.isEmpty && range.lowerBound >= 0 && range.upperBound <= plan.members,
            "member range \(range) out of 0..<\(plan.members)")
        let scenario = self.scenario, plan = self.plan
        // Chunks never throw here, so `try!` cannot fire.
        let merged = try! ChunkedReduction.run(
            range, parallelism: parallelism,
            chunk: { chunk in
                var accumulation: EnsembleAccumulation?
                for member in chunk {
                    let results = simulate(plan.configuration(of: scenario, member: member))
                    if accumulation == nil { accumulation = EnsembleAccumulation(layoutOf: results) }
                    accumulation!.add(results)
                    WorkProgress.advance()
                }
                return accumulation!
            }, merge: { $0.merge($1) })
        return merged!
    }
}
