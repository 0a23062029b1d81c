import RealModule

/// M7 at source: what traffickers hold in each producing country, what is lost from it, and the
/// price at which it changes hands.
extension Simulation {
    /// After the month's shipments: losses leave the stock, and the source price moves towards the
    /// price that clears the stock traffickers hold against what they are asked for (docs/model.md, "Prices").
    mutating func clearSourceMarkets() {
        var worldLost = 0.0
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            let lost = sourceInventory[c] * p.sourceLossRate
            sourceInventory[c] -= lost
            worldLost += lost
            recorder.add(slots.countryLosses[c], lost / 1_000)
            updateSourcePrice(country: c)
        }
        recorder.add(slots.worldLosses, worldLost / 1_000)
    }

    /// The price that clears the stock on offer this month (last month's stock plus this month's
    /// production) against what traffickers normally hold and order (`source_inventory_cover_months`
    /// of stock plus one month's orders, filled or not: `sourceBids`) is the reference price (the long-run price of cocaine at
    /// source, A23); more on offer sells for less, less for more, with the elasticity
    /// `source_price_flexibility`. The price moves a share `source_price_adjustment` of the way each
    /// month, so it settles instead of ratcheting.
    ///
    /// On top of it, traffickers who can sell into a market short of cocaine bid part of its shortage
    /// rent back for the stock (`source_rent_share` of the rent per kilogram shipped, weighted by what
    /// arrives): prices upstream and downstream are set jointly (A1), so a shortage downstream reaches
    /// the growers as a dearer leaf and draws planting, which is how supply control is undone (A18).
    /// The rent moves at the same pace as the price and is no part of the clearing price itself.
    mutating func updateSourcePrice(country c: Int) {
        // With nothing on offer no price is struck this month; the last one stands.
        guard sourceOffered[c] > 0 else { return }
        let normalOffer = (p.sourceInventoryCoverMonths + 1) * sourceOrdersSmoothed[c]
        let clearing = p.sourcePriceUSDPerKg[c] * Double.pow(normalOffer / sourceOffered[c], p.sourcePriceFlexibility)
        var clearingPart = sourcePrice[c] - sourceRent[c]
        clearingPart += p.sourcePriceAdjustment * (clearing - clearingPart)
        let bid = sourceShipped[c] > 0 ? p.sourceRentShare * sourceRentOnOffer[c] / sourceShipped[c] : 0
        sourceRent[c] += p.sourcePriceAdjustment * (bid - sourceRent[c])
        sourcePrice[c] = clearingPart + sourceRent[c]
    }
}
