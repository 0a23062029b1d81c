import RealModule
import Testing
@testable import BalloonModel

/// M9: violence over the value of the trade (docs/model.md).
struct ViolenceMechanismTests {
    @Test func theContestedRentRisesWithPriceAndFlowAndIsZeroAtTheStart() {
        let simulation = Simulation(configuration: TestConfigurations.quiet())
        #expect(simulation.contestedRentLog(flow: 5_000, reference: 5_000, priceIndex: 1) == 0)
        #expect(simulation.contestedRentLog(flow: 5_000, reference: 5_000, priceIndex: 1.2) > 0)
        #expect(simulation.contestedRentLog(flow: 6_000, reference: 5_000, priceIndex: 1) > 0)
        // A shortage that cuts flow 10% and raises the price 20% raises the rent (inelastic demand, A27).
        #expect(simulation.contestedRentLog(flow: 4_500, reference: 5_000, priceIndex: 1.2) > 0)
        #expect(simulation.contestedRentLog(flow: 0, reference: 0, priceIndex: 1).isFinite)
    }

    @Test func centralAmericasIndexStartsAtOneAndFallsWhenItsRoutesClose() {
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2004))
        let intoCentralAmerica = ["CO_PACIFIC>CENTRAL_AMERICA", "EC_PORTS>CENTRAL_AMERICA", "PE_COAST>CENTRAL_AMERICA"]
        let closed = Simulation.run(
            TestConfigurations.quiet(
                end: 2004,
                events: [
                    ModelEvent(
                        kind: .routeClosure, target: .edges(intoCentralAmerica.map(TestConfigurations.edge)),
                        firstMonth: .of(year: 2002))
                ]))
        let index = { (results: SimulationResults, year: Int) in
            results.at("violence_index", "CENTRAL_AMERICA", year)
        }
        #expect(abs(index(baseline, 2000) - 1) < 0.1)
        #expect(index(closed, 2003) < index(baseline, 2003))
    }
}
