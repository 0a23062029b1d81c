import RealModule

extension Simulation {
    /// Retail price per pure gram: the wholesale price (delivered cost times the shortage rent) plus
    /// the retail add-on, made dearer per pure gram when purity falls (M7: markets adjust first
    /// through purity, then through price).
    mutating func retailPricePerPureGram(market m: Int, wholesale: Double) -> Double {
        let decriminalised = levels.market(m, columns.decriminalization) > 0.5
        let addOn = retailAddOn[m] * (decriminalised ? 1 - p.decriminalizationRetailCostCut : 1)
        return (wholesale + addOn) / 1_000 * (p.retailPurity[m] / purity[m])
    }

    /// Wholesale price per kilogram in market m: the last delivered cost along the routes times the
    /// shortage rent (M7). Markets set it; violence reads it as the value of the trade (M9).
    @inline(__always)
    func wholesalePrice(market m: Int) -> Double { lastDeliveredCost[m] * scarcity[m] }

    /// The level of the shortage rent dealers' stock calls for, as a multiple of the delivered cost: a
    /// shortage raises it with the share of the wanted stock that is missing, up to
    /// `1 + wholesale_price_flexibility` when the shelves are empty; a glut lowers it as
    /// `(wanted / stock)^flexibility`. Both have the same slope at the wanted stock. Until the fourteenth
    /// step the shortage side was the power law too, which has no limit as the stock runs out: a market
    /// left with a trickle asked for a rent of millions, and once sources bid for part of the rent
    /// (`downstreamRent`) that reached every source price (random scenarios, docs/model.md).
    static func shortageRent(availability: Double, _ p: ModelParameters) -> Double {
        availability < 1
            ? 1 + p.wholesalePriceFlexibility * (1 - max(0, availability))
            : Double.pow(1 / availability, p.wholesalePriceFlexibility)
    }

    /// The shortage rent per kilogram a market pays over the delivered cost net of what sources
    /// captured: what traffickers can bid back to a source for each kilogram that arrives (M7). Only a
    /// shortage is bid back; a glut downstream reaches the sources through fewer orders.
    @inline(__always)
    func downstreamRent(market m: Int) -> Double { max(0, scarcity[m] - 1) * lastDeliveredCost[m] }

    /// Consumption demanded at a price, kilograms per month (M8: constant elasticity).
    mutating func demandedKilograms(market m: Int, price: Double) -> Double {
        let reference = p.retailPricePerPureGram[m]
        return baseConsumptionKgPerMonth(market: m)
            * Double.pow(max(1e-6, price / reference), p.demandElasticity)
    }

    /// M7/M8: arrivals join dealers' stocks; purity and prices respond to availability; consumers buy
    /// what they demand at the resulting price per pure gram.
    mutating func clearMarkets() {
        var worldConsumption = 0.0
        var worldUnmet = 0.0
        for market in Market.allCases {
            let m = market.rawValue
            marketInventory[m] += marketArrivals[m]
            let deliveredCost = marketArrivals[m] > 0 ? marketCost[m] / marketArrivals[m] : lastDeliveredCost[m]
            lastDeliveredCost[m] = deliveredCost
            let wanted = demandSmoothed[m] * (1 + p.marketInventoryCoverMonths)
            let availability = wanted > 0 ? marketInventory[m] / wanted : 1
            purity[m] = bounded(
                p.retailPurity[m] * bounded(Double.pow(max(1e-6, availability), p.purityResponse), .purityResponse),
                .purityCeiling)
            // The shortage rent on the wholesale price moves towards the level dealers' stock calls
            // for and decays back as arrivals refill it (M7; checked against the 2007–08 U.S. shortage).
            scarcity[m] += p.wholesaleAdjustment * (Self.shortageRent(availability: availability, p) - scarcity[m])
            let wholesale = wholesalePrice(market: m)
            let price = retailPricePerPureGram(market: m, wholesale: wholesale)
            lastRetailPrice[m] = price
            let demanded = demandedKilograms(market: m, price: price)
            let consumed = min(marketInventory[m], demanded)
            marketInventory[m] -= consumed
            consumptionSmoothed[m] += (consumed - consumptionSmoothed[m]) / 3
            demandSmoothed[m] += (demanded - demandSmoothed[m]) / 3
            worldConsumption += consumed
            worldUnmet += demanded - consumed
            recorder.add(slots.marketArrivals[m], marketArrivals[m] / 1_000)
            recorder.add(slots.marketConsumption[m], consumed / 1_000)
            recorder.add(slots.marketUnmetDemand[m], (demanded - consumed) / 1_000)
            recorder.add(slots.marketShortageRent[m], scarcity[m])
            recorder.add(slots.marketRetail[m], price)
            recorder.add(slots.marketPurity[m], purity[m])
            recorder.add(slots.marketWholesale[m], wholesale)
        }
        recorder.add(slots.worldConsumption, worldConsumption / 1_000)
        recorder.add(slots.worldUnmetDemand, worldUnmet / 1_000)
    }

    /// M8: initiation, escalation, quitting and treatment move people between light and heavy use.
    mutating func updateDemand() {
        for market in Market.allCases {
            let m = market.rawValue
            let decriminalised = levels.market(m, columns.decriminalization) > 0.5
            let preventionUSDm = levels.market(m, columns.prevention)
            let prevention = p.preventionMaxEffect * preventionUSDm / (preventionUSDm + p.preventionHalfSaturationUSDm)
            let priceRatio = max(1e-6, lastRetailPrice[m] / p.retailPricePerPureGram[m])
            let shock = noise(RandomEntity.market(m), .initiationNoise)
            let trend = exponential(p.initiationTrend[m] * Double(month - configuration.firstMonth) / 12)
            let initiation =
                baseInitiation[m] * trend * (1 - prevention)
                * (decriminalised ? 1 + p.decriminalizationInitiationEffect : 1)
                * Double.pow(priceRatio, p.demandElasticity)
                * Double.exp(p.initiationNoiseSD * shock - 0.5 * p.initiationNoiseSD * p.initiationNoiseSD) / 12
            var episodes = levels.market(m, columns.treatment) / 12
            if decriminalised { episodes *= p.decriminalizationTreatmentReferral }
            let recovered = capped(episodes * p.treatmentSuccess, at: heavyUsers[m], .treatmentRecoveryPerMonth)
            let lightExit = lightUsers[m] * (p.lightQuitRate + p.escalationRate) / 12
            let escalating = lightUsers[m] * p.escalationRate / 12
            lightUsers[m] += initiation - lightExit
            heavyUsers[m] += escalating - heavyUsers[m] * p.heavyQuitRate / 12 - recovered
            recordCost(
                .treatment, placeIndex: SpendingPlace.market(market), usd: episodes * p.treatmentCostPerEpisode,
                operatingShare: 1 - p.overheadShareDefault)
            recordCost(
                .prevention, placeIndex: SpendingPlace.market(market), usd: preventionUSDm * 1_000_000 / 12,
                operatingShare: 1 - p.overheadShareDefault)
            recorder.add(slots.marketTreatment[m], episodes)
            recorder.add(slots.marketInitiation[m], initiation)
            recorder.add(slots.marketLight[m], lightUsers[m])
            recorder.add(slots.marketHeavy[m], heavyUsers[m])
            recorder.add(slots.marketUsers[m], lightUsers[m] + heavyUsers[m])
        }
    }
}
