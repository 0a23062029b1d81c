import Testing
@testable import BalloonModel

struct LandMechanismTests {
    @Test func withNoEnforcementAndConstantPricesTheAreaSettlesToASteadyState() {
        let results = Simulation.run(TestConfigurations.quiet(end: 2040, frozenPrices: true))
        for country in [Country.colombia, .peru, .bolivia] {
            let late = results.at("coca_area_ha", country.code, 2035)
            let last = results.at("coca_area_ha", country.code, 2040)
            #expect(late > 0)
            #expect(abs(last - late) / late < 0.01, "\(country.name) still moving: \(late) → \(last)")
        }
    }

    @Test func forcedEradicationLowersARegionsAreaAndReplantingReturnsMostOfIt() {
        let vraem = TestConfigurations.region("PE.VRAEM")
        let baseline = Simulation.run(TestConfigurations.quiet(frozenPrices: true))
        let eradicated = Simulation.run(
            TestConfigurations.quiet(
                frozenPrices: true,
                actions: [
                    TestConfigurations.action(.manualEradication, .region(vraem), years: 2005...2005, 10_000)
                ]))
        let id = "PE.VRAEM"
        let dropAtEnd2005 = baseline.at("coca_area_ha", id, 2005) - eradicated.at("coca_area_ha", id, 2005)
        let gapIn2008 = baseline.at("coca_area_ha", id, 2008) - eradicated.at("coca_area_ha", id, 2008)
        #expect(dropAtEnd2005 > 1_000, "eradication should cut the area in the short run")
        #expect(gapIn2008 < 0.5 * dropAtEnd2005, "replanting should return most of the area within three years")
        #expect(
            eradicated.at("replanted_ha", id, 2005) + eradicated.at("replanted_ha", id, 2006) > 0.3
                * eradicated.at("eradicated_manual_ha", id, 2005))
    }

    @Test func aPaidVoluntaryProgrammeKeepsReplantingLowWhilePaymentsFlow() {
        let region = TestConfigurations.region("CO.META")
        let forced = Simulation.run(
            TestConfigurations.quiet(
                frozenPrices: true,
                actions: [
                    TestConfigurations.action(.manualEradication, .region(region), years: 2003...2004, 6_000)
                ]))
        let voluntary = Simulation.run(
            TestConfigurations.quiet(
                frozenPrices: true,
                actions: [
                    TestConfigurations.action(.voluntarySubstitution, .region(region), years: 2003...2004, 12_000)
                ]))
        let id = "CO.META"
        let baseline = Simulation.run(TestConfigurations.quiet(frozenPrices: true))
        func extra(_ results: SimulationResults, _ indicator: String, _ years: ClosedRange<Int>) -> Double {
            years.reduce(0) { $0 + results.at(indicator, id, $1) - baseline.at(indicator, id, $1) }
        }
        let removed = extra(voluntary, "voluntarily_removed_ha", 2003...2004)
        let killed = extra(forced, "eradicated_manual_ha", 2003...2004)
        #expect(removed > 3_000)
        // While families are paid (2003–2004), hardly any of their land is replanted.
        let voluntaryReplant = extra(voluntary, "replanted_ha", 2003...2004)
        #expect(voluntaryReplant / removed < 0.05, "replanting while paid: \(voluntaryReplant) of \(removed)")
        // Forced eradication over the same years is mostly replanted within two years.
        let forcedReplant = extra(forced, "replanted_ha", 2003...2006)
        #expect(forcedReplant / killed > 0.4, "forced eradication is mostly replanted: \(forcedReplant) of \(killed)")
    }

    @Test func sprayingBanStopsSprayingAndTheBorderBandShieldsItsShare() {
        let spraying = TestConfigurations.action(.aerialSpraying, .country(.colombia), years: 2002...2010, 100_000)
        let open = Simulation.run(TestConfigurations.quiet(actions: [spraying]))
        let banned = Simulation.run(
            TestConfigurations.quiet(
                actions: [spraying],
                events: [
                    ModelEvent(kind: .sprayingBan, target: .country(.colombia), firstMonth: .of(year: 2006))
                ]))
        let band = Simulation.run(
            TestConfigurations.quiet(
                actions: [spraying],
                events: [
                    ModelEvent(kind: .borderNoSprayBand, target: .country(.colombia), firstMonth: .of(year: 2002))
                ]))
        #expect(open.at("sprayed_ha", "CO", 2007) > 90_000)
        #expect(banned.at("sprayed_ha", "CO", 2007) == 0)
        #expect(banned.at("sprayed_ha", "CO", 2005) > 90_000)
        let bandShare =
            band.at("eradicated_spraying_ha", "CO.PUTUMAYO", 2003)
            / open.at("eradicated_spraying_ha", "CO.PUTUMAYO", 2003)
        #expect(bandShare < 1)
        #expect(band.at("eradicated_spraying_ha", "CO.CENTRAL", 2003) > 0)
    }

    @Test func eradicationInPeruPushesCultivationIntoColombia() {
        let baseline = Simulation.run(TestConfigurations.quiet())
        let squeezed = Simulation.run(
            TestConfigurations.quiet(actions: [
                TestConfigurations.action(.manualEradication, .country(.peru), years: 2005...2015, 40_000)
            ]))
        #expect(squeezed.at("coca_area_ha", "PE", 2012) < baseline.at("coca_area_ha", "PE", 2012))
        #expect(squeezed.at("coca_area_ha", "CO", 2012) > baseline.at("coca_area_ha", "CO", 2012))
        #expect(squeezed.at("source_price_usd_per_kg", "PE", 2010) > baseline.at("source_price_usd_per_kg", "PE", 2010))
    }
}
