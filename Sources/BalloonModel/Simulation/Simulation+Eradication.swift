import RealModule

/// M3, forced eradication and replanting: spraying and manual teams kill coca, growers replant
/// most of it, in place or in a neighbouring region, and learn the risk.
extension Simulation {
    /// Whether aerial spraying may happen in a country this month (no ban in force).
    mutating func sprayingAllowed(_ country: Country) -> Bool { !sprayingBanned[country.rawValue] }

    /// Coca that aerial spraying may reach in a region under the constraints in force (M3).
    @inline(__always)
    mutating func sprayableArea(region r: Int) -> Double {
        let country = traits[r].country
        guard sprayingAllowed(country) else { return 0 }
        let share = traits[r].sprayableShare(
            borderBandProtected: borderBandProtected[r],
            indigenousConsulted: indigenousConsulted[r])
        return share * (matureHectares[r] + immatureHectares[r])
    }

    /// Expected spraying, manual eradication and kills per year by region under the policy levels in
    /// force, written into reused scratch arrays.
    mutating func planEradication() {
        let sprayColumn = columns.aerialSpraying
        let manualColumn = columns.manualEradication
        for country in Country.allCases {
            let c = country.rawValue
            var sprayTotal = 0.0, manualTotal = 0.0
            for r in regionsOfCountry[c] {
                sprayableHectares[r] = sprayableArea(region: r)
                sprayTotal += sprayableHectares[r]
                manualTotal += matureHectares[r] + immatureHectares[r]
            }
            let allowed = sprayingAllowed(country)
            let sprayQuantity = allowed ? levels.country(c, sprayColumn) : 0
            let manualQuantity = levels.country(c, manualColumn)
            for r in regionsOfCountry[c] {
                let regionSpray = allowed ? levels.region(r, sprayColumn) : 0
                plannedSpraying[r] =
                    regionSpray + (sprayTotal > 0 ? sprayQuantity * sprayableHectares[r] / sprayTotal : 0)
                plannedManual[r] =
                    levels.region(r, manualColumn)
                    + (manualTotal > 0 ? manualQuantity * (matureHectares[r] + immatureHectares[r]) / manualTotal : 0)
                let shield = 1 - p.armedEradicationShield * armedPresence[r]
                plannedKills[r] =
                    (plannedSpraying[r] * p.sprayKillShare + plannedManual[r] * p.manualKillShare) * shield
            }
        }
    }

    /// This month's spraying and manual eradication in a region: saturating kills out of young and
    /// mature fields alike, the yield damage on sprayed survivors, the growers' perceived hazard and
    /// their adaptation (M2, M3).
    mutating func eradicate(region r: Int, flows: inout LandFlows) {
        let c = traits[r].country.rawValue
        let area = matureHectares[r] + immatureHectares[r]
        let shield = 1 - p.armedEradicationShield * armedPresence[r]
        let sprayedHa = plannedSpraying[r] / 12
        let manualHa = plannedManual[r] / 12
        // Saturating kills: as coca thins out, more of each sprayed or searched hectare finds none.
        let sprayable = sprayableArea(region: r)
        let sprayKills =
            sprayable > 0
            ? sprayable * (1 - exponential(-sprayedHa * p.sprayKillShare * shield / sprayable)) : 0
        let remaining = max(0, area - sprayKills)
        let manualKills =
            remaining > 0
            ? remaining * (1 - exponential(-manualHa * p.manualKillShare * shield / remaining)) : 0
        let kills = sprayKills + manualKills
        removeProportionally(region: r, hectares: kills)
        pendingReplant[r] += kills
        sprayedByCountry[c] += sprayedHa
        if area > 1 {
            damageSprayedSurvivors(region: r, survivors: sprayedHa * (1 - p.sprayKillShare))
            sprayIntensity[r] += (min(1, sprayedHa * 12 / area) - sprayIntensity[r]) / 12
        }
        sprayDamagedShare[r] *= sprayDamageRetained
        let instantaneousHazard = area > 1 ? kills * 12 / area : 0
        hazard[r] += (instantaneousHazard - hazard[r]) / p.hazardMemoryMonths
        // Growers adapt to the chance that a field is eradicated within a year (1 − e^−hazard), which
        // saturates: once every field is sure to be hit, more eradication teaches nothing new.
        let yearlyEradicationChance = 1 - exponential(-hazard[r])
        let adaptationTarget = (1 + p.productivityAdaptation * yearlyEradicationChance) * yieldPriceEffect[c]
        productivity[r] += (adaptationTarget - productivity[r]) / p.adaptationMonths
        flows.sprayed = sprayedHa
        flows.sprayKills = sprayKills
        flows.manualKills = manualKills
        // Teams stop when they find nothing left to uproot: cost follows the hectares actually worked.
        flows.manualWorked = min(manualHa, remaining)
    }

