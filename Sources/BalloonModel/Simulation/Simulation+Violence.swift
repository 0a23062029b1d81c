import RealModule

extension Simulation {
    /// M9: homicides per 100,000 as a reduced form around each country's reference rate; captures
    /// fragment organisations; territorial control is the state's share of presence. Then record
    /// the month's land stocks and close the year when December ends.
    mutating func updateViolenceAndRecord() {
        let columns = InstrumentColumns.shared
        let decay = Double.pow(0.5, 1 / p.fragmentationHalfLifeMonths)
        for country in Country.allCases {
            let c = country.rawValue
            captureAccumulator[c] += levels.country(c, columns.organizationTargeting) / 12
            let captures = captureAccumulator[c].rounded(.down)
            captureAccumulator[c] -= captures
            fragmentation[c] = fragmentation[c] * decay + captures
            prisonShock[c] *= decay
            recorder.add(slots.countryCaptures[c], captures)
            recordCost(.organizationTargeting, placeIndex: c, usd: captures * p.captureCostUSD,
                       operatingShare: 1 - p.overheadShareDefault)
            let aidUSDm = levels.country(c, columns.militaryAid)
            recordCost(.militaryAid, placeIndex: c, usd: aidUSDm * 1_000_000 / 12, operatingShare: 1 - p.overheadShareDefault)

            var armed = 0.0, armedStart = 0.0, control = 0.0, area = 0.0, regions = 0.0
            for r in 0..<regionCount where traits[r].country == country {
                armed += armedPresence[r]
                armedStart += traits[r].armedPresence
                control += statePresence[r] / max(1e-6, statePresence[r] + armedPresence[r])
                area += matureHectares[r] + immatureHectares[r]
                regions += 1
            }
            armed /= regions
            armedStart /= regions
            control /= regions
            if month == configuration.firstMonth {
                flowReference[c] = countryFlow[c]
                flowSmoothed[c] = countryFlow[c]
                previousCountryArea[c] = area
            }
            flowSmoothed[c] += (countryFlow[c] - flowSmoothed[c]) / 6
            let growth = previousCountryArea[c] > 1 ? (area - previousCountryArea[c]) / previousCountryArea[c] * 12 : 0
            areaGrowthCountry[c] += (growth - areaGrowthCountry[c]) / 12
            previousCountryArea[c] = area
            let sprayShare = area > 1 ? min(1, sprayedByCountry[c] * 12 / area) : 0
            sprayIntensityCountry[c] += (sprayShare - sprayIntensityCountry[c]) / 12
            // The flow term compares with a floor of one tonne a month so a near-zero start cannot explode.
            let floor = 1_000.0
            let flowTerm = Double.log((flowSmoothed[c] + floor) / (flowReference[c] + floor))
            let logRate = p.violenceArmedEffect * (armed - armedStart) + p.violenceFlowEffect * flowTerm
                + p.violenceSprayEffect * sprayIntensityCountry[c] + p.violenceBoomEffect * max(0, areaGrowthCountry[c])
            // Each recent removal raises violence by SF21's +36.5% where it happened, a local share of the country.
            let fragmentationMultiplier = 1 + p.fragmentationLocalShare * (Double.exp(p.violenceFragmentationEffect) - 1)
                * (fragmentation[c] + prisonShock[c])
            recorder.add(slots.countryHomicide[c], p.homicideRateReference[c] * Double.exp(logRate) * fragmentationMultiplier)
            recorder.add(slots.countryControl[c], control)
        }
        recordLandStocks()
    }

    /// Stocks recorded as year-end values, and the country and Andean sums of every land indicator.
    mutating func recordLandStocks() {
        for r in 0..<regionCount {
            let illicit = matureHectares[r] + immatureHectares[r]
            recorder.add(slots.land(.illicitArea, place: r), illicit)
            recorder.add(slots.land(.legalArea, place: r), legalHectares[r])
            recorder.add(slots.land(.cocaArea, place: r), illicit + legalHectares[r])
            recorder.add(slots.regionStatePresence[r], statePresence[r])
            recorder.add(slots.regionArmedPresence[r], armedPresence[r])
        }
    }

    /// Sum regions into countries and the Andean total, compute annual ratios, and store the year.
    mutating func closeYear() {
        let countryBase = regionCount
        let andean = regionCount + Country.allCases.count
        for indicator in 0..<slots.landIndicators.count {
            var andeanTotal = 0.0
            var countryTotals = [Double](repeating: 0, count: Country.allCases.count)
            for r in 0..<regionCount {
                let value = recorder.current(slots.land[indicator][r])
                countryTotals[countryIndex(ofRegion: r)] += value
                andeanTotal += value
            }
            for c in countryTotals.indices { recorder.setAnnual(slots.land[indicator][countryBase + c], countryTotals[c]) }
            // Ecuador is transit: the Andean total is Colombia, Peru and Bolivia, as UNODC reports it.
            andeanTotal -= countryTotals[Country.ecuador.rawValue]
            recorder.setAnnual(slots.land[indicator][andean], andeanTotal)
        }
        var total = 0.0
        for place in slots.spending.indices {
            var placeTotal = 0.0
            for instrument in slots.spending[place] { for slot in instrument { placeTotal += recorder.current(slot) } }
            recorder.setAnnual(slots.spendingByPlace[place], placeTotal)
            total += placeTotal
        }
        recorder.setAnnual(slots.spendingTotal, total)
        let production = recorder.current(slots.worldProduction)
        recorder.setAnnual(slots.interception, production > 0 ? recorder.current(slots.worldSeizures) / production : 0)
        recorder.closeYear(yearIndex)
    }

    /// Spending on an instrument at a `SpendingPlace` (country, market or transit), split by payer and by
    /// operating cost versus programme overhead (M10).
    mutating func recordCost(_ instrument: Instrument, placeIndex: Int, usd: Double, operatingShare: Double) {
        guard usd > 0 else { return }
        let column = InstrumentColumns.shared.column(of: instrument)
        var weightSum = 0.0
        for payer in 0..<PolicyLevels.payerCount { weightSum += levels.payerWeight(place: placeIndex, column: column, payer: payer) }
        for payer in 0..<PolicyLevels.payerCount {
            let weight = levels.payerWeight(place: placeIndex, column: column, payer: payer)
            let share = weightSum > 0 ? weight / weightSum : (payer == Payer.hostCountry.rawValue ? 1 : 0)
            recorder.add(slots.spending[placeIndex][column][payer], usd * share)
        }
        let operating = min(1, max(0, operatingShare))
        recorder.add(slots.operating[placeIndex][column], usd * operating)
        recorder.add(slots.overhead[placeIndex][column], usd * (1 - operating))
    }
}
