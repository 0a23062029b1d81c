import RealModule

extension Simulation {
    /// The transit zone whose violence the model reports (response-sign row 20).
    static let centralAmericaNode = "CENTRAL_AMERICA"
    /// Organisations react to the flow of the last half-year, not to a month's noise (docs/model.md,
    /// "Other numerical choices"); the same for countries and the transit zone.
    static let flowSmoothingMonths = 6.0

    /// M9: homicides per 100,000 as a reduced form around each country's reference rate; captures
    /// fragment organisations; territorial control is the state's share of presence. Organisations
    /// fight over the value of the trade that crosses a territory (Dell, A20; Castillo, Mejía &
    /// Restrepo, A27): flow times the price it fetches, so a shortage that raises prices more than it
    /// cuts flow (inelastic demand) raises violence where the trade still passes.
    mutating func updateViolence() {
        let columns = InstrumentColumns.shared
        let decay = fragmentationRetained
        let priceIndex = wholesaleValueIndex()
        updateTransitViolence(priceIndex: priceIndex)
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
            flowSmoothed[c] += (countryFlow[c] - flowSmoothed[c]) / Self.flowSmoothingMonths
            let growth = previousCountryArea[c] > 1 ? (area - previousCountryArea[c]) / previousCountryArea[c] * 12 : 0
            areaGrowthCountry[c] += (growth - areaGrowthCountry[c]) / 12
            previousCountryArea[c] = area
            let sprayShare = area > 1 ? min(1, sprayedByCountry[c] * 12 / area) : 0
            sprayIntensityCountry[c] += (sprayShare - sprayIntensityCountry[c]) / 12
            let rentTerm = contestedRentLog(flow: flowSmoothed[c], reference: flowReference[c], priceIndex: priceIndex)
            let logRate =
                p.violenceArmedEffect * (armed - armedStart) + p.violenceRentEffect * rentTerm
                + p.violenceSprayEffect * (sprayIntensityCountry[c] - startSprayIntensityCountry[c]) + p
                .violenceBoomEffect * max(0, areaGrowthCountry[c])
            // Each recent removal raises violence by SF21's +36.5% where it happened, a local share of the country.
            let fragmentationMultiplier =
                1 + p.fragmentationLocalShare * (Double.exp(p.violenceFragmentationEffect) - 1)
                * (fragmentation[c] + prisonShock[c])
            recorder.add(
                slots.countryHomicide[c], p.homicideRateReference[c] * Double.exp(logRate) * fragmentationMultiplier)
            recorder.add(slots.countryControl[c], control)
        }
    }

    /// The log of the value of a place's trade relative to the start: smoothed flow over its start
    /// value, with a floor of one tonne a month so a near-zero start cannot explode, times the price
    /// index.
    func contestedRentLog(flow: Double, reference: Double, priceIndex: Double) -> Double {
        let floor = 1_000.0
        return Double.log((flow + floor) / (reference + floor) * priceIndex)
    }

    /// The wholesale price per kilogram across markets, weighted by consumption, relative to the
    /// first month: what a kilogram in transit is worth downstream. One index for every place; a
    /// price per node would need the route composition of each node's trade (docs/model.md, M9).
    mutating func wholesaleValueIndex() -> Double {
        var value = 0.0
        var weight = 0.0
        for m in Market.allCases.indices {
            value += consumptionSmoothed[m] * wholesalePrice(market: m)
            weight += consumptionSmoothed[m]
        }
        let current = weight > 0 ? value / weight : 0
        if month == configuration.firstMonth { wholesaleValueReference = current }
        return wholesaleValueReference > 0 && current > 0 ? current / wholesaleValueReference : 1
    }

    /// Central America and Mexico: no bundled homicide series, so the model reports violence as an
    /// index of its start value, driven by the contested rent alone (A27).
    mutating func updateTransitViolence(priceIndex: Double) {
        var flow = 0.0
        for e in centralAmericaExits { flow += edgeFlow[e] }
        if month == configuration.firstMonth {
            transitFlowReference = flow
            transitFlowSmoothed = flow
        }
        transitFlowSmoothed += (flow - transitFlowSmoothed) / Self.flowSmoothingMonths
        let rentTerm = contestedRentLog(
            flow: transitFlowSmoothed, reference: transitFlowReference, priceIndex: priceIndex)
        recorder.add(slots.centralAmericaViolence, Double.exp(p.violenceRentEffect * rentTerm))
    }
}
