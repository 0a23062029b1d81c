import RealModule

extension Simulation {
    /// Kilograms of cocaine HCl a region's fields can yield this month (M2, M5).
    @inline(__always)
    mutating func potentialProduction(region r: Int, weather: Double) -> Double {
        let region = traits[r]
        let c = region.country.rawValue
        let perHectareYear =
            p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * productivity[r]
            * (1 - p.sprayYieldLoss * sprayDamagedShare[r])
        let illicit = matureHectares[r] * perHectareYear * weather
        let diverted = legalHectares[r] * p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * p.legalDiversionShare
        return (illicit + diverted) / 12
    }

    /// M2/M5: production by region, traded as paste between countries (`tradeIntermediates`), into
    /// the stock of the country whose laboratories process it, less what lab raids destroy.
    mutating func produce() {
        for c in monthlyProduction.indices { monthlyProduction[c] = 0 }
        if weatherYear != year { drawWeather() }
        for r in 0..<regionCount {
            let region = traits[r]
            let c = region.country.rawValue
            let kilograms = potentialProduction(region: r, weather: weather[r])
            monthlyProduction[c] += kilograms
            let leafPerKg = p.leafYieldKgPerHectare[c] / p.cocaineYieldKgPerHectare[c]
            let legalLeaf = legalHectares[r] * p.leafYieldKgPerHectare[c] * region.yieldMultiplier / 12
            recorder.add(slots.land(.cocaineProduction, place: r), kilograms / 1_000)
            recorder.add(slots.land(.leafProduction, place: r), (kilograms * leafPerKg + legalLeaf) / 1_000)
            recorder.add(slots.land(.farmerIncome, place: r), kilograms * leafValue[c])
            let standing = matureHectares[r] + immatureHectares[r] + legalHectares[r] * p.legalDiversionShare
            let yieldPerHa = standing > 0 ? kilograms * 12 / standing : 0
            recorder.add(slots.regionYield[r], yieldPerHa)
        }
        tradeIntermediates()
        for c in sourceInventory.indices {
            sourceInventory[c] += labThroughput[c]
            labDestroyed[c] = 0
        }
        for country in Country.allCases {
            let c = country.rawValue
            let pool = country.marketPool.rawValue
            labAccumulator[c] += levels.country(c, columns.labDestruction) / 12
            let labs = labAccumulator[c].rounded(.down)
            labAccumulator[c] -= labs
            // A raid destroys what the pool's laboratories hold: Ecuador's labs work Colombia's stock.
            let destroyed = min(sourceInventory[pool], labs * p.kilogramsPerLab)
            sourceInventory[pool] -= destroyed
            labDestroyed[pool] += destroyed
            // Lab raids and domestic seizures count in the country's seizures, as national statistics report them.
            let seizedAtSource = sourceInventory[c] * p.domesticSeizureRate[c] / 12
            sourceInventory[c] -= seizedAtSource
            recorder.add(slots.seizuresByPlace[c], (destroyed + seizedAtSource) / 1_000)
            recorder.add(slots.worldSeizures, (destroyed + seizedAtSource) / 1_000)
            recorder.add(slots.countryLabs[c], labs)
            recordCost(
                .labDestruction, placeIndex: c, usd: labs * p.labDestructionCostPerLab,
                operatingShare: 1 - p.overheadShareDefault)
        }
        clearLeafMarkets()
        for country in Country.allCases {
            let c = country.rawValue
            sourcePrice[c] = sourcePrice[country.marketPool.rawValue]
            recorder.add(slots.countrySourcePrice[c], sourcePrice[c])
            recorder.add(slots.countrySourceRent[c], sourceRent[country.marketPool.rawValue])
            let leafPerKg = p.leafYieldKgPerHectare[c] / p.cocaineYieldKgPerHectare[c]
            recorder.add(slots.countryLeafPrice[c], leafValue[c] / leafPerKg)
            var countryArea = 0.0
            for r in 0..<regionCount where traits[r].country == country {
                countryArea += matureHectares[r] + immatureHectares[r] + legalHectares[r] * p.legalDiversionShare
            }
            recorder.add(slots.countryYield[c], countryArea > 0 ? monthlyProduction[c] * 12 / countryArea : 0)
        }
        var world = 0.0
        for value in monthlyProduction { world += value }
        recorder.add(slots.worldProduction, world / 1_000)
    }
}

extension Simulation {
    /// One weather draw per region and year, so a bad season hits all twelve months: drawn in the
    /// year's first month and kept, since the draw depends only on the region and the year.
    mutating func drawWeather() {
        let yearKey = UInt64(year * 12)
        for r in 0..<regionCount {
            let shock = CounterRandom.normal(
                seed: seed, entity: RandomEntity.region(r), month: yearKey,
                purpose: RandomPurpose.yieldWeather.rawValue)
            weather[r] = Double.exp(p.weatherYieldSD * shock - 0.5 * p.weatherYieldSD * p.weatherYieldSD)
        }
        weatherYear = year
    }
}

extension Country {
    /// Whose cocaine market a country's coca feeds: Ecuador's border coca is sold into Colombia's
    /// (docs/model.md, "Ecuador"), so it shares Colombia's stock and source price.
    var marketPool: Country { self == .ecuador ? .colombia : self }
}
