import Testing

@testable import BalloonModel

/// Defaults, then the posterior draw, then the scenario's overrides: the one rule every run follows.
struct ParameterResolutionTests {
    static let descriptor = ParameterCatalog.descriptor(named: "profit_elasticity")!
    static let defaultValue = descriptor.value(in: ModelParameters())

    @Test func theScenarioOverridesTheDrawAndTheDrawOverridesTheDefault() {
        let name = Self.descriptor.name
        let fromDraw = Self.defaultValue + 0.25, fromScenario = Self.defaultValue + 0.5
        #expect(Self.descriptor.value(in: ParameterResolution().resolved()) == Self.defaultValue)
        #expect(Self.descriptor.value(in: ParameterResolution(draw: [name: fromDraw]).resolved()) == fromDraw)
        let both = ParameterResolution(draw: [name: fromDraw], overrides: [name: fromScenario]).resolved()
        #expect(Self.descriptor.value(in: both) == fromScenario)
    }

    @Test func unknownNamesAreReportedSortedFromEitherLayer() {
        let resolution = ParameterResolution(
            draw: ["zeta_typo": 1], overrides: ["alpha_typo": 2, Self.descriptor.name: 0])
        #expect(resolution.unknownNames == ["alpha_typo", "zeta_typo"])
    }
}
