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

    @Test func theYearsOrdersAreReportedAsSourceOrdersAndEcuadorsCountInColombias() {
        let years = 2000...2012
        var simulation = Simulation(configuration: TestConfigurations.quiet(end: years.upperBound))
        let countries = Country.allCases.count
        var asked = [[Double]](repeating: [Double](repeating: 0, count: countries), count: years.count)
        var shipped = asked
        for month in 0..<(years.count * 12) {
            simulation.step()
            for c in 0..<countries {
                asked[month / 12][c] += simulation.sourceBids[c] / 1_000
                shipped[month / 12][c] += simulation.sourceDemand[c] / 1_000
            }
        }
        let results = simulation.results
        var yearsOrderedBeyondShipments = 0
        for (index, year) in years.enumerated() {
            for country in [Country.colombia, .peru, .bolivia] {
                let reported = results.at("source_orders_t", country.code, year)
                let expected = asked[index][country.rawValue]
                #expect(abs(reported - expected) < 1e-9 * max(1, reported), "\(country.code) \(year)")
                #expect(reported > 0, "every source is asked for cocaine in a quiet run")
                if expected > shipped[index][country.rawValue] * 1.001 { yearsOrderedBeyondShipments += 1 }
            }
            #expect(results.at("source_orders_t", "EC", year) == 0)
        }
        // The series is the orders, not what was filled: somewhere a source is asked for more than it ships.
        #expect(yearsOrderedBeyondShipments > 0)
    }
}
