import RealModule

extension Simulation {
    /// Coca's expected net return per hectare relative to the licit alternative (M1).
    mutating func profitRatio(region r: Int) -> Double {
        let region = traits[r]
        let c = region.country.rawValue
        let yieldNow = p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * productivity[r] * (1 - sprayPenalty[r])
        let revenue = yieldNow * sourcePrice[c] * p.leafValueShare
        let expectedLoss = 1 - Double.exp(-p.eradicationRiskWeight * hazard[r])
        let referenceRevenue = p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * p.sourcePriceUSDPerKg[c] * p.leafValueShare
        let coverage = alternativeDevelopmentCoverage(region: r)
        // Roads built under alternative development cut remoteness.
        let remoteness = region.remoteness * (1 - p.alternativeDevelopmentRemotenessCut * coverage)
        let licit = p.licitReturnRatio * referenceRevenue * (1 - p.remotenessPenalty * remoteness)
            * (1 + p.alternativeDevelopmentLicitGain * coverage)
        return max(1e-3, revenue * (1 - expectedLoss) / max(1, licit))
    }

    mutating func alternativeDevelopmentCoverage(region r: Int) -> Double {
        householdsAtStart[r] > 0 ? min(1, alternativeDevelopmentFamilies[r] / householdsAtStart[r]) : 0
    }

    /// A9's inverted U: cultivation is most intense at moderate poverty.
    mutating func povertyFactor(_ poverty: Double) -> Double {
        let distance = (poverty - p.povertyPeak) / p.povertyWidth
        return Double.exp(-0.5 * distance * distance)
    }

    /// The area growers in a region would hold if nothing held them back (M1, M4).
    mutating func desiredArea(region r: Int, communityCoverage: Double) -> Double {
        let region = traits[r]
        let profit = Double.pow(profitRatio(region: r) / referenceProfitRatio[r], p.profitElasticity)
        let presence = Double.exp(p.armedPresenceEffect * (armedPresence[r] - region.armedPresence)
            - p.statePresenceEffect * (statePresence[r] - region.statePresence))
        let povertyShift = povertyFactor(poverty[r]) / max(1e-6, povertyFactor(region.poverty))
        let community = 1 - p.communityControlEffect * min(1, max(0, communityCoverage))
        // A12: an announced payment for having coca makes planting pay, most where the FARC held sway.
        let boom = announcementActive[r] ? 1 + p.announcementBoom * region.demobilisingShare : 1
        return carryingArea[r] * profit * presence * povertyShift * community * boom
    }

