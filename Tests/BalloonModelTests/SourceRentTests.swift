import Testing

@testable import BalloonModel

/// M7, "Scarcity travels upstream": traffickers who can sell into a market short of cocaine bid part of
/// its shortage rent back for the stock at source, and the rent changes hands without being charged twice.
struct SourceRentTests {
    /// A quiet run two years in, so routes, stocks and prices have settled, with `source_rent_share` set.
    static func settled(rentShare: Double) -> Simulation {
        var configuration = TestConfigurations.quiet(end: 2005)
        configuration.parameters.sourceRentShare = rentShare
        var simulation = Simulation(configuration: configuration)
        for _ in 0..<24 { simulation.step() }
        return simulation
    }

    static let us = Market.unitedStates.rawValue
    static let sources = [Country.colombia, .peru, .bolivia].map(\.rawValue)

    /// The same month run twice: once as it is, once with the U.S. market short (its rent at 2).
    static func monthWithAndWithoutAShortage(rentShare: Double) -> (calm: Simulation, short: Simulation) {
        var calm = settled(rentShare: rentShare)
        var short = calm
        // The state is shared by copies until a step makes it unique; make it so before changing it.
        short.makeStateUnique()
        short.scarcity[us] = 2
        calm.step()
        short.step()
        return (calm, short)
    }

    @Test func aShortMarketsRentIsBidIntoThePriceOfTheSourcesThatShipToIt() {
        let (calm, short) = Self.monthWithAndWithoutAShortage(rentShare: 1)
        for c in [Country.colombia, .peru].map(\.rawValue) {
            let captured = short.sourceRent[c] - calm.sourceRent[c]
            #expect(captured > 1, "source \(c): \(short.sourceRent[c]) vs \(calm.sourceRent[c])")
            #expect(
                short.sourcePrice[c] - calm.sourcePrice[c] > 0.9 * captured,
                "source \(c): the captured rent is part of the price")
        }
        // Bolivia's cocaine goes to Brazil and Europe in this run, not to the U.S.: none of that market's rent.
        let bolivia = Country.bolivia.rawValue
        #expect(short.sourceRent[bolivia] == calm.sourceRent[bolivia])
    }

    @Test func withTheShareAtZeroTheRentStaysWithTheDealers() {
        let (calm, short) = Self.monthWithAndWithoutAShortage(rentShare: 0)
        for c in Self.sources {
            #expect(short.sourceRent[c] == 0 && calm.sourceRent[c] == 0)
        }
    }

    /// The captured rent is reported per country (`source_rent_usd_per_kg`), never more than the price
    /// it is part of, and Ecuador's is Colombia's (its coca is sold into the Colombian pool).
    @Test func theCapturedRentIsReportedAsPartOfTheSourcePrice() {
        var configuration = TestConfigurations.quiet(end: 2012)
        configuration.parameters.sourceRentShare = 1
        let results = Simulation.run(configuration)
        var anyRent = false
        for year in 2000...2012 {
            for country in ["CO", "PE", "BO", "EC"] {
                let rent = results.at("source_rent_usd_per_kg", country, year)
                #expect(rent >= 0 && rent < results.at("source_price_usd_per_kg", country, year))
                anyRent = anyRent || rent > 1
            }
            #expect(
                results.at("source_rent_usd_per_kg", "EC", year) == results.at("source_rent_usd_per_kg", "CO", year))
        }
        #expect(anyRent, "the quiet run's markets are short in some years, so some rent is bid back")
        configuration.parameters.sourceRentShare = 0
        let none = Simulation.run(configuration)
        for year in 2000...2012 { #expect(none.at("source_rent_usd_per_kg", "CO", year) == 0) }
    }

    /// A source that holds a rent sells dearer, and that carries into the routes' delivered cost; the
    /// market's own rent applies to the delivered cost net of it, so the wholesale price the market
    /// clears at does not rise by the rent again.
    @Test func aCapturedRentIsNotChargedTwice() {
        var plain = Self.settled(rentShare: 0)
        var captured = plain
        captured.makeStateUnique()
        let colombia = Country.colombia.rawValue
        let rent = 0.5 * captured.sourcePrice[colombia]
        captured.sourceRent[colombia] += rent
        captured.sourcePrice[colombia] += rent
        plain.step()
        captured.step()
        let table = plain.routeTable
        var routesChecked = 0
        for k in 0..<table.routeCount where table.source[k] == colombia && table.market[k] == Self.us {
            guard plain.routeCost[k].isFinite else { continue }
            routesChecked += 1
            #expect(
                captured.routeCost[k] - plain.routeCost[k] >= 0.99 * rent,
                "route \(k): the dearer source is delivered dearer")
        }
        #expect(routesChecked > 0)
        let net = captured.lastDeliveredCost[Self.us] / plain.lastDeliveredCost[Self.us]
        #expect(abs(net - 1) < 0.005, "net of the captured rent the delivered cost is unchanged: \(net)")
    }
}
