import BalloonModel

/// Every outcome the response-sign cells read, through typed keys (`Indicators`, `Place`).
///
/// Each outcome is a small function `(SimulationResults, years) -> Double`: the annual values of
/// one series (or the sum of several places) averaged over the years of the horizon. A missing
/// series gives NaN, which makes the member's measure not computable rather than zero.
enum ResponseSignOutcomes {
    typealias Outcome = @Sendable (SimulationResults, ClosedRange<Int>) -> Double

    /// The mean over `years` of one series' annual values.
    static func mean(_ indicator: Indicator, _ place: Place, _ results: SimulationResults, _ years: ClosedRange<Int>)
        -> Double
    {
        var total = 0.0
        for year in years {
            guard let value = results.value(indicator, place, year: year) else { return .nan }
            total += value
        }
        return total / Double(years.count)
    }

    static func series(_ indicator: Indicator, _ places: [Place]) -> Outcome {
        { results, years in places.reduce(0) { $0 + mean(indicator, $1, results, years) } }
    }

    // Land, by Andean country (year-end stocks and annual flows).
    static func cocaArea(_ countries: Country...) -> Outcome {
        series(Indicators.cocaArea, countries.map(Place.country))
    }
    static let andeanCocaArea: Outcome = series(Indicators.cocaArea, [.andean])
    static func illicitArea(_ country: Country) -> Outcome { series(Indicators.illicitArea, [.country(country)]) }
    static func legalArea(_ country: Country) -> Outcome { series(Indicators.legalArea, [.country(country)]) }
    static func sprayed(_ country: Country) -> Outcome { series(Indicators.sprayed, [.country(country)]) }
    static func forestCleared(_ country: Country) -> Outcome { series(Indicators.forestCleared, [.country(country)]) }
    static func newPlantings(_ country: Country) -> Outcome { series(Indicators.newPlantings, [.country(country)]) }
    static func replanted(_ country: Country) -> Outcome { series(Indicators.replanted, [.country(country)]) }
    static func voluntarilyRemoved(_ country: Country) -> Outcome {
        series(Indicators.voluntarilyRemoved, [.country(country)])
    }
    static func eradicatedManually(_ country: Country) -> Outcome {
        series(Indicators.eradicatedManual, [.country(country)])
    }
    static func cocaineProduction(_ country: Country) -> Outcome {
        series(Indicators.cocaineProduction, [.country(country)])
    }
    static let worldCocaineProduction: Outcome = series(Indicators.cocaineProduction, [.world])

    // Prices and violence, by Andean country.
    static func leafPrice(_ country: Country) -> Outcome { series(Indicators.leafPrice, [.country(country)]) }
    static func sourcePrice(_ country: Country) -> Outcome { series(Indicators.sourcePrice, [.country(country)]) }
    static func homicideRate(_ country: Country) -> Outcome { series(Indicators.homicideRate, [.country(country)]) }
    /// The transit zone's violence index (M9): Central America has no bundled homicide series.
    static let centralAmericaViolence: Outcome = series(Indicators.violenceIndex, [.transit("CENTRAL_AMERICA")])
    /// The unweighted mean of the three producers' farm-gate leaf prices.
    static let producerLeafPrice: Outcome = { results, years in
        [Country.colombia, .peru, .bolivia].reduce(0) { $0 + mean(Indicators.leafPrice, .country($1), results, years) }
            / 3
    }

    // Consumer markets.
    static func consumption(_ market: Market) -> Outcome { series(Indicators.consumption, [.market(market)]) }
    static let worldConsumption: Outcome = series(Indicators.consumption, [.world])
    static let arrivalsEverywhere: Outcome = series(Indicators.arrivals, Market.allCases.map(Place.market))
    static func retailPrice(_ market: Market) -> Outcome { series(Indicators.retailPrice, [.market(market)]) }
    static func wholesalePrice(_ market: Market) -> Outcome { series(Indicators.wholesalePrice, [.market(market)]) }
    static func purity(_ market: Market) -> Outcome { series(Indicators.purity, [.market(market)]) }
    static func users(_ market: Market) -> Outcome { series(Indicators.users, [.market(market)]) }
    static func heavyUsers(_ market: Market) -> Outcome { series(Indicators.heavyUsers, [.market(market)]) }
    static func initiation(_ market: Market) -> Outcome { series(Indicators.initiation, [.market(market)]) }

    // Route segments, by segment id.
    static func routeFlow(_ segmentIDs: [String]) -> Outcome {
        series(Indicators.routeFlow, segmentIDs.map(Place.segment))
    }
    static func routeSeizures(_ segmentIDs: [String]) -> Outcome {
        series(Indicators.routeSeizures, segmentIDs.map(Place.segment))
    }
    /// Cocaine that got past the segments: what entered them less what was seized on them.
    static func deliveredPast(_ segmentIDs: [String]) -> Outcome {
        { results, years in routeFlow(segmentIDs)(results, years) - routeSeizures(segmentIDs)(results, years) }
    }
}
