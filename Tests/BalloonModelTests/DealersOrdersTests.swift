import Testing
@testable import BalloonModel

/// Dealers stock and order for what consumers ask at the going price, served or not (M7): a market that
/// went short keeps ordering, so it recovers once supply returns instead of settling at what it was rationed to.
struct DealersOrdersTests {
    @Test func aMarketCutOffForTwoYearsRecoversOnceItsRoutesReopen() {
        let intoTheUnitedStates = [
            TestConfigurations.edge("CARIBBEAN>US"), TestConfigurations.edge("CENTRAL_AMERICA>US"),
        ]
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2010))
        let cutOff = Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                events: [
                    ModelEvent(
                        kind: .routeClosure, target: .edges(intoTheUnitedStates), firstMonth: .of(year: 2004),
                        lastMonth: .of(year: 2005, month: 12))
                ]))
        // The closure bites: the U.S. goes (nearly) without.
        #expect(cutOff.at("consumption_t", "US", 2005) < 0.05 * baseline.at("consumption_t", "US", 2005))
        // Dealers who ordered only what they had sold would order almost nothing after two dry years.
        for year in 2008...2010 {
            let share = cutOff.at("consumption_t", "US", year) / baseline.at("consumption_t", "US", year)
            #expect(share > 0.5, "U.S. consumption in \(year) is \(share) of the baseline's")
        }
    }
}
