import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// Progress reporting (`WorkProgress`): every unit is counted once, from whichever thread ran it, and watching a
/// computation never changes a byte of its result.
struct ProgressTests {
    /// A thread-safe tally of what the observer was told.
    final class Tally: @unchecked Sendable {
        private var total = 0
        private var calls = 0
        private let lock = NSLock()
        func add(_ count: Int) { lock.withLock { (total, calls) = (total + count, calls + 1) } }
        var units: Int { lock.withLock { total } }
    }

    /// `body` with a tally watching it.
    static func watched<R>(_ body: () throws -> R) rethrows -> (R, Int) {
        let tally = Tally()
        let result = try WorkProgress.bound({ tally.add($0) }, body)
        return (result, tally.units)
    }

    @Test(arguments: [Parallelism.serial, .threads(2), .threads(3)])
    func anEnsembleReportsEachMemberOnceAndWritesTheSameBytes(parallelism: Parallelism) throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 5, members: 7)
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: try EnsembleTests.history(to: 2003), plan: plan), modelVersion: "test")
        let plain = try job.run(parallelism: parallelism)
        let (watched, units) = try Self.watched { try job.run(parallelism: parallelism) }
        #expect(units == 7)
        #expect(watched.files == plain.files)
        #expect(watched.console == plain.console)
    }

    @Test func aComparisonReportsEachMemberOnceAndWritesTheSameBytes() throws {
        let job = AnalysisJob.comparison(
            try ComparisonTests.comparison(["plan-peru"], members: 5), modelVersion: "test")
        let plain = try job.run(parallelism: .threads(2))
        let (watched, units) = try Self.watched { try job.run(parallelism: .threads(2)) }
        #expect(units == 5)
        #expect(watched.files == plain.files)
    }

    @Test func aShardReportsOnlyItsOwnMembers() throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 5, members: 7)
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: try EnsembleTests.history(to: 2002), plan: plan), modelVersion: "test")
        let shard = try Shard(index: 1, count: 3)
        let (_, units) = try Self.watched { try job.run(shard: shard, parallelism: .threads(2)) }
        #expect(units == shard.range(of: 7).count)
    }

    @Test func aSensitivityDesignReportsEachModelRunAndGivesTheSameOutputs() throws {
        let settings = SensitivitySettings(
            method: .morris, target: SensitivityTests.target, parameters: SensitivityTests.ishigamiPriors,
            trajectories: 6, bootstrapResamples: 20)
        let study = try SensitivityStudy(settings: settings)
        let plain = try study.evaluate(parallelism: .threads(2), model: SensitivityTests.ishigami)
        let (watched, units) = try Self.watched {
            try study.evaluate(parallelism: .threads(2), model: SensitivityTests.ishigami)
        }
        #expect(units == study.runCount)
        #expect(watched == plain)
    }

    @Test func nothingIsReportedWhenNobodyWatches() {
        // No observer bound: advancing is a no-op, and a parallel map still returns every value in order.
        WorkProgress.advance(by: 3)
        #expect(parallelMap(count: 5, parallelism: .threads(2)) { $0 * $0 } == [0, 1, 4, 9, 16])
    }
}
