import RealModule

extension Simulation {
    /// Start areas from the scenario or bundled history, then set each region's carrying area so the
    /// start is a stock equilibrium under the start year's policies (docs/model.md, "Initialisation").
    mutating func initialiseLand() {
        let initial = configuration.initial
        let startYear = configuration.startYear
        for country in Country.allCases {
            let regionIndices = atlas.regionIndices(of: country)
            let total = initial.cocaHectares[country] ?? HistoricalStart.cocaHectares(country, year: startYear)
            let legal = p.legalHectares[country.rawValue]
            let illicit = max(0, total - legal)
            let shareSum = regionIndices.reduce(0) { $0 + traits[$1].initialShare }
            for r in regionIndices {
                let region = atlas.regions[r]
                let area =
                    initial.regionHectares[region.id]
                    ?? illicit * (shareSum > 0 ? region.initialShare / shareSum : 1 / Double(regionIndices.count))
                matureHectares[r] = area
                // reclassifiedSinceStart reads the same product: keep the two in step.
                legalHectares[r] = legal * region.legalShare
            }
        }
        levels.fill(month: month, actions: compiledActions, edgeList: compiledEdges, edgePlaces: edgeSpendingPlace)
        applyEvents()
        initialiseLeafMarkets()
        planEradication()
        for r in 0..<regionCount {
            let area = matureHectares[r] + immatureHectares[r]
            let killsPerYear = min(area, plannedKills[r])
            hazard[r] = area > 1 ? killsPerYear / area : 0
            referenceLandPull[r] = landPull(region: r)
            // Growers still deciding whether to replant the fields of the last few months: the stock a
            // steady rate of kills keeps. They count towards what growers hold, so the carrying area
            // includes the share they will replant (started at zero, it pulled the area down by that
            // share in the first year of every run that began under eradication).
            pendingReplant[r] = killsPerYear / 12 * p.replantDelayMonths
            let netLossPerMonth = killsPerYear / 12 * (1 - p.forcedReplantProbability)
            carryingArea[r] =
                area * p.carryingAreaRatio[traits[r].country.rawValue] + p.plantingAdjustmentMonths * netLossPerMonth
                + p.forcedReplantProbability * pendingReplant[r]
            // In a stock equilibrium the young fields are the replanting and new planting of the last
            // maturation period, which replace the kills.
            let young = min(0.5 * area, p.maturationMonths * killsPerYear / 12)
            immatureHectares[r] = young
            matureHectares[r] = area - young
        }
        initialiseSprayIntensity()
    }

    /// Spraying's remembered intensity starts where the start year's spraying keeps it, not at zero:
    /// from zero it climbed over the first year, raising poverty (A6) and homicides (A5) above the
    /// start's observed levels in every run that began while Colombia sprayed, a start-up transient the
    /// history fit could mistake for a policy effect.
    mutating func initialiseSprayIntensity() {
        var sprayedByCountryPerYear = countryZerosArray(), areaByCountry = countryZerosArray()
        for r in 0..<regionCount {
            let area = matureHectares[r] + immatureHectares[r]
            let intensity = area > 1 ? min(1, plannedSpraying[r] / area) : 0
            sprayIntensity[r] = intensity
            startSprayIntensity[r] = intensity
            let c = traits[r].country.rawValue
            sprayedByCountryPerYear[c] += plannedSpraying[r]
            areaByCountry[c] += area
        }
        for c in startSprayIntensityCountry.indices {
            let intensity = areaByCountry[c] > 1 ? min(1, sprayedByCountryPerYear[c] / areaByCountry[c]) : 0
            sprayIntensityCountry[c] = intensity
            startSprayIntensityCountry[c] = intensity
        }
    }

    private func countryZerosArray() -> [Double] { [Double](repeating: 0, count: Country.allCases.count) }

    /// Route shares, prices and stocks at the start. Consumption comes from the users and grams per
    /// user of the bundled demand data (M8), not from balancing production: the gap between
    /// production, seizures, losses and consumption shows in the stocks (docs/model.md, "Initial state").
    mutating func initialiseMarkets() {
        updateRouteCosts()
        var sourceShare = [[Double]](
            repeating: [Double](repeating: 0, count: Country.allCases.count),
            count: Market.allCases.count)
        for market in Market.allCases {
            let m = market.rawValue
            updateRouteWeights(market: m)
            var wholesale = 0.0
            for position in routeTable.routes(ofMarket: m) {
                let route = routeTable.marketRoutes[position]
                let weight = routeWeight[route]
                guard weight > 0 else { continue }
                wholesale += weight * routeCost[route]
                sourceShare[m][routeTable.source[route]] += weight / routeSurvival[route]
            }
            lastDeliveredCost[m] = wholesale
            let retailPerKg = lastRetailPrice[m] * 1_000
            retailAddOn[m] = capped(retailPerKg - wholesale, atLeast: retailPerKg, .initialRetailAddOn)
            baseInitiation[m] = lightUsers[m] * (p.lightQuitRate + p.escalationRate)
        }
        for market in Market.allCases {
            let m = market.rawValue
            let consumption = baseConsumptionKgPerMonth(market: m)
            consumptionSmoothed[m] = consumption
            demandSmoothed[m] = consumption
            marketInventory[m] = consumption * p.marketInventoryCoverMonths
            for country in Country.allCases {
                sourceOrdersSmoothed[country.rawValue] += consumption * sourceShare[m][country.rawValue]
            }
        }
        for c in Country.allCases.indices {
            sourceInventory[c] = sourceOrdersSmoothed[c] * p.sourceInventoryCoverMonths
        }
    }

    /// Consumption in kg per month at reference prices, before any demand scaling.
    mutating func baseConsumptionKgPerMonth(market m: Int) -> Double {
        p.gramsPerYear(lightUsers: lightUsers[m], heavyUsers: heavyUsers[m]) / 1_000 / 12
    }
}
