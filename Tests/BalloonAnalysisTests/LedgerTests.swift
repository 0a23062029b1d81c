import BalloonModel
import BalloonStatistics
import Foundation
import Testing

@testable import BalloonAnalysis

struct LedgerTests {
    static func fact(_ id: String) -> FactDefinition { FactCatalog.all.first { $0.id == id }! }

    @Test func theLedgerListsEveryStylizedFactOnceAndInOrder() {
        #expect(FactCatalog.all.map(\.id) == (1...26).map { "SF\($0)" })
    }

    @Test func onlyFactsNoParameterWasSetFromAreEmergentAndInputFactsNameTheirParameters() {
        for fact in FactCatalog.all {
            if fact.role == .input {
                #expect(!fact.setParameters.isEmpty, "\(fact.id) must name the parameters it set")
            }
            if fact.role == .emergent { #expect(fact.setParameters.isEmpty) }
        }
    }

    /// Each check, fed a deliberately wrong model number, fails; fed one inside the tolerance, passes.
    @Test(arguments: [
        ("SF1", -0.03, -0.5), ("SF1", -0.05, 0.2), ("SF2", 1.0, -0.9), ("SF3", 5.4, 0.5), ("SF4", -0.17, -0.6),
        ("SF5", 0.1, 0.6), ("SF6", 0.35, 0.05), ("SF8", -0.11, 0.6), ("SF9", -0.5, 0.1), ("SF10", 0.1, 0.5),
        ("SF11", 0.014, 0.2), ("SF12", 0.5, 2.5), ("SF14", 0.45, 0.1), ("SF15", 0.6, 0.2), ("SF16", 8, 1.5),
        ("SF17", 3.5, 1.2), ("SF18", 0.3, 0.9), ("SF19", 0.2, -0.1), ("SF20", 0.4, -0.2), ("SF21", 0.365, 1.0),
        ("SF22", 0.5, -0.5), ("SF23", 1, 0), ("SF24", 11.6, 3), ("SF25", 0.02, 0.4), ("SF26", 0.35, 0.7),
    ])
    func eachCheckFailsOnAWrongModelOutput(id: String, good: Double, wrong: Double) {
        let fact = Self.fact(id)
        #expect(fact.passes(good), "\(id) should pass \(good)")
        #expect(!fact.passes(wrong), "\(id) should fail \(wrong)")
    }

    @Test func anEntryUsesTheEnsembleMedianAndFailsWhenMostMembersCannotBeComputed() {
        let evaluator = LedgerEvaluator(
            history: SimulationConfiguration(),
            ensemble: .init(kind: "prior", provenance: "test", draws: [.init(values: [:])]),
            targets: .init(unodcArea: [:], usGovernmentArea: [:], colombianSeizures: [:], sourcePrices: [:]),
            outOfSample: [:], members: 1)
        let sf9 = Self.fact("SF9")
        let passing = evaluator.entry(sf9, values: [-0.1, -0.4, -0.5, -0.45, -0.3])
        #expect(passing.median == -0.4)
        #expect(passing.pass == true)
        let unknown = evaluator.entry(sf9, values: [nil, nil, nil, -0.4])
        #expect(unknown.pass == false)
        #expect(unknown.note.contains("not computable"))
        #expect(evaluator.entry(Self.fact("SF7"), values: []).pass == nil)
    }

    @Test func theJSONLedgerFollowsTheDocumentedSchema() throws {
        let entry = LedgerEntry(
            id: "SF1", statement: "s", target: "t", tolerance: "x", source: "A3", role: .emergent,
            setParameters: [], metric: "m", median: -0.03, lower: -0.05, upper: -0.01, pass: true, note: "")
        let report = FactLedgerReport(
            modelVersion: "test", facts: [entry],
            fit: [SeriesFit(series: "coca_area_ha|CO", rmseLog: 0.2, coverage90: 0.8, observations: 20)],
            outOfSample: [], ensembleMembers: 10, ensembleKind: "posterior")
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        #expect(object["schema"] as? String == "balloon.fact-ledger/1")
        #expect(
            Set(object.keys) == [
                "schema", "model_version", "summary", "facts", "fit", "out_of_sample", "in_sample_checks",
            ])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(
            Set(summary.keys) == [
                "counts_by_role", "emergent_pass", "emergent_total", "ensemble_members", "ensemble_kind",
            ])
        #expect((summary["counts_by_role"] as? [String: Int])?["emergent"] == 1)
        let fact = try #require((object["facts"] as? [[String: Any]])?.first)
        #expect(
            Set(fact.keys) == [
                "id", "statement", "target", "tolerance", "source", "role", "set_parameters", "metric",
                "median", "lower", "upper", "pass", "note",
            ])
        let fit = try #require((object["fit"] as? [[String: Any]])?.first)
        #expect(Set(fit.keys) == ["series", "rmse_log", "coverage_90", "observations"])
    }

    @Test func theLedgerUsesTheSameQuantilesAsTheRestOfTheAnalysis() {
        #expect(quantile([1, 2, 3, 4, 5], 0.5) == 3)
        #expect(quantile([0, 10], 0.05) == WeightedStatistics.quantile([0, 10], probability: 0.05))
    }

    /// In-sample data checks judge the ensemble median against their allowance, and a ledger written before they
    /// existed still reads (as having none).
    @Test func inSampleChecksJudgeTheMedianAndOlderLedgersStillRead() throws {
        let check = InSampleCheck(
            series: "seizures_t|WORLD", year: 2010, observed: 694, median: 151, allowedLower: 694 * 0.65,
            allowedUpper: 694 * 1.35, allowance: "within ±35%")
        #expect(!check.inside)
        #expect(
            InSampleCheck(
                series: "leaf_price_usd_per_kg|PE", year: 2010, observed: 3.4, median: 3.0, allowedLower: 2.8,
                allowedUpper: 4.3, allowance: "within the observed range"
            ).inside)
        let report = FactLedgerReport(
            modelVersion: "test", facts: [], fit: [], outOfSample: [], inSample: [check], ensembleMembers: 1,
            ensembleKind: "posterior")
        #expect(try FactLedgerReport.decode(Data(report.encoded().utf8)) == report)
        var object = try #require(
            try JSONSerialization.jsonObject(with: Data(report.encoded().utf8)) as? [String: Any])
        object["in_sample_checks"] = nil
        let older = try FactLedgerReport.decode(try JSONSerialization.data(withJSONObject: object))
        #expect(older.inSample.isEmpty)
    }
}