    /// M1–M4 for every region: planting, abandonment, maturation, eradication, substitution and replanting.
    mutating func updateLand() {
        let columns = InstrumentColumns.shared
        planEradication()
        for i in 0..<regionCount {
            incomingDisplaced[i] = 0
            incomingForest[i] = 0
        }
        for c in sprayedByCountry.indices { sprayedByCountry[c] = 0 }

        for r in 0..<regionCount {
            let region = traits[r]
            let c = region.country.rawValue
            let place = r
            var area = matureHectares[r] + immatureHectares[r]
            if month == configuration.firstMonth { householdsAtStart[r] = max(1, area * p.householdsPerCocaHectare) }

            // Alternative development: families join at the scheduled rate and leave as programmes end.
            let adRate = levels.region(r, columns.alternativeDevelopment)
                + shareOfCountry(r, levels.country(c, columns.alternativeDevelopment))
            alternativeDevelopmentFamilies[r] += adRate / 12 - alternativeDevelopmentFamilies[r] / p.alternativeDevelopmentLifeMonths
            recordCost(.alternativeDevelopment, placeIndex: c, usd: adRate / 12 * p.alternativeDevelopmentCostPerFamilyYear,
                       operatingShare: 1 - p.overheadShareDefault)

            let communityCoverage = max(levels.region(r, columns.communityControl),
                                        levels.country(c, columns.communityControl))
            if communityCoverage > 0 {
                let families = communityCoverage * householdsAtStart[r]
                recordCost(.communityControl, placeIndex: c, usd: families * p.communityControlCostPerFamilyYear / 12,
                           operatingShare: 1 - p.overheadShareDefault)
            }
            poverty[r] = min(1, max(0, region.poverty + p.povertySprayEffect * sprayIntensity[r]
                - p.povertyAlternativeDevelopmentEffect * alternativeDevelopmentCoverage(region: r)))

            // M1: plant towards the desired area, abandon above it.
            let desired = desiredArea(region: r, communityCoverage: communityCoverage)
            let gap = desired - area - p.forcedReplantProbability * pendingReplant[r]
            let newPlanting = max(0, gap) / p.plantingAdjustmentMonths
            let abandonment = min(matureHectares[r] * 0.5, max(0, -gap) / p.abandonmentAdjustmentMonths)
            immatureHectares[r] += newPlanting
            matureHectares[r] -= abandonment
            let forestShare = p.forestShareOfNewPlanting * forestRemaining[r] / max(1, region.forestFrontierHectares)
            let cleared = min(forestRemaining[r], newPlanting * forestShare)
            forestRemaining[r] -= cleared

            // M2: young fields mature.
            let maturing = immatureHectares[r] / p.maturationMonths
            immatureHectares[r] -= maturing
            matureHectares[r] += maturing

            // M3: eradication. Kills come out of young and mature fields alike.
            area = matureHectares[r] + immatureHectares[r]
            let shield = 1 - p.armedEradicationShield * armedPresence[r]
            let sprayedHa = plannedSpraying[r] / 12
            let manualHa = plannedManual[r] / 12
            // Saturating kills: as coca thins out, more of each sprayed or searched hectare finds none.
            let sprayable = sprayableArea(region: r)
            let sprayKills = sprayable > 0
                ? sprayable * (1 - Double.exp(-sprayedHa * p.sprayKillShare * shield / sprayable)) : 0
            let remaining = max(0, area - sprayKills)
            let manualKills = remaining > 0
                ? remaining * (1 - Double.exp(-manualHa * p.manualKillShare * shield / remaining)) : 0
            // Teams stop when they find nothing left to uproot: cost follows the hectares actually worked.
            let manualDone = min(manualHa, remaining)
            let kills = sprayKills + manualKills
            removeProportionally(region: r, hectares: kills)
            pendingReplant[r] += kills
            sprayedByCountry[c] += sprayedHa
            if area > 1 {
                let survivingShare = max(0, sprayedHa * (1 - p.sprayKillShare)) / area
                sprayPenalty[r] = min(p.sprayYieldLoss, sprayPenalty[r] + p.sprayYieldLoss * survivingShare)
                sprayIntensity[r] += (min(1, sprayedHa * 12 / area) - sprayIntensity[r]) / 12
            }
            sprayPenalty[r] *= Double.exp(-1 / p.sprayYieldRecoveryMonths)
            let instantaneousHazard = area > 1 ? kills * 12 / area : 0
            hazard[r] += (instantaneousHazard - hazard[r]) / p.hazardMemoryMonths
            let priceSignal = Double.log(max(1e-6, sourcePrice[c] / p.sourcePriceUSDPerKg[c]))
            let adaptationTarget = min(1.6, max(0.7, 1 + p.productivityAdaptation * min(3, hazard[r]) + p.yieldPriceResponse * priceSignal))
            productivity[r] += (adaptationTarget - productivity[r]) / p.adaptationMonths
            recordCost(.aerialSpraying, placeIndex: c, usd: sprayedHa * p.sprayCostPerHectare,
                       operatingShare: p.sprayOperatingPerHectare / p.sprayCostPerHectare)
            recordCost(.manualEradication, placeIndex: c, usd: manualDone * p.manualCostPerHectare,
                       operatingShare: p.manualOperatingShare)

            // M4: voluntary substitution. Enrolled families uproot their coca and are paid over time.
            let families = levels.region(r, columns.voluntarySubstitution)
                + shareOfCountry(r, levels.country(c, columns.voluntarySubstitution))
            let uprooted = min(0.5 * (matureHectares[r] + immatureHectares[r]), families / 12 * p.hectaresPerFamily)
            removeProportionally(region: r, hectares: uprooted)
            if p.hectaresPerFamily > 0 {
                recordCost(.voluntarySubstitution, placeIndex: c,
                           usd: uprooted / p.hectaresPerFamily * p.substitutionCostPerFamily,
                           operatingShare: 1 - p.substitutionOverheadShare)
            }
            // Families are paid on a fixed schedule: a cohort leaves the payroll when its months are up,
            // or within a few months if the programme stops paying (M4: stopped payments raise replanting).
            let paymentsFlowing = families > 0 || programmeStillFunded(region: r)
            let slot = (month - configuration.firstMonth) % paymentLength
            var leavePayroll = 0.0
            var replantWhilePaid = 0.0
            if paidVoluntary[r] > 0 || uprooted > 0 {
                let base = r * paymentLength
                leavePayroll = paidCohorts[base + slot]
                paidCohorts[base + slot] = uprooted
                let replantShare = p.voluntaryReplantWhilePaid / Double(paymentLength)
                var stillPaid = 0.0
                for k in base..<(base + paymentLength) {
                    let replant = paidCohorts[k] * replantShare
                    let stopped = paymentsFlowing ? 0 : (paidCohorts[k] - replant) / p.paymentStopMonths
                    paidCohorts[k] -= replant + stopped
                    replantWhilePaid += replant
                    leavePayroll += stopped
                    stillPaid += paidCohorts[k]
                }
                paidVoluntary[r] = stillPaid
            }
            unpaidVoluntary[r] += leavePayroll
            let replantAfter = unpaidVoluntary[r] * p.voluntaryReplantAfterPayments / 12
            let leaveForGood = unpaidVoluntary[r] * (1 - p.voluntaryReplantAfterPayments) / 12
            unpaidVoluntary[r] -= replantAfter + leaveForGood
            immatureHectares[r] += replantWhilePaid + replantAfter

            // M3: growers whose fields were eradicated decide: most replant, some move to a neighbour.
            let deciding = pendingReplant[r] / p.replantDelayMonths
            pendingReplant[r] -= deciding
            let replanting = deciding * p.forcedReplantProbability
            let neighbours = atlas.neighbourIndices[r]
            let displaced = neighbours.isEmpty ? 0 : replanting * p.displacementShare
            let stay = replanting - displaced
            immatureHectares[r] += stay
            // Displaced growers go where a coca economy already exists: neighbours weighted by carrying area.
            var neighbourWeight = 0.0
            for n in neighbours { neighbourWeight += carryingArea[n] }
            for n in neighbours where neighbourWeight > 0 { incomingDisplaced[n] += displaced * carryingArea[n] / neighbourWeight }
            let leaving = deciding - replanting
            let displacedHouseholds = (displaced + leaving) * p.householdsPerCocaHectare

            recorder.add(slots.land(.newPlantings, place: place), newPlanting)
            recorder.add(slots.land(.replanted, place: place), stay + replantWhilePaid + replantAfter)
            recorder.add(slots.land(.grossPlanted, place: place), newPlanting + stay + replantWhilePaid + replantAfter)
            recorder.add(slots.land(.abandoned, place: place), abandonment + leaveForGood)
            recorder.add(slots.land(.forestCleared, place: place), cleared)
            recorder.add(slots.land(.sprayed, place: place), sprayedHa)
            recorder.add(slots.land(.eradicatedSpraying, place: place), sprayKills)
            recorder.add(slots.land(.eradicatedManual, place: place), manualKills)
            recorder.add(slots.land(.voluntarilyRemoved, place: place), uprooted)
            recorder.add(slots.land(.displacedHouseholds, place: place), displacedHouseholds)
            recorder.add(slots.land(.herbicide, place: place), sprayedHa * p.herbicideLitresPerHectare)
            recorder.add(slots.land(.householdsSprayed, place: place), sprayedHa * p.householdsPerCocaHectare)
        }

        // Displaced replanting lands in neighbouring regions, often in new forest clearings.
        for r in 0..<regionCount where incomingDisplaced[r] > 0 {
            let region = traits[r]
            immatureHectares[r] += incomingDisplaced[r]
            let forestShare = p.forestShareOfDisplacedPlanting * forestRemaining[r] / max(1, region.forestFrontierHectares)
            let cleared = min(forestRemaining[r], incomingDisplaced[r] * forestShare)
            forestRemaining[r] -= cleared
            recorder.add(slots.land(.replanted, place: r), incomingDisplaced[r])
            recorder.add(slots.land(.grossPlanted, place: r), incomingDisplaced[r])
            recorder.add(slots.land(.forestCleared, place: r), cleared)
        }
    }

