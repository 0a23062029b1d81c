import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// `--shard K/N` and `balloon merge`: slices, and the refusals with the field and the fix.
struct ShardMergeTests {
    @Test(arguments: ["0/1", "0/4", "3/4", " 2 / 8 "])
    func wellFormedShardsParse(text: String) throws {
        let shard = try Shard(parsing: text)
        #expect(shard.index < shard.count)
    }

    @Test(arguments: ["4/4", "-1/4", "a/b", "3", "0/0", "1/2/3", "", "2/-3"])
    func malformedShardsAreRefusedNamingTheOption(text: String) {
        do {
            _ = try Shard(parsing: text)
            Issue.record("'\(text)' accepted")
        } catch {
            #expect(error.field == "--shard" && error.code == .invalidShard && !error.fix.isEmpty)
        }
    }

    @Test func slicesCoverEveryRunExactlyOnce() throws {
        for total in 1...40 {
            for count in 1...total {
                let ranges = try (0..<count).map { try Shard(index: $0, count: count).range(of: total) }
                #expect(ranges.flatMap { Array($0) } == Array(0..<total))
                #expect(ranges.allSatisfy { !$0.isEmpty })
            }
        }
        #expect(throws: AnalysisError.self) { try Shard(index: 0, count: 5).check(against: 4, unit: "members") }
    }

    /// A cheap job (a closure, no simulation) whose shards the refusals below are made of.
    static func job(seed: UInt64 = 1, samples: Int = 8) throws -> AnalysisJob {
        let priors = [NamedPrior("x", .uniform(lower: 0, upper: 1)), NamedPrior("y", .uniform(lower: 0, upper: 1))]
        let settings = SensitivitySettings(
            method: .sobol, target: SensitivityTarget(indicator: "f", place: "none", year: 2000),
            parameters: priors, baseSamples: samples, bootstrapResamples: 10, seed: seed)
        return AnalysisJob.sensitivity(
            try SensitivityStudy(settings: settings),
            scenario: PreparedScenario(name: "toy", configuration: SimulationConfiguration()),
            modelVersion: "test", model: { $0[0] + 2 * $0[1] * $0[0] })
    }

    static func write(_ job: AnalysisJob, shard: Int, of count: Int, in directory: String, as name: String? = nil)
        throws -> String
    {
        let partial = try job.run(shard: try Shard(index: shard, count: count))
        let path = directory + "/" + (name ?? partial.fileName)
        try partial.encoded().write(to: URL(fileURLWithPath: path))
        return path
    }

    static func mergeError(_ paths: [String]) -> AnalysisError? {
        do {
            _ = try ShardMerge.merge(try paths.map { ($0, try ShardMerge.read($0)) })
            return nil
        } catch {
            return error as? AnalysisError
        }
    }

    @Test func shardsOfDifferentRunsAreRefusedNamingTheFieldThatDiffers() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let first = try Self.write(try Self.job(seed: 1), shard: 0, of: 2, in: directory)
        let otherSeed = try Self.write(try Self.job(seed: 2), shard: 1, of: 2, in: directory)
        let error = try #require(Self.mergeError([first, otherSeed]))
        #expect(error.code == .specMismatch && error.field == "sensitivity")
        #expect(error.message.contains(first) && error.message.contains(otherSeed))
        let otherSize = try Self.write(try Self.job(samples: 16), shard: 1, of: 2, in: directory, as: "size.json")
        #expect(Self.mergeError([first, otherSize])?.field == "runs")
        let otherSplit = try Self.write(try Self.job(), shard: 1, of: 3, in: directory)
        #expect(Self.mergeError([first, otherSplit])?.field == "shard count")
    }

    @Test func missingAndRepeatedShardsAreRefused() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let job = try Self.job()
        let paths = try (0..<4).map { try Self.write(job, shard: $0, of: 4, in: directory) }
        let missing = try #require(Self.mergeError([paths[0], paths[2]]))
        #expect(
            missing.code == .shardsIncomplete && missing.message.contains("1, 3") && missing.fix.contains("--shard 1/4")
        )
        #expect(Self.mergeError([paths[0], paths[1], paths[1], paths[2], paths[3]])?.code == .shardsIncomplete)
        #expect(Self.mergeError([])?.code == .shardsIncomplete)
        #expect(Self.mergeError(paths.reversed()) == nil)
    }

    @Test func unreadableForeignAndDamagedFilesAreRefusedNamingTheFile() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let missing = directory + "/nowhere.json"
        #expect(Self.mergeError([missing]).map { $0.code == .fileNotReadable && $0.field == missing } == true)
        let foreign = directory + "/foreign.json"
        try Data("{\"rows\": []}".utf8).write(to: URL(fileURLWithPath: foreign))
        #expect(Self.mergeError([foreign])?.code == .notAPartialResult)
        let text = directory + "/text.json"
        try Data("not json".utf8).write(to: URL(fileURLWithPath: text))
        #expect(Self.mergeError([text])?.code == .notAPartialResult)
        let good = try Self.write(try Self.job(), shard: 0, of: 1, in: directory)
        let contents = try String(contentsOfFile: good, encoding: .utf8)
        let future = directory + "/future.json"
        try contents.replacingOccurrences(of: PartialResult.currentSchema, with: "balloon.partial-result/9")
            .write(toFile: future, atomically: true, encoding: .utf8)
        #expect(Self.mergeError([future])?.code == .schemaMismatch)
        let damaged = directory + "/damaged.json"
        try contents.replacingOccurrences(of: "\"endRun\":", with: "\"endRun\":1").write(
            toFile: damaged, atomically: true, encoding: .utf8)
        #expect(Self.mergeError([damaged]).map { $0.code == .notAPartialResult && $0.field == damaged } == true)
        #expect(Self.mergeError([good]) == nil)
    }
}
