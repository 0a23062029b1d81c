import Testing
@testable import BalloonModel

/// The orders a source's price reads (`sourceBids`, M7): its routes' own orders, plus what buyers turned
/// away at short sources ask of it, and never less than it ships.
struct SourceOrdersTests {
    @Test func aSourceWithStockToSpareIsCountedAsAskedForAtLeastWhatItShips() {
        var simulation = Simulation(configuration: TestConfigurations.quiet(end: 2012))
        var monthsWithSpareBesideAShortage = 0
        var monthsWithBidsBeyondOwnOrders = 0
        for _ in 0..<(13 * 12) {
            simulation.step()
            let sources = simulation.sourceBids.indices.filter { simulation.sourceOffered[$0] > 0 }
            let short = sources.filter { simulation.sourceDemand[$0] >= simulation.sourceOffered[$0] * 0.999 }
            let spare = sources.filter { simulation.sourceDemand[$0] < simulation.sourceOffered[$0] * 0.999 }
            if !short.isEmpty, !spare.isEmpty { monthsWithSpareBesideAShortage += 1 }
            for c in sources {
                #expect(
                    simulation.sourceBids[c] >= simulation.sourceDemand[c], "source \(c) asked for less than it ships")
                if simulation.sourceBids[c] > simulation.sourceDemand[c] * 1.001 { monthsWithBidsBeyondOwnOrders += 1 }
            }
        }
        // The check above means something only where a source with spare fills orders turned away elsewhere.
        #expect(monthsWithSpareBesideAShortage > 0)
        #expect(monthsWithBidsBeyondOwnOrders > 0, "orders turned away at short sources must reach the others")
    }
}
