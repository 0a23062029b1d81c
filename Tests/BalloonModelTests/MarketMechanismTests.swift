import RealModule
import Testing
@testable import BalloonModel

struct MarketMechanismTests {
    @Test func closingARouteMovesFlowsToOthersAndLowersTheFarmGatePriceUpstream() {
        let closed = [TestConfigurations.edge("PE>PE_COAST"), TestConfigurations.edge("PE>EC_PORTS")]
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2012))
        let closure = Simulation.run(
            TestConfigurations.quiet(
                end: 2012,
                events: [
                    ModelEvent(kind: .routeClosure, target: .edges(closed), firstMonth: .of(year: 2005))
                ]))
        #expect(closure.at("route_flow_t", "PE>PE_COAST", 2008) == 0)
        #expect(baseline.at("route_flow_t", "PE>PE_COAST", 2008) > 1)
        #expect(closure.at("route_flow_t", "PE>BRAZIL", 2008) > baseline.at("route_flow_t", "PE>BRAZIL", 2008))
        #expect(closure.at("leaf_price_usd_per_kg", "PE", 2007) < baseline.at("leaf_price_usd_per_kg", "PE", 2007))
    }

    @Test(arguments: [1.5, 2.0, 3.0])
    func aPriceRiseLowersConsumptionWithTheStatedElasticity(priceRatio: Double) {
        var simulation = Simulation(configuration: TestConfigurations.quiet())
        let m = Market.unitedStates.rawValue
        let reference = simulation.p.retailPricePerPureGram[m]
        let atReference = simulation.demandedKilograms(market: m, price: reference)
        let atHigher = simulation.demandedKilograms(market: m, price: reference * priceRatio)
        let elasticity = (atHigher / atReference).logarithm / priceRatio.logarithm
        #expect(abs(elasticity - simulation.p.demandElasticity) < 1e-9)
    }

    @Test func interdictionRaisesSeizureOddsOnTheTargetedSegmentAndTraffickersRouteAround() {
        let target = TestConfigurations.edge("CO_PACIFIC>CENTRAL_AMERICA")
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2010))
        let pressed = Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                actions: [
                    TestConfigurations.action(.interdiction, .edges([target]), years: 2004...2010, 1_000)
                ]))
        let id = "CO_PACIFIC>CENTRAL_AMERICA"
        let seizureShare = { (r: SimulationResults, year: Int) in
            r.at("route_seizures_t", id, year) / r.at("route_flow_t", id, year)
        }
        #expect(seizureShare(pressed, 2004) > 1.5 * seizureShare(baseline, 2004), "more effort, higher odds of seizure")
        #expect(pressed.at("route_flow_t", id, 2008) < baseline.at("route_flow_t", id, 2008), "traffickers avoid it")
        #expect(
            pressed.at("route_flow_t", "EC_PORTS>CENTRAL_AMERICA", 2008)
                > baseline.at("route_flow_t", "EC_PORTS>CENTRAL_AMERICA", 2008),
            "and use the neighbouring port instead")
    }

    @Test func interdictionSpendingIsBookedWhereTheSegmentIs() {
        let segments = ["CO>CO_PACIFIC", "CARIBBEAN>US", "VENEZUELA>WEST_AFRICA"]
        let actions = segments.map {
            TestConfigurations.action(.interdiction, .edges([TestConfigurations.edge($0)]), years: 2003...2003, 12)
        }
        let results = Simulation.run(TestConfigurations.quiet(end: 2004, actions: actions))
        for place in ["CO", "US", "TRANSIT"] {
            let booked = results.at("spending_usd", "\(place)/interdiction/host", 2003)
            #expect(abs(booked - 12_000_000) < 1, "\(place) should carry one segment's US$12 M, not \(booked)")
        }
        #expect(results.at("spending_usd", "TOTAL", 2003) == 36_000_000)
    }

    @Test func treatmentMovesHeavyUsersOut() {
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2010))
        let treated = Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                actions: [
                    TestConfigurations.action(.treatment, .market(.unitedStates), years: 2002...2010, 500_000)
                ]))
        #expect(treated.at("heavy_users", "US", 2010) < baseline.at("heavy_users", "US", 2010))
        #expect(
            treated.at("spending_usd", "US/treatment/host", 2005) == 500_000 * ModelParameters().treatmentCostPerEpisode
        )
    }

    @Test func peaceAgreementLowersArmedPresenceAndRaisesTerritorialControl() {
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2012))
        let peace = Simulation.run(
            TestConfigurations.quiet(
                end: 2012,
                events: [
                    ModelEvent(
                        kind: .peaceAgreement, target: .country(.colombia), firstMonth: .of(year: 2005, month: 6))
                ]))
        #expect(peace.at("armed_presence", "CO.META", 2006) < baseline.at("armed_presence", "CO.META", 2006))
        #expect(peace.at("territorial_control", "CO", 2006) > baseline.at("territorial_control", "CO", 2006))
    }
}

private extension Double {
    var logarithm: Double { Double.log(self) }
}
