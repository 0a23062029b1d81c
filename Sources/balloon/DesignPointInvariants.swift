import BalloonAnalysis
import BalloonModel
import Foundation

/// Something that checked every run of an analysis and can say, before anything is written, whether one
/// broke an output invariant.
protocol RunGuard: AnyObject, Sendable {
    func check() throws(BrokenInvariant)
}

extension MemberInvariants: RunGuard {}

/// The invariant guard of a sensitivity study: every design point's run is checked with `ResultInvariants`
/// as it is simulated. Design points are not ensemble members, so a failure is named by the varied
/// parameters' values; when several points break, the one with the smallest values (compared in order) is
/// reported, so the message does not depend on threads.
final class DesignPointInvariants: RunGuard, @unchecked Sendable {
    let scenario: String
    /// The varied parameters, in design order.
    let descriptors: [ParameterDescriptor]
    private let lock = NSLock()
    private var first: (point: [Double], violation: InvariantViolation)?

    init(scenario: String, parameterNames: [String]) {
        self.scenario = scenario
        descriptors = parameterNames.compactMap { ParameterCatalog.descriptor(named: $0) }
    }

    /// `simulate`, with every run's outputs checked.
    func checking(_ simulate: @escaping Simulator = { Simulation.run($0) }) -> Simulator {
        { [self] configuration in
            let results = simulate(configuration)
            if let violation = ResultInvariants.violations(in: results, limit: 1).first {
                let point = descriptors.map { $0.value(in: configuration.parameters) }
                lock.withLock {
                    if first.map({ point.lexicographicallyPrecedes($0.point) }) ?? true { first = (point, violation) }
                }
            }
            return results
        }
    }

    func check() throws(BrokenInvariant) {
        guard let first = lock.withLock({ first }) else { return }
        let values = zip(descriptors, first.point).map { "\($0.name) = \($1)" }.joined(separator: ", ")
        throw BrokenInvariant(violation: first.violation, scenario: scenario, designPoint: values)
    }
}
