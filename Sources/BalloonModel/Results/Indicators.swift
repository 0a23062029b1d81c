/// The indicators the model reports (MODEL.md section 5). docs/outputs.md describes each.
public enum Indicators {
    /// Every indicator, for file edges that read names (CSV columns, `--output` options).
    public static let all: [Indicator] = [
        cocaArea, illicitArea, legalArea, grossPlanted, newPlantings, replanted, sprayed, eradicatedSpraying,
        eradicatedManual, voluntarilyRemoved, abandoned, reclassified, forestCleared, leafProduction, cocaineProduction,
        displacedHouseholds, farmerIncome, statePresence, armedPresence, herbicide, householdsSprayed, cocaYield,
        leafPrice, sourcePrice, sourceRent, sourceOrders, seizures, traffickingFlow, homicideRate, violenceIndex,
        territorialControl,
        labsDestroyed,
        captures, cocaineStock, losses,
        arrivals, consumption, unmetDemand, shortageRent, lightUsers, heavyUsers, users, retailPrice, purity,
        wholesalePrice, treatmentEpisodes, initiation, routeFlow, routeSeizures, interceptionRate, activeRoutes,
        effectiveRoutes, spending,
        operatingCost, overheadCost,
    ]

    /// Indicators that can be below zero in a valid run (a lower legal limit returns coca to the illicit
    /// area); every other output is non-negative.
    public static let signed: Set<String> = [reclassified.name]

    /// The indicator with this name in files, or nil.
    public static func named(_ name: String) -> Indicator? { all.first { $0.name == name } }

    // Land and farmers: per region, per country and for the Andean total.
    public static let cocaArea = Indicator("coca_area_ha", "ha", .yearEnd)
    public static let illicitArea = Indicator("illicit_area_ha", "ha", .yearEnd)
    public static let legalArea = Indicator("legal_area_ha", "ha", .yearEnd)
    public static let grossPlanted = Indicator("gross_planted_ha", "ha", .sum)
    public static let newPlantings = Indicator("new_plantings_ha", "ha", .sum)
    public static let replanted = Indicator("replanted_ha", "ha", .sum)
    public static let sprayed = Indicator("sprayed_ha", "ha", .sum)
    public static let eradicatedSpraying = Indicator("eradicated_spraying_ha", "ha", .sum)
    public static let eradicatedManual = Indicator("eradicated_manual_ha", "ha", .sum)
    public static let voluntarilyRemoved = Indicator("voluntarily_removed_ha", "ha", .sum)
    public static let abandoned = Indicator("abandoned_ha", "ha", .sum)
    /// Standing coca moved into the legal register by a change in the law (negative when moved out).
    public static let reclassified = Indicator("reclassified_ha", "ha", .sum)
    public static let forestCleared = Indicator("forest_cleared_ha", "ha", .sum)
    public static let leafProduction = Indicator("leaf_production_t", "t", .sum)
    public static let cocaineProduction = Indicator("cocaine_production_t", "t", .sum)
    public static let displacedHouseholds = Indicator("displaced_households", "households", .sum)
    public static let farmerIncome = Indicator("farmer_income_usd", "US$", .sum)
    public static let statePresence = Indicator("state_presence", "index 0-1", .yearEnd)
    public static let armedPresence = Indicator("armed_presence", "index 0-1", .yearEnd)
    public static let herbicide = Indicator("herbicide_litres", "litres", .sum)
    public static let householdsSprayed = Indicator("households_in_sprayed_areas", "households", .sum)
    public static let cocaYield = Indicator("cocaine_yield_kg_per_ha", "kg/ha/yr", .mean)

    // Countries and transit places.
    public static let leafPrice = Indicator("leaf_price_usd_per_kg", "US$/kg leaf", .mean)
    public static let sourcePrice = Indicator("source_price_usd_per_kg", "US$/kg HCl", .mean)
    /// The part of the source price that is the consumer markets' shortage rent, bid back (M7).
    public static let sourceRent = Indicator("source_rent_usd_per_kg", "US$/kg HCl", .mean)
    /// What traffickers asked of a source, filled or not: the orders its price reads (M7).
    public static let sourceOrders = Indicator("source_orders_t", "t", .sum)
    public static let seizures = Indicator("seizures_t", "t", .sum)
    public static let traffickingFlow = Indicator("trafficking_flow_t", "t", .sum)
    public static let homicideRate = Indicator("homicide_rate_per_100k", "per 100,000", .mean)
    /// Violence in a transit zone with no bundled homicide series, relative to the start (M9).
    public static let violenceIndex = Indicator("violence_index", "index, start = 1", .mean)
    public static let territorialControl = Indicator("territorial_control", "share 0-1", .yearEnd)
    public static let labsDestroyed = Indicator("labs_destroyed", "labs", .sum)
    public static let captures = Indicator("leader_captures", "captures", .sum)
    /// Cocaine held at the end of the year: at source (countries) or by dealers (markets); WORLD sums both.
    public static let cocaineStock = Indicator("cocaine_stock_t", "t", .yearEnd)
    /// Cocaine lost from traffickers' stocks at source (spoilage, theft, unrecorded destruction): a
    /// modelled flow with its own parameter, not the residual that balances the books.
    public static let losses = Indicator("cocaine_losses_t", "t", .sum)

    // Markets.
    public static let arrivals = Indicator("arrivals_t", "t pure", .sum)
    public static let consumption = Indicator("consumption_t", "t pure", .sum)
    /// What consumers asked for at the going price and dealers could not sell, their stock gone: the part of a
    /// shortage the price has not yet cleared.
    public static let unmetDemand = Indicator("unmet_demand_t", "t pure", .sum)
    /// The wholesale shortage rent (dealers' wanted stock over their stock, M7): 1 when stocks are at their
    /// normal cover, above 1 in a shortage.
    public static let shortageRent = Indicator("shortage_rent", "ratio, 1 = none", .mean)
    public static let lightUsers = Indicator("light_users", "persons", .yearEnd)
    public static let heavyUsers = Indicator("heavy_users", "persons", .yearEnd)
    public static let users = Indicator("users", "persons", .yearEnd)
    public static let retailPrice = Indicator("retail_price_usd_per_pure_gram", "US$/pure g", .mean)
    public static let purity = Indicator("retail_purity", "share", .mean)
    public static let wholesalePrice = Indicator("wholesale_price_usd_per_kg", "US$/kg pure", .mean)
    public static let treatmentEpisodes = Indicator("treatment_episodes", "episodes", .sum)
    public static let initiation = Indicator("initiation", "persons", .sum)

    // Routes.
    public static let routeFlow = Indicator("route_flow_t", "t", .sum)
    public static let routeSeizures = Indicator("route_seizures_t", "t", .sum)

    // World.
    public static let interceptionRate = Indicator("interception_rate", "share", .yearEnd)
    public static let activeRoutes = Indicator("active_routes", "segments", .mean)
    public static let effectiveRoutes = Indicator("effective_routes", "segments (inverse Simpson)", .mean)

    // Money.
    public static let spending = Indicator("spending_usd", "US$", .sum)
    public static let operatingCost = Indicator("operating_cost_usd", "US$", .sum)
    public static let overheadCost = Indicator("overhead_cost_usd", "US$", .sum)
}
