import BalloonModel

/// One series a paired comparison reports: an indicator at a place, read from the model's series
/// (summed when the place is an aggregate the model does not report itself, e.g. users in all markets).
public struct ComparedSeries: Sendable, Codable, Equatable {
    public let indicator: String
    public let place: String
    public let unit: String
    /// Label for the console table.
    public let label: String
    /// Slots in `SimulationResults` whose values are summed.
    let slots: [Int]

    /// The value in year `yearIndex` of `results`.
    func value(in results: SimulationResults, yearIndex: Int) -> Double {
        var total = 0.0
        for slot in slots { total += results.values[slot * results.years.count + yearIndex] }
        return total
    }

    /// Whether the console table shows this series even when it is zero (the core of the balloon).
    var isCore: Bool { !indicator.hasPrefix("spending") || place == "TOTAL" }
}

/// The series MODEL.md §5 asks a comparison to report: coca area by country (where the area went),
/// cocaine reaching each consumer market, retail prices, users, homicides, forest cleared,
/// households in sprayed areas, and spending by place, instrument and payer.
enum ComparedSeriesCatalog {
    /// Places of aggregates built here by summing model series.
    static let allMarkets = "ALL_MARKETS"
    static let byInstrument = "BY_INSTRUMENT/"
    static let byPayer = "BY_PAYER/"

    static func build(keys: [SeriesKey], units: [String]) -> [ComparedSeries] {
        var slotOf: [SeriesKey: Int] = [:]
        for (slot, key) in keys.enumerated() { slotOf[key] = slot }
        var series: [ComparedSeries] = []
        func add(_ label: String, _ indicator: String, _ place: String) {
            guard let slot = slotOf[SeriesKey(indicator, place)] else { return }
            series.append(ComparedSeries(indicator: indicator, place: place, unit: units[slot], label: label, slots: [slot]))
        }
        func addSum(_ label: String, _ indicator: String, _ place: String, _ parts: [Int]) {
            guard let first = parts.first else { return }
            series.append(ComparedSeries(indicator: indicator, place: place, unit: units[first], label: label, slots: parts))
        }
        let countries = Country.allCases, markets = Market.allCases
        for country in countries { add("Coca area, \(country.name)", "coca_area_ha", country.code) }
        add("Coca area, Andean total", "coca_area_ha", "ANDEAN")
        for market in markets { add("Cocaine consumed, \(market.name)", "consumption_t", market.code) }
        add("Cocaine consumed, world", "consumption_t", "WORLD")
        for market in markets { add("Retail price per pure g, \(market.name)", "retail_price_usd_per_pure_gram", market.code) }
        for market in markets { add("Users, \(market.name)", "users", market.code) }
        addSum("Users, all markets", "users", allMarkets, markets.compactMap { slotOf[SeriesKey("users", $0.code)] })
        for country in countries { add("Homicides per 100k, \(country.name)", "homicide_rate_per_100k", country.code) }
        for country in countries { add("Forest cleared, \(country.name)", "forest_cleared_ha", country.code) }
        add("Forest cleared, Andean total", "forest_cleared_ha", "ANDEAN")
        for country in countries { add("Households in sprayed areas, \(country.name)", "households_in_sprayed_areas", country.code) }
        add("Households in sprayed areas, Andean", "households_in_sprayed_areas", "ANDEAN")

        // Spending: total, by instrument and by payer over all places, by place, and every split.
        let spendingSplits = keys.indices.filter { keys[$0].indicator == "spending_usd" && keys[$0].place.split(separator: "/").count == 3 }
        add("Spending, total", "spending_usd", "TOTAL")
        for instrument in Instrument.allCases {
            addSum("Spending on \(instrument.rawValue)", "spending_usd", byInstrument + instrument.rawValue,
                   spendingSplits.filter { keys[$0].place.split(separator: "/")[1] == instrument.rawValue })
        }
        for payer in Payer.allCases {
            addSum("Spending paid by \(payer.code)", "spending_usd", byPayer + payer.code,
                   spendingSplits.filter { keys[$0].place.split(separator: "/")[2] == payer.code })
        }
        for country in countries { add("Spending in \(country.name)", "spending_usd", country.code) }
        for market in markets { add("Spending in \(market.name)", "spending_usd", market.code) }
        for slot in spendingSplits { add("Spending \(keys[slot].place)", "spending_usd", keys[slot].place) }
        return series
    }
}
