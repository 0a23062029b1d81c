import BalloonModel
import BalloonScenario
import Testing

@testable import BalloonAnalysis

/// The proof that registered bounds (`ModelBound`) do not do the model's work: every bundled scenario,
/// run on posterior members (three, to 2030, to keep the suite quick) with every bound widened 100-fold,
/// must give the same outputs to 1e-9
/// relative. While a bound binds in an ordinary scenario the answers come from a guard, not a
/// mechanism; `docs/model.md` ("Registered bounds") lists which bind today and what they stand in for.
struct BoundWideningTests {
    static let scenarios = [
        "history", "no-spraying", "plan-peru", "plan-peru-spraying", "plan-ecuador",
        "interdiction-first", "demand-side", "bolivia-community-control", "petro",
    ]
    static let members = 3
    static let widening = 100.0

    struct Difference: CustomStringConvertible {
        let scenario: String
        let member: Int
        let series: SeriesKey
        let year: Int
        let held: Double
        let widened: Double
        var description: String {
            "\(scenario) member \(member): \(series.indicator) at \(series.place) in \(year): \(held) → \(widened)"
        }
    }

    /// The largest relative change between the two runs, and which bounds bound in the ordinary run.
    static func compare(_ name: String) throws -> (worst: Difference?, binding: [ModelBound: Int]) {
        let prepared = try PreparedScenario.resolve(name, to: 2030)
        let posterior = try #require(ParameterEnsemble.bundledPosterior())
        let plan = try MemberPlan(posterior: posterior, baseSeed: prepared.configuration.seed, members: members)
        var worst: (relative: Double, difference: Difference)?
        var binding: [ModelBound: Int] = [:]
        for member in 0..<members {
            let ordinary = plan.configuration(of: prepared, member: member)
            var wide = ordinary
            wide.boundWidening = widening
            let held = Simulation.run(ordinary)
            let widened = Simulation.run(wide)
            for (bound, months) in held.boundMonths where months > 0 { binding[bound, default: 0] += months }
            let years = held.years.count
            for (slot, key) in held.keys.enumerated() {
                for yearIndex in 0..<years {
                    let a = held.values[slot * years + yearIndex], b = widened.values[slot * years + yearIndex]
                    let relative = a == b ? 0 : abs(a - b) / max(abs(a), abs(b), 1e-300)
                    if relative > (worst?.relative ?? 1e-9) {
                        worst = (
                            relative,
                            Difference(
                                scenario: name, member: member, series: key,
                                year: held.years[yearIndex], held: a, widened: b)
                        )
                    }
                }
            }
        }
        return (worst?.difference, binding)
    }

    @Test(arguments: scenarios)
    func widenedBoundsLeaveTheScenarioUnchanged(_ name: String) throws {
        let (worst, binding) = try Self.compare(name)
        let bindingText = binding.sorted { $0.key < $1.key }.map { "\($0.key.name): \($0.value) member-months" }
            .joined(separator: ", ")
        // Known today: the price, market and violence mechanisms lean on guards (issue "Economics that
        // close"); this becomes a hard failure again as soon as a scenario passes.
        withKnownIssue("registered bounds bind in \(name): \(bindingText)") {
            #expect(worst == nil, "\(worst.map(String.init(describing:)) ?? "")")
        }
    }
}
