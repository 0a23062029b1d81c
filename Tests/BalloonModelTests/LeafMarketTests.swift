import RealModule
import Testing
@testable import BalloonModel

/// The leaf market (docs/model.md, M5): the month's harvest clears against laboratory capacity, and
/// the raid risk comes off what laboratories can pay.
struct LeafMarketTests {
    /// A simulation whose Colombian pool has known capacity, raid share and source price.
    func colombianPool(capacity: Double, raidShare: Double, sourcePrice: Double = 2_000) -> Simulation {
        var simulation = Simulation(configuration: TestConfigurations.quiet())
        let c = Country.colombia.rawValue
        simulation.labCapacity[c] = capacity
        simulation.labRaidShare[c] = raidShare
        simulation.sourcePrice[c] = sourcePrice
        return simulation
    }

    @Test func atCapacityTheLeafGetsItsValueShareOfTheNetValue() {
        var simulation = colombianPool(capacity: 50_000, raidShare: 0.1)
        let value = simulation.clearingLeafValue(pool: Country.colombia.rawValue, harvest: 50_000)
        let expected = 2_000 * 0.9 * simulation.p.leafValueShare
        #expect(abs(value - expected) < 1e-9 * expected)
    }

    @Test(arguments: [0.5, 0.8, 0.95])
    func aShortHarvestRaisesTheLeafPriceAndAGlutLowersIt(harvestShare: Double) {
        var simulation = colombianPool(capacity: 50_000, raidShare: 0)
        let c = Country.colombia.rawValue
        let normal = simulation.clearingLeafValue(pool: c, harvest: 50_000)
        #expect(simulation.clearingLeafValue(pool: c, harvest: 50_000 * harvestShare) > normal)
        #expect(simulation.clearingLeafValue(pool: c, harvest: 50_000 / harvestShare) < normal)
    }

    @Test(arguments: [1e-9, 1e-3, 1.0, 1e3, 1e9])
    func theLeafNeverCostsMoreThanItsCocaineFetchesNorLessThanNothing(capacityOverHarvest: Double) {
        var simulation = colombianPool(capacity: 50_000 * capacityOverHarvest, raidShare: 0.2)
        let value = simulation.clearingLeafValue(pool: Country.colombia.rawValue, harvest: 50_000)
        #expect(value.isFinite)
        #expect(value >= 0)
        #expect(value <= 2_000 * 0.8)
    }

    @Test func aHigherRaidRiskLowersWhatLaboratoriesPayForLeaf() {
        let c = Country.colombia.rawValue
        var calmPool = colombianPool(capacity: 50_000, raidShare: 0.05)
        var raidedPool = colombianPool(capacity: 50_000, raidShare: 0.25)
        let calm = calmPool.clearingLeafValue(pool: c, harvest: 50_000)
        let raided = raidedPool.clearingLeafValue(pool: c, harvest: 50_000)
        #expect(raided < calm)
        #expect(abs(raided / calm - 0.75 / 0.95) < 1e-9)
    }

    @Test func sprayingRaisesTheLeafPriceAndLabRaidsLowerIt() {
        let colombia = PolicyTarget.country(.colombia)
        let baseline = Simulation.run(TestConfigurations.quiet(end: 2011))
        let sprayed = Simulation.run(
            TestConfigurations.quiet(
                end: 2011, actions: [TestConfigurations.action(.aerialSpraying, colombia, years: 2010...2011, 60_000)]))
        let raided = Simulation.run(
            TestConfigurations.quiet(
                end: 2011, actions: [TestConfigurations.action(.labDestruction, colombia, years: 2010...2011, 4_000)]))
        let leaf = { (results: SimulationResults) in results.at("leaf_price_usd_per_kg", "CO", 2010) }
        #expect(leaf(sprayed) > leaf(baseline), "a smaller harvest against the same laboratories")
        #expect(leaf(raided) < leaf(baseline), "processing riskier, leaf worth less")
    }

    @Test func ecuadorsCocaSellsAtColombiasLeafPriceAndItsRaidsHitThePooledStock() {
        let results = Simulation.run(
            TestConfigurations.quiet(
                end: 2003,
                actions: [TestConfigurations.action(.labDestruction, .country(.ecuador), years: 2001...2003, 120)]))
        #expect(results.at("leaf_price_usd_per_kg", "EC", 2002) > 0)
        let perKg = { (country: Country) in
            let c = country.rawValue
            return results.at("leaf_price_usd_per_kg", country.code, 2002)
                * ModelParameters().leafYieldKgPerHectare[c] / ModelParameters().cocaineYieldKgPerHectare[c]
        }
        #expect(abs(perKg(.ecuador) - perKg(.colombia)) < 1e-9 * perKg(.colombia))
        // 120 labs a year of 50 kg: the raids find cocaine because they draw on Colombia's stock.
        #expect(results.at("seizures_t", "EC", 2002) >= 120 * ModelParameters().kilogramsPerLab / 1_000 * 0.99)
    }
}
