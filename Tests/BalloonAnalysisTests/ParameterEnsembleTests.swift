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
