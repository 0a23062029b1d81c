import Testing
@testable import BalloonModel

/// Paste and base between producing countries (docs/model.md, "Intermediate trade"): segments like any
/// other, chosen by the route choice, open to interdiction and to closure.
struct IntermediateTradeTests {
    static let pasteSegments = ["PE>CO:paste", "BO>CO:paste", "PE>BO:paste"]

    func closing(_ ids: [String], from year: Int, start: Int = 2000, end: Int = 2012) -> SimulationResults {
        Simulation.run(
            TestConfigurations.quiet(
                start: start, end: end,
                events: [
                    ModelEvent(
                        kind: .routeClosure, target: .edges(ids.map(TestConfigurations.edge)),
                        firstMonth: .of(year: year))
                ]))
    }

    @Test func pasteSegmentsJoinProducingCountriesAndAreOnNoRouteToAMarket() {
        let network = Atlas.standard.network
        #expect(network.pasteEdges.map { network.edges[$0].id }.sorted() == Self.pasteSegments.sorted())
        for route in network.routes {
            #expect(route.edges.allSatisfy { network.edges[$0].product == .hydrochloride })
        }
        for e in network.pasteEdges {
            #expect(network.nodes[network.edges[e].from].kind == .source)
            #expect(network.nodes[network.edges[e].to].kind == .source)
        }
    }

    @Test func peruvianPasteFeedsBolivianLaboratoriesAndClosingTheSegmentStopsIt() {
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2012))
        let closed = closing(["PE>BO:paste"], from: 2005)
        #expect(baseline.at("route_flow_t", "PE>BO:paste", 2008) > 1)
        #expect(closed.at("route_flow_t", "PE>BO:paste", 2008) == 0)
        // Bolivia's laboratories lose Peru's paste: less cocaine there and a dearer source price.
        #expect(closed.at("source_price_usd_per_kg", "BO", 2008) > baseline.at("source_price_usd_per_kg", "BO", 2008))
        // Peru's growers lose an outlet: the leaf is worth less to them, Peru's own HCl is cheaper.
        #expect(closed.at("leaf_price_usd_per_kg", "PE", 2008) < baseline.at("leaf_price_usd_per_kg", "PE", 2008))
        #expect(closed.at("source_price_usd_per_kg", "PE", 2008) < baseline.at("source_price_usd_per_kg", "PE", 2008))
    }

    @Test func interdictingAPasteSegmentSeizesPasteThereAndShrinksTheTrade() {
        let segment = TestConfigurations.edge("PE>BO:paste")
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2010))
        let pressed = Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                actions: [TestConfigurations.action(.interdiction, .edges([segment]), years: 2004...2010, 30)]))
        let share = { (results: SimulationResults) in
            results.at("route_seizures_t", "PE>BO:paste", 2008) / results.at("route_flow_t", "PE>BO:paste", 2008)
        }
        #expect(share(pressed) > share(baseline))
        #expect(pressed.at("route_flow_t", "PE>BO:paste", 2008) < baseline.at("route_flow_t", "PE>BO:paste", 2008))
        // Paste seized in Peru's airspace counts in Peru's seizures.
        #expect(pressed.at("seizures_t", "PE", 2008) > baseline.at("seizures_t", "PE", 2008))
    }

    @Test func aRunFrom1990TradesPasteToColombiaAndTheTradeMovesColombiasPrice() {
        let open = Simulation.run(TestConfigurations.quiet(start: 1990, end: 1994))
        #expect(open.at("route_flow_t", "PE>CO:paste", 1991) > 10)
        let closed = closing(["PE>CO:paste", "BO>CO:paste"], from: 1990, start: 1990, end: 1994)
        #expect(closed.at("route_flow_t", "PE>CO:paste", 1991) == 0)
        // Without Peru's and Bolivia's paste Colombia's laboratories have less to sell.
        #expect(closed.at("source_price_usd_per_kg", "CO", 1992) > open.at("source_price_usd_per_kg", "CO", 1992))
        #expect(closed.at("leaf_price_usd_per_kg", "PE", 1992) < open.at("leaf_price_usd_per_kg", "PE", 1992))
    }

    @Test func pasteSeizedOnTheWayKeepsTheCocaineBooksBalanced() {
        let segment = TestConfigurations.edge("PE>BO:paste")
        let results = Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                actions: [TestConfigurations.action(.interdiction, .edges([segment]), years: 2001...2010, 30)]))
        #expect(results.at("route_seizures_t", "PE>BO:paste", 2005) > 0)
        let violations = ResultInvariants.violations(in: results)
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }
}
