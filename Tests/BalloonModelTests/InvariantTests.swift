import Dispatch
import Foundation
import Synchronization
import Testing
@testable import BalloonModel

/// Stock–flow invariants (`ResultInvariants`): hectares and cocaine balance year on year, and nothing
/// is NaN, infinite or negative, in scenarios made at random inside the documented ranges.
struct InvariantTests {
    /// SplitMix64: a seeded generator, so the random scenarios are the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// 1,000 by default; `BALLOON_RANDOM_SCENARIOS` sets another count for a quicker local loop or a longer soak.
    static let randomScenarioCount =
        ProcessInfo.processInfo.environment["BALLOON_RANDOM_SCENARIOS"].flatMap(Int.init) ?? 1_000

    /// A model configuration with parameters drawn inside their catalog (prior) ranges, up to six random
    /// policies on random targets, years and sizes, and up to three random events. Built directly, not through
    /// a scenario file, so sizes are not limited to what the scenario checks accept: up to 80,000 ha or
    /// US$2 bn a year per policy (beyond any bundled scenario), event magnitudes up to 3 (40,000 ha for a legal
    /// area, above Bolivia's 22,000 ha limit).
    static func randomConfiguration(_ index: Int) -> SimulationConfiguration {
        var random = SeededGenerator(state: UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        var parameters = ModelParameters()
        for descriptor in ParameterCatalog.all where Bool.random(using: &random) {
            descriptor.set(Double.random(in: descriptor.range, using: &random), in: &parameters)
        }
        let atlas = Atlas.standard
        let start = Int.random(in: 1995...2015, using: &random)
        let end = start + Int.random(in: 2...8, using: &random)
        func span() -> (MonthIndex, MonthIndex) {
            let first = Int.random(in: start...end, using: &random)
            return (
                .of(year: first, month: Int.random(in: 1...12, using: &random)),
                .of(year: Int.random(in: first...end, using: &random), month: 12)
            )
        }
        var actions: [PolicyAction] = []
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            let instrument = Instrument.allCases.randomElement(using: &random)!
            let target: PolicyTarget
            switch instrument.targetKind {
            case .route:
                let edges = atlas.network.edges.indices.shuffled(using: &random)
                target = .edges(Array(edges.prefix(Int.random(in: 1...6, using: &random))))
            case .market: target = .market(Market.allCases.randomElement(using: &random)!)
            case .territory:
                target =
                    Bool.random(using: &random)
                    ? .country(Country.allCases.randomElement(using: &random)!)
                    : .region(Int.random(in: 0..<atlas.regions.count, using: &random))
            }
            let amount: PolicyAmount
            switch instrument {
            case .communityControl: amount = .level(Double.random(in: 0...1, using: &random))
            case .decriminalization: amount = .level(1)
            default:
                amount =
                    Bool.random(using: &random)
                    ? .budgetUSDPerYear(Double.random(in: 0...2e9, using: &random))
                    : .quantityPerYear(Double.random(in: 0...80_000, using: &random))
            }
            let (first, last) = span()
            actions.append(
                PolicyAction(
                    instrument: instrument, target: target, firstMonth: first, lastMonth: last,
                    amount: amount))
        }
        var events: [ModelEvent] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) {
            let (first, last) = span()
            let kind = EventKind.allCases.randomElement(using: &random)!
            let target: PolicyTarget =
                kind == .routeClosure
                ? .edges([Int.random(in: 0..<atlas.network.edges.count, using: &random)])
                : .country(Country.allCases.randomElement(using: &random)!)
            let magnitude =
                kind == .legalAreaChange
                ? Double.random(in: 0...40_000, using: &random)
                : Double.random(in: 0...3, using: &random)
            events.append(
                ModelEvent(kind: kind, target: target, firstMonth: first, lastMonth: last, magnitude: magnitude))
        }
        return SimulationConfiguration(
            startYear: start, endYear: end, seed: UInt64(index), parameters: parameters,
            actions: actions, events: events)
    }

    @Test func aBusyDefaultRunKeepsEveryInvariant() {
        let configuration = TestConfigurations.quiet(
            start: 2000, end: 2020,
            actions: [
                TestConfigurations.action(.aerialSpraying, .country(.colombia), years: 2002...2008, 120_000),
                TestConfigurations.action(.manualEradication, .country(.peru), years: 2005...2012, 12_000),
                TestConfigurations.action(.voluntarySubstitution, .country(.colombia), years: 2017...2019, 30_000),
            ],
            events: [
                ModelEvent(
                    kind: .legalAreaChange, target: .country(.bolivia), firstMonth: .of(year: 2017),
                    magnitude: 22_000)
            ])
        let violations = ResultInvariants.violations(in: Simulation.run(configuration))
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }

    @Test func theCheckFindsABrokenBalanceAndANaN() {
        var results = Simulation.run(TestConfigurations.quiet(start: 2000, end: 2004))
        let area = results.layout.slotByKey[SeriesKey(Indicators.illicitArea.name, "PE.VRAEM")]!
        results.set(slot: area, yearIndex: 3, 1.5 * results.values[area * results.years.count + 3])
        #expect(ResultInvariants.violations(in: results).contains { $0.kind == .hectareBalance && $0.year == 2003 })
        let price = results.layout.slotByKey[SeriesKey(Indicators.sourcePrice.name, "CO")]!
        results.set(slot: price, yearIndex: 1, .nan)
        #expect(ResultInvariants.violations(in: results).contains { $0.kind == .notFinite && $0.year == 2001 })
    }

    /// Each random scenario runs twice: as written, and with every registered bound widened 100-fold, so
    /// the invariants hold because of the mechanisms and not because a guard caught a runaway value.
    @Test(arguments: [1.0, 100.0])
    func aThousandRandomScenariosKeepEveryInvariant(boundWidening: Double) {
        #expect(Self.randomScenarioCount >= 1, "BALLOON_RANDOM_SCENARIOS must be a positive count")
        let failures = Mutex([String]())
        let checked = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: Self.randomScenarioCount) { index in
            var configuration = Self.randomConfiguration(index)
            configuration.boundWidening = boundWidening
            let violations = ResultInvariants.violations(in: Simulation.run(configuration), limit: 3)
            checked.withLock { $0 += 1 }
            if let first = violations.first { failures.withLock { $0.append("scenario \(index): \(first)") } }
        }
        #expect(checked.withLock { $0 } == Self.randomScenarioCount)
        let found = failures.withLock { $0.sorted() }
        #expect(
            found.isEmpty,
            "\(found.count) of \(Self.randomScenarioCount) random scenarios break an invariant; first: \(found.prefix(5))"
        )
    }
}
