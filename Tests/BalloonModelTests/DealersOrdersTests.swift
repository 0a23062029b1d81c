import Testing
@testable import BalloonModel

/// Dealers stock and order for what consumers ask at the going price, served or not (M7): a market that
/// went short keeps ordering, so it recovers once supply returns instead of settling at what it was rationed to.
struct DealersOrdersTests {
    static let baseline = Simulation.run(TestConfigurations.quiet(end: 2010))
    /// Every route into the U.S. closed for 2004–2005.
    static let cutOff: SimulationResults = {
        let intoTheUnitedStates = [
            TestConfigurations.edge("CARIBBEAN>US"), TestConfigurations.edge("CENTRAL_AMERICA>US"),
        ]
        return Simulation.run(
            TestConfigurations.quiet(
                end: 2010,
                events: [
                    ModelEvent(
                        kind: .routeClosure, target: .edges(intoTheUnitedStates), firstMonth: .of(year: 2004),
                        lastMonth: .of(year: 2005, month: 12))
                ]))
    }()

    @Test func aMarketCutOffForTwoYearsRecoversOnceItsRoutesReopen() {
        let baseline = Self.baseline, cutOff = Self.cutOff
        // The closure bites: the U.S. goes (nearly) without.
        #expect(cutOff.at("consumption_t", "US", 2005) < 0.05 * baseline.at("consumption_t", "US", 2005))
        // Dealers who ordered only what they had sold would order almost nothing after two dry years.
        for year in 2008...2010 {
            let share = cutOff.at("consumption_t", "US", year) / baseline.at("consumption_t", "US", year)
            #expect(share > 0.5, "U.S. consumption in \(year) is \(share) of the baseline's")
        }
    }

    /// The shortage is reported, not lost: what consumers asked for and could not buy, and the rent on the price.
    @Test func theShortageShowsAsUnmetDemandAndARent() {
        let baseline = Self.baseline, cutOff = Self.cutOff
        let consumed = baseline.at("consumption_t", "US", 2005)
        #expect(baseline.at("unmet_demand_t", "US", 2005) < 0.01 * consumed, "no shortage without the closure")
        #expect(cutOff.at("unmet_demand_t", "US", 2005) > 0.25 * consumed, "consumers still ask while dealers are dry")
        // In the second dry year the rent is near the level empty shelves call for, and never above it.
        let emptyShelves = 1 + ModelParameters().wholesalePriceFlexibility
        #expect(cutOff.at("shortage_rent", "US", 2005) > baseline.at("shortage_rent", "US", 2005) + 0.5)
        for year in 2000...2010 { #expect(cutOff.at("shortage_rent", "US", year) <= emptyShelves) }
        for year in 2000...2010 {
            let markets = ["US", "EU", "SA", "ROW"].map { cutOff.at("unmet_demand_t", $0, year) }.reduce(0, +)
            let world = cutOff.at("unmet_demand_t", "WORLD", year)
            #expect(
                abs(world - markets) <= 1e-9 * max(1, world), "\(year): the world's unmet demand is the markets' sum")
        }
    }
}
