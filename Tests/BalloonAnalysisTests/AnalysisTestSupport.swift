import BalloonModel
import BalloonStatistics
import Foundation

@testable import BalloonAnalysis

/// Helpers shared by the analysis tests: short real scenarios, shard round trips through files.
enum AnalysisTestSupport {
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "balloon-analysis-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The placeholder-shaped posterior: one draw of defaults.
    static let defaults = ParameterEnsemble(kind: "test", provenance: "defaults", draws: [ParameterDraw(values: [:])])

    /// Two draws that differ in a parameter that matters, so members differ by draw as well as seed.
    static let twoDraws = ParameterEnsemble(
        kind: "test", provenance: "two draws",
        draws: [
            ParameterDraw(values: ["demand_elasticity": -0.4, "profit_elasticity": 0.2]),
            ParameterDraw(values: ["demand_elasticity": -0.9, "profit_elasticity": 0.5]),
        ])

    /// Runs every shard of `job`, writes each partial result to a file, reads them back in a
    /// scrambled order and merges them: what a cluster does with `--shard K/N` and `balloon merge`.
    static func shardedThroughFiles(_ job: AnalysisJob, shards: Int) throws -> (
        spec: AnalysisSpec, payload: AnalysisPayload
    ) {
        let directory = temporaryDirectory()
        var paths: [String] = []
        for index in 0..<shards {
            let partial = try job.run(
                shard: try Shard(index: index, count: shards), parallelism: .threads(index % 2 + 1))
            let path = directory + "/" + partial.fileName
            try partial.encoded().write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let scrambled = paths.enumerated().sorted { ($0.offset * 7) % shards < ($1.offset * 7) % shards }.map(\.element)
        return try ShardMerge.merge(paths: scrambled)
    }
}
