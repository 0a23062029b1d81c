import Testing
@testable import BalloonModel

/// A change in the legal coca limit reclassifies coca that already stands; it plants nothing
/// (Bolivia's 2017 law: about 22,000 ha legal, up from 12,000; MODEL.md M1).
struct LegalAreaTests {
    static let bolivia = Country.bolivia.code

    static func run(legalLimit: Double?) -> SimulationResults {
        let events =
            legalLimit.map {
                [
                    ModelEvent(
                        kind: .legalAreaChange, target: .country(.bolivia), firstMonth: .of(year: 2017, month: 3),
                        magnitude: $0)
                ]
            } ?? []
        return Simulation.run(TestConfigurations.quiet(start: 2010, end: 2022, frozenPrices: true, events: events))
    }

    @Test func raisingTheLegalLimitMovesStandingCocaIntoTheRegisterWithoutAddingHectares() {
        let baseline = Self.run(legalLimit: nil)
        let law = Self.run(legalLimit: 22_000)
        let total = { (results: SimulationResults, year: Int) in results.at("coca_area_ha", Self.bolivia, year) }
        let legal = { (results: SimulationResults, year: Int) in results.at("legal_area_ha", Self.bolivia, year) }
        let illicit = { (results: SimulationResults, year: Int) in results.at("illicit_area_ha", Self.bolivia, year) }
        let reclassified = legal(law, 2017) - legal(baseline, 2017)
        #expect(reclassified > 5_000, "the register should grow towards the new limit: +\(reclassified) ha")
        #expect(
            abs(total(law, 2017) - total(baseline, 2017)) < 0.02 * total(baseline, 2017),
            "total standing coca should not jump: \(total(baseline, 2017)) → \(total(law, 2017))")
        #expect(
            illicit(baseline, 2017) - illicit(law, 2017) > 0.9 * reclassified,
            "the illicit area should fall by about the reclassified hectares")
        // Growers count reclassified fields as part of what they hold: no replanting of the 'lost' illicit area.
        #expect(abs(total(law, 2021) - total(baseline, 2021)) < 0.05 * total(baseline, 2021))
    }

    @Test func loweringTheLegalLimitReturnsRegisteredCocaToTheIllicitArea() {
        let baseline = Self.run(legalLimit: nil)
        let law = Self.run(legalLimit: 2_000)
        let legalDrop = baseline.at("legal_area_ha", Self.bolivia, 2017) - law.at("legal_area_ha", Self.bolivia, 2017)
        #expect(legalDrop > 5_000)
        #expect(
            abs(law.at("coca_area_ha", Self.bolivia, 2017) - baseline.at("coca_area_ha", Self.bolivia, 2017))
                < 0.02 * baseline.at("coca_area_ha", Self.bolivia, 2017))
        #expect(law.at("illicit_area_ha", Self.bolivia, 2017) > baseline.at("illicit_area_ha", Self.bolivia, 2017))
    }
}
