import BalloonModel
import Foundation
import Testing

@testable import BalloonAnalysis

struct ParameterEnsembleTests {
    @Test func aDrawOverridesOnlyTheParametersItNames() {
        let draw = ParameterDraw(values: ["demand_elasticity": -0.7, "cocaine_yield_kg_per_ha.PE": 6.0])
        let parameters = draw.applied(to: ModelParameters())
        #expect(parameters.demandElasticity == -0.7)
        #expect(parameters.cocaineYieldKgPerHectare[Country.peru.rawValue] == 6.0)
        #expect(parameters.profitElasticity == ModelParameters().profitElasticity)
    }

    @Test func decodingRejectsUnknownParameterNamesAndEmptyEnsembles() {
        let unknown = #"{"kind": "posterior", "provenance": "test", "draws": [{"values": {"no_such": 1}}]}"#
        #expect(throws: ParameterEnsemble.LoadError.self) { try ParameterEnsemble.decode(Data(unknown.utf8)) }
        let empty = #"{"kind": "posterior", "provenance": "test", "draws": []}"#
        #expect(throws: ParameterEnsemble.LoadError.self) { try ParameterEnsemble.decode(Data(empty.utf8)) }
    }
}

struct ShippedPosteriorTests {
    @Test func theShippedPosteriorHasAtLeastAHundredDrawsAndRecordsWhatTheDataTaught() throws {
        let posterior = try #require(ParameterEnsemble.bundledPosterior())
        #expect(posterior.kind == "posterior")
        #expect(posterior.draws.count >= 100)
        let record = try #require(posterior.calibration)
        #expect(record.parameters.count >= 8)
        for row in record.parameters {
            // The data may push the median past the prior's 90% interval, never out of the prior's support.
            let support = try #require(ParameterCatalog.descriptor(named: row.name)).range
            #expect(support.contains(row.posteriorMedian), "\(row.name)")
            // A posterior piled at both ends of a uniform prior's range can be wider than the prior's 90%
            // interval, but never wider than the range itself: 1/0.9 of that interval.
            #expect(
                row.widthRatio > 0 && row.widthRatio <= 1 / 0.9 + 1e-9,
                "\(row.name): posterior wider than the prior's support?")
        }
        let representative = try #require(posterior.representative)
        #expect(Set(representative.values.keys) == Set(record.parameters.map(\.name)))
        // Every draw names exactly the fitted parameters, with values inside their catalog ranges.
        for draw in posterior.draws {
            for (name, value) in draw.values {
                #expect(ParameterCatalog.descriptor(named: name)!.range.contains(value), "\(name) = \(value)")
            }
        }
    }
}
