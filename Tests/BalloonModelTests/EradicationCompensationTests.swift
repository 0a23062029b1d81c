import Testing

@testable import BalloonModel

/// M1's two answers to eradication risk: a hectare is expected to earn less, and growers plant over the
/// fields they expect to lose ("farmers compensate by cultivating more extensively", A8; A7, SF2).
struct EradicationCompensationTests {
    private static let region = "PE.VRAEM"

    private static func configuration(
        compensation: Double, start: Int = 2000, actions: [PolicyAction] = []
    ) -> SimulationConfiguration {
        var configuration = TestConfigurations.quiet(start: start, end: 2016, frozenPrices: true, actions: actions)
        configuration.parameters.eradicationCompensation = compensation
        configuration.parameters.profitElasticity = 0.45
        configuration.parameters.eradicationRiskWeight = 0.8
        return configuration
    }

    /// Area lost to sustained eradication in `region`, baseline minus policy, in `year`.
    private static func gap(compensation: Double, year: Int) -> Double {
        let eradication = TestConfigurations.action(
            .manualEradication, .region(TestConfigurations.region(region)), years: 2005...2014, 6_000)
        let baseline = Simulation.run(configuration(compensation: compensation))
        let eradicated = Simulation.run(configuration(compensation: compensation, actions: [eradication]))
        return baseline.at("coca_area_ha", region, year) - eradicated.at("coca_area_ha", region, year)
    }

    @Test func withoutCompensationSustainedEradicationLowersTheAreaForGood() {
        #expect(Self.gap(compensation: 0, year: 2005) > 0)
        #expect(Self.gap(compensation: 0, year: 2013) > 0.5 * Self.gap(compensation: 0, year: 2005))
    }

    @Test func compensationPlantingNarrowsTheGapInTheMediumRunButNotAtOnce() {
        let firstYear = Self.gap(compensation: 1, year: 2005)
        let mediumRun = Self.gap(compensation: 1, year: 2013)
        #expect(firstYear > 0, "kills act at once, whatever growers plan")
        #expect(
            mediumRun < 0.5 * Self.gap(compensation: 0, year: 2013),
            "with κ = 1 > ε growers plant over the expected losses: \(mediumRun) ha lost in 2013")
    }

    /// The stock-equilibrium start holds under spraying. Three things used to build up from zero over
    /// the first year and pull the area down by about 14% in five years: the damage on sprayed survivors
    /// (now out of what growers plant for), the growers still deciding whether to replant, and spraying's
    /// remembered intensity, which raised poverty above the start's.
    @Test func aRunThatStartsUnderSteadySprayingStartsAtRest() {
        let spraying = TestConfigurations.action(.aerialSpraying, .country(.colombia), years: 2003...2016, 100_000)
        let results = Simulation.run(Self.configuration(compensation: 0.5, start: 2003, actions: [spraying]))
        let first = results.at("coca_area_ha", "CO", 2003)
        for year in 2004...2006 {
            let area = results.at("coca_area_ha", "CO", year)
            #expect(abs(area / first - 1) < 0.03, "Colombia moved from \(first) ha in 2003 to \(area) in \(year)")
        }
    }
}