    /// A country-level quantity split over its regions in proportion to their standing coca.
    mutating func shareOfCountry(_ r: Int, _ quantity: Double) -> Double {
        guard quantity > 0 else { return 0 }
        var total = 0.0
        for i in regionsOfCountry[traits[r].country.rawValue] { total += matureHectares[i] + immatureHectares[i] }
        guard total > 0 else { return 0 }
        return quantity * (matureHectares[r] + immatureHectares[r]) / total
    }

    /// Whether a voluntary-substitution action for this region (or its country) is paying this month.
    mutating func programmeStillFunded(region r: Int) -> Bool {
        for span in voluntaryFunding[r] where span.contains(month) { return true }
        return false
    }

    mutating func removeProportionally(region r: Int, hectares: Double) {
        let area = matureHectares[r] + immatureHectares[r]
        guard area > 0, hectares > 0 else { return }
        let keep = max(0, 1 - hectares / area)
        matureHectares[r] *= keep
        immatureHectares[r] *= keep
    }
}

/// Column indices of instruments in `PolicyLevels`, computed once.
struct InstrumentColumns: Sendable {
    static let shared = InstrumentColumns()
    let aerialSpraying = Instrument.allCases.firstIndex(of: .aerialSpraying)!
    let manualEradication = Instrument.allCases.firstIndex(of: .manualEradication)!
    let voluntarySubstitution = Instrument.allCases.firstIndex(of: .voluntarySubstitution)!
    let communityControl = Instrument.allCases.firstIndex(of: .communityControl)!
    let alternativeDevelopment = Instrument.allCases.firstIndex(of: .alternativeDevelopment)!
    let labDestruction = Instrument.allCases.firstIndex(of: .labDestruction)!
    let organizationTargeting = Instrument.allCases.firstIndex(of: .organizationTargeting)!
    let militaryAid = Instrument.allCases.firstIndex(of: .militaryAid)!
    let treatment = Instrument.allCases.firstIndex(of: .treatment)!
    let prevention = Instrument.allCases.firstIndex(of: .prevention)!
    let decriminalization = Instrument.allCases.firstIndex(of: .decriminalization)!
    let interdiction = Instrument.allCases.firstIndex(of: .interdiction)!

    func column(of instrument: Instrument) -> Int {
        switch instrument {
        case .aerialSpraying: aerialSpraying
        case .manualEradication: manualEradication
        case .voluntarySubstitution: voluntarySubstitution
        case .communityControl: communityControl
        case .alternativeDevelopment: alternativeDevelopment
        case .labDestruction: labDestruction
        case .interdiction: interdiction
        case .organizationTargeting: organizationTargeting
        case .militaryAid: militaryAid
        case .treatment: treatment
        case .prevention: prevention
        case .decriminalization: decriminalization
        }
    }
}
