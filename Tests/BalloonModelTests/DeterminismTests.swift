import Dispatch
import Testing
@testable import BalloonModel

struct DeterminismTests {
    static func configuration(seed: UInt64) -> SimulationConfiguration {
        SimulationConfiguration(
            startYear: 2000, endYear: 2030, seed: seed,
            actions: [
                TestConfigurations.action(.aerialSpraying, .country(.colombia), years: 2001...2012, 120_000),
                TestConfigurations.action(.manualEradication, .country(.peru), years: 2005...2020, 20_000),
            ])
    }

    @Test func theSameSeedGivesIdenticalResults() {
        #expect(Simulation.run(Self.configuration(seed: 11)) == Simulation.run(Self.configuration(seed: 11)))
    }

    @Test func aDifferentSeedGivesDifferentResults() {
        #expect(
            Simulation.run(Self.configuration(seed: 11)).values != Simulation.run(Self.configuration(seed: 12)).values)
    }

    /// The state vectors share a buffer between copies until a copy steps (`StateVector`): a copy taken
    /// mid-run and stepped must leave the original untouched, and both must finish as an uncopied run does.
    @Test func aCopyTakenMidRunStepsIndependentlyOfTheOriginal() {
        let configuration = Self.configuration(seed: 3)
        let reference = Simulation.run(configuration)
        let half = configuration.monthCount / 2
        var original = Simulation(configuration: configuration)
        for _ in 0..<half { original.step() }
        let areaBefore = original.matureHectares.array
        var copy = original
        for _ in half..<configuration.monthCount { copy.step() }
        #expect(original.matureHectares.array == areaBefore)
        for _ in half..<configuration.monthCount { original.step() }
        #expect(copy.results == reference)
        #expect(original.results == reference)
    }

    @Test func runsOnTwoThreadsAtOnceMatchASingleThreadedRun() {
        let reference = Simulation.run(Self.configuration(seed: 5))
        let box = ResultsBox(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            box.store(Simulation.run(Self.configuration(seed: 5)), at: index)
        }
        for result in box.all { #expect(result == reference) }
    }
}

/// Collects results written from several threads; each index is written by exactly one thread.
private final class ResultsBox: @unchecked Sendable {
    private var results: [SimulationResults?]
    private let lock = NSLockLike()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func store(_ result: SimulationResults, at index: Int) { lock.run { results[index] = result } }
    var all: [SimulationResults] { lock.run { results.compactMap { $0 } } }
}

private final class NSLockLike: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 1)
    func run<T>(_ body: () -> T) -> T {
        semaphore.wait()
        defer { semaphore.signal() }
        return body()
    }
}
