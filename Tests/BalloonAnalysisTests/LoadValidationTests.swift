import BalloonModel
import Foundation
import Testing

@testable import BalloonAnalysis

/// Posterior and shard files are checked when they are loaded (issue 11): a bad value names the file,
/// the draw or field, the value and the allowed range; a truncated file says it is truncated.
struct LoadValidationTests {
    /// Two draws of the same parameters: draw 0 at their defaults, draw 1 at `values`.
    static func ensembleJSON(_ values: [String: Double]) -> Data {
        func draw(_ values: [String: Double]) -> String {
            "{\"values\": {" + values.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}}"
        }
        let defaults = values.mapValues { _ in 0.0 }.map { name, _ in
            (name, ParameterCatalog.descriptor(named: name)!.value(in: ModelParameters()))
        }
        let text =
            "{\"kind\": \"posterior\", \"provenance\": \"test\", \"draws\": ["
            + draw(Dictionary(uniqueKeysWithValues: defaults)) + ", " + draw(values) + "]}"
        return Data(text.utf8)
    }

    @Test(arguments: [
        ["maturation_months": 0], ["poverty_width": -0.25], ["retail_purity.US": 0], ["legal_diversion_share": 3],
        ["demand_elasticity": 1e300],
    ])
    func aPosteriorDrawOutsideItsParameterDomainIsRefusedNamingDrawKeyValueAndRange(_ values: [String: Double]) throws {
        let (name, value) = try #require(values.first)
        let error = try #require(throws: ParameterDrawError.self) {
            try ParameterEnsemble.decode(Self.ensembleJSON(values))
        }
        #expect(error.draw == "draw 1" && error.parameter == name && error.value == value)
        let allowed = try #require(ParameterCatalog.descriptor(named: name)).acceptedValues.description
        #expect(error.description.contains(allowed), "\(error.description)")
    }

    @Test func aPosteriorWithGoodDrawsStillLoads() throws {
        let ensemble = try ParameterEnsemble.decode(Self.ensembleJSON(["maturation_months": 9]))
        #expect(ensemble.draws.count == 2)
        let shipped = try #require(ParameterEnsemble.bundledPosterior())
        #expect(throws: Never.self) { try shipped.checkDrawValues() }
    }

    @Test func aDrawThatLacksAParameterTheOthersSetIsRefused() throws {
        let data = Data(
            """
            {"kind": "posterior", "provenance": "test", "draws": [{"values": {"profit_elasticity": 0.4, "maturation_months": 9}},
             {"values": {"profit_elasticity": 0.5}}]}
            """.utf8)
        let error = try #require(throws: ParameterDrawError.self) { try ParameterEnsemble.decode(data) }
        #expect(error.draw == "draw 1" && error.parameter == "maturation_months")
        #expect(error.description.contains("missing"))
    }

    @Test func aTruncatedPosteriorSaysWhereItEnds() throws {
        let data = Self.ensembleJSON(["maturation_months": 9])
        let truncated = data.prefix(data.count - 5)
        let error = try #require(throws: ParameterEnsemble.LoadError.self) { try ParameterEnsemble.decode(truncated) }
        #expect("\(error)".contains("truncated JSON") && "\(error)".contains("byte \(truncated.count)"), "\(error)")
        let missing = try #require(throws: ParameterEnsemble.LoadError.self) {
            try ParameterEnsemble.decode(Data("{\"kind\": \"posterior\", \"provenance\": \"x\"}".utf8))
        }
        #expect("\(missing)" == "missing field 'draws'")
    }

    static func ensembleShard(in directory: String) throws -> String {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.defaults, baseSeed: 1, members: 2)
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: try PreparedScenario.resolve("history", from: 2000, to: 2001), plan: plan),
            modelVersion: "test")
        let partial = try job.run(shard: try Shard(index: 0, count: 1))
        let path = directory + "/" + partial.fileName
        try partial.encoded().write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aShardWithAnImplausibleValueIsRefusedNamingFileSeriesAndValue() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let good = try Self.ensembleShard(in: directory)
        #expect(throws: Never.self) { try ShardMerge.read(good) }
        var text = try String(contentsOfFile: good, encoding: .utf8)
        // The first stored member value of the first non-zero cell becomes −1e308.
        let marker = try #require(text.range(of: "\"exactValues\":["))
        let end = try #require(text[marker.upperBound...].firstIndex { $0 == "," || $0 == "]" })
        text.replaceSubrange(marker.upperBound..<end, with: "-1e+308")
        let edited = directory + "/edited.json"
        try text.write(toFile: edited, atomically: true, encoding: .utf8)
        let error = try #require(throws: AnalysisError.self) { try ShardMerge.read(edited) }
        #expect(error.field == edited && error.code == .notAPartialResult)
        #expect(
            error.message.contains("-1e+308") && error.message.contains("ensemble ") && error.message.contains("|"),
            "\(error.message)")
    }

    @Test func aTruncatedShardSaysTruncatedAtItsLengthNotThatTheSchemaIsMissing() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let good = try ShardMergeTests.write(try ShardMergeTests.job(), shard: 0, of: 1, in: directory)
        let data = try Data(contentsOf: URL(fileURLWithPath: good))
        let truncated = directory + "/truncated.json"
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: truncated))
        let error = try #require(throws: AnalysisError.self) { try ShardMerge.read(truncated) }
        #expect(
            error.message.contains("truncated JSON") && error.message.contains("byte \(data.count / 2)"),
            "\(error.message)")
        #expect(!error.message.contains("schema"))
        let withoutPayload = directory + "/no-payload.json"
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        try JSONSerialization.data(withJSONObject: object.filter { $0.key != "payload" }).write(
            to: URL(fileURLWithPath: withoutPayload))
        let missing = try #require(throws: AnalysisError.self) { try ShardMerge.read(withoutPayload) }
        #expect(missing.message.contains("missing field 'payload'"), "\(missing.message)")
    }
}