    /// A6 measures the yield loss per sprayed field, so the loss falls on the fields the planes hit.
    /// Survivors of spraying land on the sprayable fields at random: a field already damaged is not
    /// damaged twice, and the damaged share of the mature fields saturates at the sprayable share
    /// instead of stacking penalties when more hectares are sprayed than stand.
    mutating func damageSprayedSurvivors(region r: Int, survivors: Double) {
        // Most region-months see no spraying: leave before working out the reachable share.
        guard survivors > 0 else { return }
        let sprayableShare = traits[r].sprayableShare(
            borderBandProtected: borderBandProtected[r], indigenousConsulted: indigenousConsulted[r])
        let sprayable = sprayableShare * (matureHectares[r] + immatureHectares[r])
        guard sprayable > 0 else { return }
        let undamagedSprayable = max(0, sprayableShare - sprayDamagedShare[r])
        sprayDamagedShare[r] += undamagedSprayable * (1 - exponential(-survivors / sprayable))
    }

    /// Inputs (fertiliser, care, harvest frequency) follow the source price with a constant elasticity
    /// (M2); one number per country for the month, since land flows do not move the price.
    mutating func updateYieldPriceEffects() {
        for c in yieldPriceEffect.indices {
            yieldPriceEffect[c] = Double.pow(sourcePrice[c] / p.sourcePriceUSDPerKg[c], p.yieldPriceResponse)
        }
    }

    /// Growers whose fields were eradicated decide: most replant, some of them in a neighbouring region
    /// where a coca economy already exists (weighted by carrying area); the rest leave coca (M3, SF15).
    mutating func decideAfterEradication(region r: Int, flows: inout LandFlows) {
        let deciding = pendingReplant[r] / p.replantDelayMonths
        pendingReplant[r] -= deciding
        let replanting = deciding * p.forcedReplantProbability
        let neighbours = atlas.neighbourIndices[r]
        let displaced = neighbours.isEmpty ? 0 : replanting * p.displacementShare
        let stay = replanting - displaced
        immatureHectares[r] += stay
        var neighbourWeight = 0.0
        for n in neighbours { neighbourWeight += carryingArea[n] }
        for n in neighbours where neighbourWeight > 0 {
            incomingDisplaced[n] += displaced * carryingArea[n] / neighbourWeight
        }
        let leaving = deciding - replanting
        flows.replantedInPlace = stay
        flows.displacedHouseholds = (displaced + leaving) * p.householdsPerCocaHectare
    }

    /// Displaced growers replant in the neighbouring regions they moved to, often in new forest clearings.
    mutating func settleDisplacedGrowers() {
        for r in 0..<regionCount where incomingDisplaced[r] > 0 {
            immatureHectares[r] += incomingDisplaced[r]
            let cleared = clearForest(region: r, planted: incomingDisplaced[r], share: p.forestShareOfDisplacedPlanting)
            recorder.add(slots.land(.replanted, place: r), incomingDisplaced[r])
            recorder.add(slots.land(.grossPlanted, place: r), incomingDisplaced[r])
            recorder.add(slots.land(.forestCleared, place: r), cleared)
        }
    }

    @inline(__always)
    mutating func removeProportionally(region r: Int, hectares: Double) {
        let area = matureHectares[r] + immatureHectares[r]
        guard area > 0, hectares > 0 else { return }
        let keep = max(0, 1 - hectares / area)
        matureHectares[r] *= keep
        immatureHectares[r] *= keep
    }
}
