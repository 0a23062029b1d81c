import BalloonModel

/// Every outcome the response-sign cells read, and the only file that looks series up by name.
///
/// Each outcome is a small function `(SimulationResults, years) -> Double`: the annual values of
/// one series (or the sum of several places) averaged over the years of the horizon. A missing
/// series gives NaN, which makes the member's measure not computable rather than zero.
enum ResponseSignOutcomes {
    typealias Outcome = @Sendable (SimulationResults, ClosedRange<Int>) -> Double

    /// The mean over `years` of one series' annual values.
    static func mean(_ indicator: String, _ place: String, _ results: SimulationResults, _ years: ClosedRange<Int>) -> Double {
        var total = 0.0
        for year in years {
            guard let value = results.value(indicator, place, year: year) else { return .nan }
            total += value
        }
        return total / Double(years.count)
    }

    static func series(_ indicator: String, _ places: [String]) -> Outcome {
        { results, years in places.reduce(0) { $0 + mean(indicator, $1, results, years) } }
    }

    // Land, by Andean country (year-end stocks and annual flows).
    static func cocaArea(_ countries: Country...) -> Outcome { series("coca_area_ha", countries.map(\.code)) }
    static let andeanCocaArea: Outcome = series("coca_area_ha", ["ANDEAN"])
    static func illicitArea(_ country: Country) -> Outcome { series("illicit_area_ha", [country.code]) }
    static func legalArea(_ country: Country) -> Outcome { series("legal_area_ha", [country.code]) }
    static func sprayed(_ country: Country) -> Outcome { series("sprayed_ha", [country.code]) }
    static func forestCleared(_ country: Country) -> Outcome { series("forest_cleared_ha", [country.code]) }
    static func newPlantings(_ country: Country) -> Outcome { series("new_plantings_ha", [country.code]) }
    static func replanted(_ country: Country) -> Outcome { series("replanted_ha", [country.code]) }
    static func voluntarilyRemoved(_ country: Country) -> Outcome { series("voluntarily_removed_ha", [country.code]) }
    static func eradicatedManually(_ country: Country) -> Outcome { series("eradicated_manual_ha", [country.code]) }
    static func cocaineProduction(_ country: Country) -> Outcome { series("cocaine_production_t", [country.code]) }
    static let worldCocaineProduction: Outcome = series("cocaine_production_t", ["WORLD"])

    // Prices and violence, by Andean country.
    static func leafPrice(_ country: Country) -> Outcome { series("leaf_price_usd_per_kg", [country.code]) }
    static func sourcePrice(_ country: Country) -> Outcome { series("source_price_usd_per_kg", [country.code]) }
    static func homicideRate(_ country: Country) -> Outcome { series("homicide_rate_per_100k", [country.code]) }
    /// The unweighted mean of the three producers' farm-gate leaf prices.
    static let producerLeafPrice: Outcome = { results, years in
        [Country.colombia, .peru, .bolivia].reduce(0) { $0 + mean("leaf_price_usd_per_kg", $1.code, results, years) } / 3
    }

    // Consumer markets.
    static func consumption(_ market: Market) -> Outcome { series("consumption_t", [market.code]) }
    static let worldConsumption: Outcome = series("consumption_t", ["WORLD"])
    static let arrivalsEverywhere: Outcome = series("arrivals_t", Market.allCases.map(\.code))
    static func retailPrice(_ market: Market) -> Outcome { series("retail_price_usd_per_pure_gram", [market.code]) }
    static func wholesalePrice(_ market: Market) -> Outcome { series("wholesale_price_usd_per_kg", [market.code]) }
    static func purity(_ market: Market) -> Outcome { series("retail_purity", [market.code]) }
    static func users(_ market: Market) -> Outcome { series("users", [market.code]) }
    static func heavyUsers(_ market: Market) -> Outcome { series("heavy_users", [market.code]) }
    static func initiation(_ market: Market) -> Outcome { series("initiation", [market.code]) }

    // Route segments, by segment id.
    static func routeFlow(_ segmentIDs: [String]) -> Outcome { series("route_flow_t", segmentIDs) }
    static func routeSeizures(_ segmentIDs: [String]) -> Outcome { series("route_seizures_t", segmentIDs) }
    /// Cocaine that got past the segments: what entered them less what was seized on them.
    static func deliveredPast(_ segmentIDs: [String]) -> Outcome {
        { results, years in routeFlow(segmentIDs)(results, years) - routeSeizures(segmentIDs)(results, years) }
    }
}
