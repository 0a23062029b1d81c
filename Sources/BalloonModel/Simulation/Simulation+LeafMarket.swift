import RealModule

/// M2/M7 at the farm gate: laboratories buy the month's leaf. Leaf keeps for weeks, not months, so
/// each month's harvest clears against the processing the laboratories are set up for, and the
/// laboratories' risk of being raided comes off what they can pay (docs/model.md, "Leaf market").
extension Simulation {
    /// Laboratories start set up for the start's harvest and expecting the start year's raids.
    mutating func initialiseLeafMarkets() {
        let labColumn = columns.labDestruction
        var raidedPerMonth = [Double](repeating: 0, count: Country.allCases.count)
        for country in Country.allCases {
            let pool = country.marketPool.rawValue
            for r in 0..<regionCount where traits[r].country == country {
                labCapacity[pool] += potentialProduction(region: r, weather: 1)
            }
            raidedPerMonth[pool] += levels.country(country.rawValue, labColumn) / 12 * p.kilogramsPerLab
        }
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            labRaidShare[c] = Self.raidShare(destroyed: raidedPerMonth[c], harvest: labCapacity[c])
            leafValue[c] = clearingLeafValue(pool: c, harvest: labCapacity[c])
        }
        shareLeafValueWithPools()
    }

    /// The share of the laboratories' gross throughput (the harvest processed plus what raids took)
    /// that raids destroyed: always in [0, 1).
    static func raidShare(destroyed: Double, harvest: Double) -> Double {
        destroyed > 0 ? destroyed / (destroyed + harvest) : 0
    }

    /// The month's harvest (kg of HCl it yields, by pool) meets the laboratories: raids this month
    /// update the risk they expect, the price clears, and capacity follows the harvest.
    mutating func clearLeafMarkets() {
        for country in Country.allCases where country.marketPool == country {
            let c = country.rawValue
            var harvest = 0.0
            for member in Country.allCases where member.marketPool == country {
                harvest += monthlyProduction[member.rawValue]
            }
            let raidShare = Self.raidShare(destroyed: labDestroyed[c], harvest: harvest)
            labRaidShare[c] += (raidShare - labRaidShare[c]) / p.labAdjustmentMonths
            // With no harvest no leaf changes hands: the last price stands.
            if harvest > 0 { leafValue[c] = clearingLeafValue(pool: c, harvest: harvest) }
            labCapacity[c] += (harvest - labCapacity[c]) / p.labAdjustmentMonths
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
        let odds =
            p.leafValueShare / (1 - p.leafValueShare) * Double.pow(labCapacity[c] / harvest, p.leafPriceFlexibility)
        return netValue * odds / (1 + odds)
    }

    /// Ecuador's border coca is sold to Colombia's laboratories (`marketPool`).
    mutating func shareLeafValueWithPools() {
        for country in Country.allCases where country.marketPool != country {
            leafValue[country.rawValue] = leafValue[country.marketPool.rawValue]
        }
    }
}
