import RealModule

extension Simulation {
    /// M9: homicides per 100,000 as a reduced form around each country's reference rate; captures
    /// fragment organisations; territorial control is the state's share of presence.
    mutating func updateViolence() {
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
            recordCost(
                .organizationTargeting, placeIndex: c, usd: captures * p.captureCostUSD,
                operatingShare: 1 - p.overheadShareDefault)
            let aidUSDm = levels.country(c, columns.militaryAid)
            recordCost(
                .militaryAid, placeIndex: c, usd: aidUSDm * 1_000_000 / 12, operatingShare: 1 - p.overheadShareDefault)

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
            let logRate =
                p.violenceArmedEffect * (armed - armedStart) + p.violenceFlowEffect * flowTerm
                + p.violenceSprayEffect * sprayIntensityCountry[c] + p.violenceBoomEffect * max(0, areaGrowthCountry[c])
            // Each recent removal raises violence by SF21's +36.5% where it happened, a local share of the country.
            let fragmentationMultiplier =
                1 + p.fragmentationLocalShare * (Double.exp(p.violenceFragmentationEffect) - 1)
                * (fragmentation[c] + prisonShock[c])
            recorder.add(
                slots.countryHomicide[c], p.homicideRateReference[c] * Double.exp(logRate) * fragmentationMultiplier)
            recorder.add(slots.countryControl[c], control)
        }
    }
}
