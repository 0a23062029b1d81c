import RealModule

/// M1, farmers' land-use choice: how much coca growers want, and how they plant towards it.
extension Simulation {
    /// How strongly a region's growers want coca land: the expected return relative to the licit
    /// alternative, to the power ε, times the extra land they hold to make up for the fields they expect
    /// eradication to take (M1, M3). The two pull opposite ways: eradication lowers what a hectare is
    /// expected to earn, and growers "compensate by cultivating more extensively" (A8; A7). With the
    /// share of fields expected to survive `s = exp(−w h)`, the pull is `profit^ε s^−κ`, so the held area
    /// moves with the hazard as `exp((κ − ε) w h)`.
    mutating func landPull(region r: Int) -> Double {
        let perceivedLoss = p.eradicationRiskWeight * hazard[r]
        return Double.pow(profitRatio(region: r), p.profitElasticity)
            * exponential(p.eradicationCompensation * perceivedLoss)
    }

    /// Coca's expected net return per hectare relative to the licit alternative (M1).
    ///
    /// The yield is the field's own (productivity), not this month's after a spraying pass: sprayed
    /// survivors recover within a year or two (A6), and the chance of being sprayed is in the expected
    /// loss, so counting the current damage again would make one pass both a kill and a lasting fall in
    /// what coca earns.
    mutating func profitRatio(region r: Int) -> Double {
        let region = traits[r]
        let c = region.country.rawValue
        let fieldYield = p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * productivity[r]
        let revenue = fieldYield * leafValue[c] + expectedAnnouncedPayment(region: r)
        let expectedLoss = 1 - exponential(-p.eradicationRiskWeight * hazard[r])
        let referenceRevenue =
            p.cocaineYieldKgPerHectare[c] * region.yieldMultiplier * p.sourcePriceUSDPerKg[c] * p.leafValueShare
        let coverage = alternativeDevelopmentCoverage(region: r)
        // Roads built under alternative development cut remoteness.
        let remoteness = region.remoteness * (1 - p.alternativeDevelopmentRemotenessCut * coverage)
        let licit =
            p.licitReturnRatio * referenceRevenue * (1 - p.remotenessPenalty * remoteness)
            * (1 + p.alternativeDevelopmentLicitGain * coverage)
        // Never negative: revenue, the share of fields surviving eradication and the licit return all are not.
        return revenue * (1 - expectedLoss) / bounded(licit, .licitReturnFloor)
    }

    /// A12: while a programme that pays per registered hectare of coca is announced, a hectare held
    /// earns, in expectation, the payment a family receives (net of the programme's overhead) per
    /// hectare a family holds, spread over the payment schedule, times the chance of being registered.
    /// The programme was negotiated with the FARC and registered families where it held sway, so the
    /// chance scales with the region's demobilising share.
    /// (Inlined: as a call from a mutating method, it copied the whole simulation every time.)
    @inline(__always)
    func expectedAnnouncedPayment(region r: Int) -> Double {
        guard announcementActive[r] else { return 0 }
        return p.announcementEnrolmentBelief * traits[r].demobilisingShare * announcedPaymentPerHectareYear
    }

    /// A12's payment per registered hectare and year, fixed for the run (`announcedPaymentPerHectareYear`).
    static func announcedPaymentPerHectareYear(_ p: ModelParameters) -> Double {
        let paymentPerHectare = p.substitutionCostPerFamily * (1 - p.substitutionOverheadShare) / p.hectaresPerFamily
        return paymentPerHectare * 12 / p.substitutionPaymentMonths
    }

    /// A9's inverted U: cultivation is most intense at moderate poverty.
    static func povertyFactor(_ poverty: Double, parameters p: ModelParameters) -> Double {
        let distance = (poverty - p.povertyPeak) / p.povertyWidth
        return Double.exp(-0.5 * distance * distance)
    }

    /// The area growers in a region would hold if nothing held them back (M1, M4).
    mutating func desiredArea(region r: Int, communityCoverage: Double) -> Double {
        let region = traits[r]
        // A region whose coca earned nothing at the start has no reference to compare with: no pull.
        let reference = referenceLandPull[r]
        let pull = reference > 0 ? landPull(region: r) / reference : 0
        let presence = exponential(
            p.armedPresenceEffect * (armedPresence[r] - region.armedPresence)
                - p.statePresenceEffect * (statePresence[r] - region.statePresence))
        let povertyShift = Simulation.povertyFactor(poverty[r], parameters: p) / startPovertyFactor[r]
        let community = 1 - p.communityControlEffect * min(1, max(0, communityCoverage))
        return carryingArea[r] * pull * presence * povertyShift * community
    }

    /// Growers plant young fields towards the desired area and abandon mature fields above it; part of
    /// the new planting clears forest (M1, M11).
    mutating func plantAndAbandon(region r: Int, communityCoverage: Double, flows: inout LandFlows) {
        let area = matureHectares[r] + immatureHectares[r]
        let desired = desiredArea(region: r, communityCoverage: communityCoverage)
        // Growers still deciding whether to replant eradicated fields count towards the area they hold,
        // and so do fields a change in the law moved into (or out of) the legal register.
        let gap = desired - area - reclassifiedSinceStart(region: r) - p.forcedReplantProbability * pendingReplant[r]
        let newPlanting = max(0, gap) / p.plantingAdjustmentMonths
        // Growers abandon a share of their mature fields that grows with the excess over what they
        // want, relative to what they hold: close to excess / T for a small excess, and never more
        // than the fields there are.
        let excessShare = area > 0 ? max(0, -gap) / area : 0
        let abandonment = matureHectares[r] * (1 - exponential(-excessShare / p.abandonmentAdjustmentMonths))
        immatureHectares[r] += newPlanting
        matureHectares[r] -= abandonment
        flows.newPlanting = newPlanting
        flows.abandonedByGrowers = abandonment
        flows.forestCleared = clearForest(region: r, planted: newPlanting, share: p.forestShareOfNewPlanting)
    }

    /// M2: young fields become productive after the maturation period.
    mutating func matureYoungFields(region r: Int) {
        let maturing = immatureHectares[r] / p.maturationMonths
        immatureHectares[r] -= maturing
        addMatureFields(region: r, hectares: maturing)
    }

    /// Fields that join the mature stock carry no spray damage: young ones have regrown by the time
    /// they bear (maturation and the damage's recovery take months alike), and fields returned from the
    /// legal register were not sprayed. The damaged share is diluted accordingly.
    mutating func addMatureFields(region r: Int, hectares: Double) {
        let mature = matureHectares[r] + hectares
        if mature > 0 { sprayDamagedShare[r] *= matureHectares[r] / mature }
        matureHectares[r] = mature
    }

    /// Forest cleared for planting: a share of the planting that shrinks as the frontier is used up.
    mutating func clearForest(region r: Int, planted: Double, share: Double) -> Double {
        let forestShare = share * forestRemaining[r] / max(1, traits[r].forestFrontierHectares)
        let cleared = min(forestRemaining[r], planted * forestShare)
        forestRemaining[r] -= cleared
        return cleared
    }
}
