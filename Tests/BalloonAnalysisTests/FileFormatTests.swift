import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

/// Every file the analysis layer writes goes through one Codable type, and reads back through the same type
/// unchanged: the writer and every reader share that type, so they cannot drift apart.
struct FileFormatTests {
    @Test func anEnsembleSummaryReadsBackExactlyAsWritten() throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 2, members: 3)
        let job = AnalysisJob.ensemble(
            EnsembleRun(scenario: try EnsembleTests.history(to: 2002), plan: plan), modelVersion: "test")
        let output = try job.run(parallelism: .serial)
        let json = try #require(output.files.first { $0.name == "history.ensemble.json" }).contents
        let read = try EnsembleSummary.decode(Data(json.utf8))
        #expect(read.schema == EnsembleSummary.currentSchema)
        #expect(read.members == 3 && read.seed == 2 && read.scenario == "history")
        #expect(read.encoded() == json, "decoding and encoding again changes the file")
        let band = try #require(read.band(SeriesKey("coca_area_ha", "CO")))
        #expect(band.years == [2000, 2001, 2002] && band.median.count == 3)
    }

    @Test func aShardOfEachKindReadsBackExactlyAsWrittenWithItsPayloadKind() throws {
        let plan = try MemberPlan(posterior: AnalysisTestSupport.twoDraws, baseSeed: 2, members: 2)
        let ensemble = AnalysisJob.ensemble(
            EnsembleRun(scenario: try EnsembleTests.history(to: 2001), plan: plan), modelVersion: "test")
        for job in [ensemble, try ShardMergeTests.job()] {
            let partial = try job.run(shard: try Shard(index: 0, count: 1))
            let data = try partial.encoded()
            let read = try JSONDecoder().decode(PartialResult.self, from: data)
            #expect(read == partial)
            #expect(try read.encoded() == data, "decoding and encoding again changes the file")
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let payload = try #require(object["payload"] as? [String: Any])
            #expect(payload["kind"] as? String == job.spec.kind.rawValue && payload.count == 2, "\(payload.keys)")
        }
    }

    @Test func aVersionOneShardIsRefusedNamingTheOlderLayout() throws {
        let directory = AnalysisTestSupport.temporaryDirectory()
        let path = try ShardMergeTests.write(try ShardMergeTests.job(), shard: 0, of: 1, in: directory)
        let url = URL(fileURLWithPath: path)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        object["schema"] = "balloon.partial-result/1"
        object["payload"] = ["sensitivityOutputs": [1.0, 2.0]]
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        let error = try #require(throws: AnalysisError.self) { try ShardMerge.read(path) }
        #expect(error.code == .schemaMismatch && error.field == path)
        #expect(
            error.message.contains("older Balloon") && error.message.contains("balloon.partial-result/2"),
            "\(error.message)")
    }

    @Test(arguments: [
        #"{"kind": "ensemble", "sensitivity": [1]}"#, #"{"sensitivity": [1]}"#, #"{"kind": "other", "other": 1}"#,
    ])
    func aPayloadWithoutTheDataItsKindNamesIsRefused(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnalysisPayload.self, from: Data(json.utf8)) }
    }

    @Test func nonFiniteBandValuesSurviveTheRoundTrip() throws {
        let summary = EnsembleSummary(
            modelVersion: "t", scenario: "s", members: 1, seed: 1, posterior: "p", years: [2000],
            series: ["x|Y": .init(unit: "u", median: [.nan], p05: [-.infinity], p95: [.infinity])])
        let read = try EnsembleSummary.decode(Data(summary.encoded().utf8))
        #expect(read.series["x|Y"]?.median.first?.isNaN == true)
        #expect(read.series["x|Y"]?.p95 == [.infinity])
    }

    @Test(arguments: [
        ("{\"schema\": \"balloon.ensemble/1\"}", "missing field"),
        ("[1, 2]", "unexpected value"),
        ("not json", "not valid JSON"),
    ])
    func aFileThatIsNotAnEnsembleSummaryIsRefusedWithTheReason(json: String, reason: String) {
        let error = #expect(throws: EnsembleSummary.ReadError.self) { try EnsembleSummary.decode(Data(json.utf8)) }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test func anEnsembleSummaryOfAnotherSchemaOrRaggedSeriesIsRefused() throws {
        var summary = EnsembleSummary(
            modelVersion: "t", scenario: "s", members: 1, seed: 1, posterior: "p", years: [2000, 2001],
            series: ["x|Y": .init(unit: "u", median: [1, 2], p05: [1, 2], p95: [1, 2])])
        summary.schema = "balloon.ensemble/9"
        let schemaError = #expect(throws: EnsembleSummary.ReadError.self) {
            try EnsembleSummary.decode(Data(summary.encoded().utf8))
        }
        #expect(schemaError?.description.contains("expected 'balloon.ensemble/1'") == true)
        summary.schema = EnsembleSummary.currentSchema
        summary.series["x|Y"]?.p05 = [1]
        let lengthError = #expect(throws: EnsembleSummary.ReadError.self) {
            try EnsembleSummary.decode(Data(summary.encoded().utf8))
        }
        #expect(lengthError?.description.contains("years") == true)
    }

    @Test func theFactLedgerReadsBackExactlyAsWritten() throws {
        let entry = LedgerEntry(
            id: "SF3", statement: "Interdiction beats eradication", target: "ratio 5.4", tolerance: "[3, 10]",
            source: "A1", role: .emergent, setParameters: [], metric: "ratio", median: 0.12, lower: nil,
            upper: 9.3, pass: nil, note: "reroutes")
        let provenance = Provenance(
            modelVersion: "9.9", gitCommit: "abc", dataHash: "0123456789abcdef", catalogHash: "fedcba9876543210",
            posterior: "posterior, 2 draws, 1", scenarios: [.init(name: "history", contentHash: "1")], seed: 1,
            command: "balloon validate --json ledger.json")
        let written = FactLedgerReport(
            modelVersion: "9.9", facts: [entry],
            fit: [SeriesFit(series: "coca_area_ha|CO", rmseLog: 0.41, coverage90: 0.4, observations: 20)],
            outOfSample: [
                OutOfSampleCheck(
                    series: "seizures_t|CO", year: 2020, observed: 505, median: 264, lower: 65, upper: 457,
                    inside: false)
            ],
            ensembleMembers: 200, ensembleKind: "posterior", provenance: provenance)
        let read = try FactLedgerReport.decode(Data(written.encoded().utf8))
        #expect(read == written)
        #expect(read.encoded() == written.encoded())
    }
}
