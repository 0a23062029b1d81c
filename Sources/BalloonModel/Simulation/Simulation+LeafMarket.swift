import RealModule

/// M2/M7 at the farm gate: laboratories buy the month's leaf. Leaf keeps for weeks, not months, so
/// each month's harvest clears against the processing the laboratories are set up for, and the
/// laboratories' risk of being raided comes off what they can pay (docs/model.md, "Leaf market").
extension Simulation {
    /// Laboratories start set up for the start's harvest and expecting the start year's raids. Paste
    /// trade between countries starts from none and builds up over `lab_adjustment_months`
    /// (`tradeIntermediates`).
    mutating func initialiseLeafMarkets() {
        let labColumn = columns.labDestruction
        var raidedPerMonth = [Double](repeating: 0, count: Country.allCases.count)
        for country in Country.allCases {
            let pool = country.marketPool.rawValue
            for r in 0..<regionCount where traits[r].country == country {
                poolHarvest[pool] += potentialProduction(region: r, weather: 1)
            }
            raidedPerMonth[pool] += levels.country(country.rawValue, labColumn) / 12 * p.kilogramsPerLab
        }
        shipPaste(booking: false)
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            labCapacity[c] = labThroughput[c]
            labRaidShare[c] = Self.raidShare(destroyed: raidedPerMonth[c], harvest: labCapacity[c])
            labLeafValue[c] = clearingLeafValue(pool: c, harvest: labCapacity[c])
        }
        payGrowers()
    }

    /// The share of the laboratories' gross throughput (the harvest processed plus what raids took)
    /// that raids destroyed: always in [0, 1).
    static func raidShare(destroyed: Double, harvest: Double) -> Double {
        destroyed > 0 ? destroyed / (destroyed + harvest) : 0
    }

    /// What reaches each pool's laboratories this month (its own harvest and the paste it bought,
    /// `labThroughput`) meets them: raids this month update the risk they expect, the price clears,
    /// capacity follows the throughput, and growers are paid.
    mutating func clearLeafMarkets() {
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            let throughput = labThroughput[c]
            let raidShare = Self.raidShare(destroyed: labDestroyed[c], harvest: throughput)
            labRaidShare[c] += (raidShare - labRaidShare[c]) / p.labAdjustmentMonths
            // With nothing to process no leaf changes hands: the last price stands.
            if throughput > 0 { labLeafValue[c] = clearingLeafValue(pool: c, harvest: throughput) }
            labCapacity[c] += (throughput - labCapacity[c]) / p.labAdjustmentMonths
        }
        payGrowers()
    }

    /// What growers get for the leaf of one kilogram of HCl: their own laboratories' price for what
    /// stays, the paste traders' netback for what leaves.
    mutating func payGrowers() {
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            leafValue[c] = localLabShare[c] * labLeafValue[c] + growerExportValue[c]
        }
        shareLeafValueWithPools()
    }

    /// What laboratories pay for the leaf of one kilogram: a share of the kilogram's value at the
    /// source price net of expected raid losses. At the capacity they are set up for the share is
    /// `leaf_value_share`; a short harvest (laboratories competing for leaf) raises it towards the
    /// whole net value, a glut lowers it towards nothing, with elasticity `leaf_price_flexibility`
    /// in the odds of the share, so the price is never negative and never above what the leaf's
    /// cocaine fetches.
    /// (`mutating` only so the call does not copy the whole simulation, as a non-mutating call from a
    /// mutating one did.)
    mutating func clearingLeafValue(pool c: Int, harvest: Double) -> Double {
        let netValue = sourcePrice[c] * (1 - labRaidShare[c])
        // Laboratories set up for nothing and offered nothing (a country without coca) pay the base share.
        let capacityRatio = harvest > 0 ? labCapacity[c] / harvest : 1
        let odds = p.leafValueShare / (1 - p.leafValueShare) * Double.pow(capacityRatio, p.leafPriceFlexibility)
        // 1/(1 + 1/odds) is odds/(1 + odds) that stays exact when laboratories left with almost nothing
        // (their harvest sold abroad as paste) see an infinite ratio: the share is then the whole value.
        return netValue / (1 + 1 / odds)
    }

    /// Ecuador's border coca is sold to Colombia's laboratories (`marketPool`).
    mutating func shareLeafValueWithPools() {
        for country in Country.allCases where country.marketPool != country {
            leafValue[country.rawValue] = leafValue[country.marketPool.rawValue]
            labLeafValue[country.rawValue] = labLeafValue[country.marketPool.rawValue]
        }
    }
}
