import BalloonModel
import Foundation
import Testing

@testable import BalloonAnalysis

/// `balloon validate --set NAME=VALUE`: a parameter held at one value in every member of the ensemble.
struct ParameterOverrideTests {
    @Test func aNameFromTheCatalogAndAnAcceptedValueAreRead() throws {
        let override = try ParameterOverride.parse(" spray_kill_share = 0.05 ")
        #expect(override == ParameterOverride(name: "spray_kill_share", value: 0.05))
        #expect(override.text == "spray_kill_share = 0.05")
        #expect(try ParameterOverride.parse("cocaine_yield_kg_per_ha.CO=7").text == "cocaine_yield_kg_per_ha.CO = 7")
        // Recorded in the provenance as it can be typed back.
        #expect(try ParameterOverride.parse("maturation_months=4.0").argument == "maturation_months=4")
    }

    @Test(arguments: [
        ("spray_kill_share", "NAME=VALUE"),
        ("spray_kill_shar=0.1", "did you mean 'spray_kill_share'?"),
        ("spray_kill_share=abc", "is not a number"),
        ("spray_kill_share=nan", "not a finite number"),
        ("spray_kill_share=inf", "not a finite number"),
        ("spray_kill_share=2", "outside its physical domain"),
        ("maturation_months=0", "outside its physical domain"),
        ("=0.1", "unknown parameter ''"),
    ])
    func badInputIsRefusedWithWhatIsWrongAndAFix(text: String, expected: String) {
        #expect {
            _ = try ParameterOverride.parse(text)
        } throws: { error in
            let described = String(describing: error)
            return described.contains(expected) && described.contains("Fix:")
        }
    }

    @Test func aParameterSetTwiceIsRefused() {
        #expect(throws: ParameterOverrideError.self) {
            _ = try ParameterOverride.parse(all: [
                "spray_kill_share=0.1", "profit_elasticity=0.3", "spray_kill_share=0.2",
            ])
        }
        #expect((try? ParameterOverride.parse(all: ["spray_kill_share=0.1", "profit_elasticity=0.3"]))?.count == 2)
    }

    @Test func everyDrawAndTheRepresentativeCarryTheValueAndNothingElseChanges() throws {
        let ensemble = ParameterEnsemble(
            kind: "posterior", provenance: "test",
            draws: [
                .init(values: ["profit_elasticity": 0.3, "spray_kill_share": 0.2]),
                .init(values: ["profit_elasticity": 0.4, "spray_kill_share": 0.3]),
            ],
            representative: .init(values: ["profit_elasticity": 0.35, "spray_kill_share": 0.25]))
        let overrides = [
            ParameterOverride(name: "spray_kill_share", value: 0.05),
            ParameterOverride(name: "maturation_months", value: 4),
        ]
        let what = ensemble.setting(overrides)
        for (index, draw) in what.draws.enumerated() {
            #expect(draw.values["spray_kill_share"] == 0.05)
            #expect(draw.values["maturation_months"] == 4)
            #expect(draw.values["profit_elasticity"] == ensemble.draws[index].values["profit_elasticity"])
        }
        #expect(what.representative?.values["spray_kill_share"] == 0.05)
        #expect(what.representative?.values["profit_elasticity"] == 0.35)
        #expect(what.provenance.contains("spray_kill_share = 0.05, maturation_months = 4"))
        // A digest of the original never describes the what-if: its fingerprint differs.
        #expect(what.fingerprint != ensemble.fingerprint)
        #expect(ensemble.setting([]) == ensemble)
        // The values reach the runs: a member's parameters are the draw laid over the defaults.
        let applied = what.draws[0].applied(to: ModelParameters())
        #expect(applied.sprayKillShare == 0.05 && applied.maturationMonths == 4)
    }

    @Test func theLedgerSaysItIsAWhatIfInItsTableAndItsJSONAndTheShippedOneDoesNot() throws {
        var report = FactLedgerReport(
            modelVersion: "test", facts: [], fit: [], outOfSample: [], ensembleMembers: 1, ensembleKind: "posterior")
        #expect(!LedgerTable.render(report).contains("Every member runs with"))
        #expect(!report.encoded().contains("parameter_overrides"))
        report.parameterOverrides = [ParameterOverride(name: "spray_kill_share", value: 0.05)]
        #expect(LedgerTable.render(report).contains("Every member runs with spray_kill_share = 0.05: a what-if"))
        let read = try FactLedgerReport.decode(Data(report.encoded().utf8))
        #expect(read.parameterOverrides == report.parameterOverrides)
    }
}
