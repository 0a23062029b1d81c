import BalloonAnalysis
import BalloonModel
import Foundation

/// The invariant guard of ensembles and paired comparisons: every member's run of every scenario is checked with
/// `ResultInvariants` as it is simulated (on whichever thread runs it), and the analysis writes nothing if any
/// broke one. The error names the invariant, indicator, place, year, scenario and member; when several members
/// break, the lowest member (then the first scenario) is reported, so the message does not depend on threads.
final class MemberInvariants: @unchecked Sendable {
    let plan: MemberPlan
    /// The scenarios members run, baseline first.
    let scenarios: [PreparedScenario]
    private let lock = NSLock()
    private var first: (member: Int, scenario: Int, violation: InvariantViolation)?
    private var checkedRuns = 0

    init(plan: MemberPlan, scenarios: [PreparedScenario]) {
        self.plan = plan
        self.scenarios = scenarios
    }

    /// `simulate`, with every run's outputs checked.
    func checking(_ simulate: @escaping Simulator = { Simulation.run($0) }) -> Simulator {
        { [self] configuration in
            let results = simulate(configuration)
            let violation = ResultInvariants.violations(in: results, limit: 1).first
            record(violation, configuration: configuration)
            return results
        }
    }

    /// Runs checked so far.
    var runs: Int { lock.withLock { checkedRuns } }

    /// - Throws: `BrokenInvariant` for the lowest member whose outputs broke an invariant.
    func check() throws(BrokenInvariant) {
        guard let first = lock.withLock({ first }) else { return }
        throw BrokenInvariant(
            violation: first.violation, scenario: scenarios[first.scenario].name, member: first.member)
    }

    private func record(_ violation: InvariantViolation?, configuration: SimulationConfiguration) {
        guard let violation else {
            lock.withLock { checkedRuns += 1 }
            return
        }
        // Member k runs with seed baseSeed + k (`MemberPlan`); its scenario is the one whose member-k configuration
        // this is. Only a failing run pays for finding it.
        let member = Int(truncatingIfNeeded: configuration.seed &- plan.baseSeed)
        let scenario =
            scenarios.indices.first { plan.configuration(of: scenarios[$0], member: member) == configuration } ?? 0
        lock.withLock {
            checkedRuns += 1
            if first.map({ (member, scenario) < ($0.member, $0.scenario) }) ?? true {
                first = (member, scenario, violation)
            }
        }
    }
}
