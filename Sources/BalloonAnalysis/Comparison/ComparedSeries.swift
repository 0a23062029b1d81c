import BalloonModel

/// One series a paired comparison reports: an indicator at a place, read from the model's series
/// (summed when the place is an aggregate the model does not report itself, e.g. users in all markets).
package struct ComparedSeries: Sendable, Codable, Equatable {
    package let indicator: String
    package let place: String
    package let unit: String
    /// Label for the console table.
    package let label: String
    /// Slots in `SimulationResults` whose values are summed.
    let slots: [Int]

    /// The value in year `yearIndex` of `results`.
    func value(in results: SimulationResults, yearIndex: Int) -> Double {
        var total = 0.0
        for slot in slots { total += results.values[slot * results.years.count + yearIndex] }
        return total
    }

    /// Whether the console table shows this series even when it is zero (the core of the balloon).
    var isCore: Bool { indicator != Indicators.spending.name || place == Place.total.code }
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
        func add(_ label: String, _ indicator: Indicator, _ place: Place) {
            guard let slot = slotOf[SeriesKey(indicator, place)] else { return }
            series.append(
                ComparedSeries(
                    indicator: indicator.name, place: place.code, unit: units[slot], label: label, slots: [slot]))
        }
        /// A sum the model does not report itself, under a place name of its own (`ALL_MARKETS`, `BY_PAYER/US`).
        func addSum(_ label: String, _ indicator: Indicator, _ place: String, _ parts: [Int]) {
            guard let first = parts.first else { return }
            series.append(
                ComparedSeries(indicator: indicator.name, place: place, unit: units[first], label: label, slots: parts))
        }
        let countries = Country.allCases, markets = Market.allCases
        for country in countries { add("Coca area, \(country.name)", Indicators.cocaArea, .country(country)) }
        add("Coca area, Andean total", Indicators.cocaArea, .andean)
        for market in markets { add("Cocaine consumed, \(market.name)", Indicators.consumption, .market(market)) }
        add("Cocaine consumed, world", Indicators.consumption, .world)
        for market in markets {
            add("Retail price per pure g, \(market.name)", Indicators.retailPrice, .market(market))
        }
        for market in markets { add("Users, \(market.name)", Indicators.users, .market(market)) }
        addSum(
            "Users, all markets", Indicators.users, allMarkets,
            markets.compactMap { slotOf[SeriesKey(Indicators.users, .market($0))] })
        for country in countries {
            add("Homicides per 100k, \(country.name)", Indicators.homicideRate, .country(country))
        }
        for country in countries { add("Forest cleared, \(country.name)", Indicators.forestCleared, .country(country)) }
        add("Forest cleared, Andean total", Indicators.forestCleared, .andean)
        for country in countries {
            add("Households in sprayed areas, \(country.name)", Indicators.householdsSprayed, .country(country))
        }
        add("Households in sprayed areas, Andean", Indicators.householdsSprayed, .andean)

        // Spending: total, by instrument and by payer over all places, by place, and every split.
        let spendingSplits = keys.indices.filter {
            keys[$0].indicator == Indicators.spending.name && keys[$0].place.split(separator: "/").count == 3
        }
        add("Spending, total", Indicators.spending, .total)
        for instrument in Instrument.allCases {
            addSum(
                "Spending on \(instrument.rawValue)", Indicators.spending, byInstrument + instrument.rawValue,
                spendingSplits.filter { keys[$0].place.split(separator: "/")[1] == instrument.rawValue })
        }
        for payer in Payer.allCases {
            addSum(
                "Spending paid by \(payer.code)", Indicators.spending, byPayer + payer.code,
                spendingSplits.filter { keys[$0].place.split(separator: "/")[2] == payer.code })
        }
        for country in countries { add("Spending in \(country.name)", Indicators.spending, .country(country)) }
        for market in markets { add("Spending in \(market.name)", Indicators.spending, .market(market)) }
        for slot in spendingSplits {
            series.append(
                ComparedSeries(
                    indicator: keys[slot].indicator, place: keys[slot].place, unit: units[slot],
                    label: "Spending \(keys[slot].place)", slots: [slot]))
        }
        return series
    }
}
