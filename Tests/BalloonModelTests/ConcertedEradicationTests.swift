import Testing

@testable import BalloonModel

/// Concerted eradication (M4): coca removed by agreement with growers' unions, Bolivia's cato at work.
/// It is replanted at its own, community-enforced probability, not at forced eradication's (SF15), and
/// it teaches growers no risk of losing fields.
struct ConcertedEradicationTests {
    static let chapare = TestConfigurations.region("BO.CHAPARE")

    static func agreed(_ hectares: Double, years: ClosedRange<Int>) -> PolicyAction {
        TestConfigurations.action(.concertedEradication, .region(chapare), years: years, hectares)
    }

    @Test func agreedRemovalIsReplantedAtItsOwnProbabilityNotTheForcedOne() {
        let configuration = TestConfigurations.quiet(
            end: 2006, frozenPrices: true, actions: [Self.agreed(1_000, years: 2003...2003)])
        let parameters = configuration.parameters
        #expect(parameters.concertedReplantProbability < parameters.forcedReplantProbability)
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2006, frozenPrices: true))
        let agreed = Simulation.run(configuration)
        let id = "BO.CHAPARE"
        let removed =
            agreed.at("voluntarily_removed_ha", id, 2003) - baseline.at("voluntarily_removed_ha", id, 2003)
        let replanted = agreed.at("replanted_ha", id, 2003) - baseline.at("replanted_ha", id, 2003)
        // Saturating: a little less than agreed, since each month's removal thins what is left.
        #expect(removed > 800 && removed <= 1_000, "removed \(removed) of 1,000 agreed")
        #expect(abs(replanted / removed - parameters.concertedReplantProbability) < 1e-9)
        // Nothing enters forced eradication's books.
        #expect(agreed.at("eradicated_manual_ha", id, 2003) == baseline.at("eradicated_manual_ha", id, 2003))
    }

    @Test func agreedRemovalTeachesNoRiskWhereForcedRemovalDoes() {
        let r = Self.chapare
        var agreed = Simulation(
            configuration: TestConfigurations.quiet(end: 2001, actions: [Self.agreed(4_000, years: 2000...2000)]))
        var forced = Simulation(
            configuration: TestConfigurations.quiet(
                end: 2001,
                actions: [TestConfigurations.action(.manualEradication, .region(r), years: 2000...2000, 4_000)]))
        for _ in 0..<12 {
            agreed.step()
            forced.step()
        }
        #expect(agreed.hazard[r] == 0)
        #expect(forced.hazard[r] > 0.01)
    }

    @Test func agreeingToRemoveMoreThanStandsRemovesWhatStandsAndNoMore() {
        let r = Self.chapare
        var simulation = Simulation(
            configuration: TestConfigurations.quiet(end: 2002, actions: [Self.agreed(1e9, years: 2000...2002)]))
        let standingAtStart = simulation.matureHectares[r] + simulation.immatureHectares[r]
        #expect(standingAtStart > 0)
        for _ in 0..<36 {
            simulation.step()
            #expect(simulation.matureHectares[r] >= 0 && simulation.immatureHectares[r] >= 0)
        }
        let results = simulation.results
        let id = "BO.CHAPARE"
        // No more is removed than stood at the start and was planted during the year.
        let removed = results.at("voluntarily_removed_ha", id, 2000)
        let planted = results.at("gross_planted_ha", id, 2000)
        #expect(removed <= standingAtStart + planted + 1e-6, "removed \(removed); stood \(standingAtStart)")
        #expect(removed > 0.9 * standingAtStart, "an agreement this large removes nearly all that stands")
    }
}
