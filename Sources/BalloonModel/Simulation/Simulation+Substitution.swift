import RealModule

/// M4, voluntary substitution, alternative development and community control: programmes that
/// pay or organise growers to leave coca, and their effect on poverty.
extension Simulation {
    @inline(__always)
    mutating func alternativeDevelopmentCoverage(region r: Int) -> Double {
        householdsAtStart[r] > 0 ? min(1, alternativeDevelopmentFamilies[r] / householdsAtStart[r]) : 0
    }

    /// Families join alternative development at the scheduled rate and leave as programmes end;
    /// community control covers a share of families; poverty follows spraying and development.
    /// Returns community-control coverage (a share of families).
    mutating func updateProgrammes(region r: Int, flows: inout LandFlows) -> Double {
        let region = traits[r]
        let c = region.country.rawValue
        let adRate =
            levels.region(r, columns.alternativeDevelopment)
            + shareOfCountry(r, levels.country(c, columns.alternativeDevelopment))
        alternativeDevelopmentFamilies[r] +=
            adRate / 12 - alternativeDevelopmentFamilies[r] / p.alternativeDevelopmentLifeMonths
        flows.familiesJoiningAlternativeDevelopment = adRate / 12

        let communityCoverage = max(
            levels.region(r, columns.communityControl),
            levels.country(c, columns.communityControl))
        flows.familiesUnderCommunityControl = communityCoverage > 0 ? communityCoverage * householdsAtStart[r] : 0
        poverty[r] = min(
            1,
            max(
                0,
                region.poverty + p.povertySprayEffect * (sprayIntensity[r] - startSprayIntensity[r])
                    - p.povertyAlternativeDevelopmentEffect * alternativeDevelopmentCoverage(region: r)))
        return communityCoverage
    }

    /// Enrolled families uproot their coca and are paid on a fixed schedule: a cohort leaves the payroll
    /// when its months are up, or within a few months if the programme stops paying (M4: stopped
    /// payments raise replanting). A small share replants while paid, more after payments end.
    mutating func substitute(region r: Int, flows: inout LandFlows) {
        let c = traits[r].country.rawValue
        let families =
            levels.region(r, columns.voluntarySubstitution)
            + shareOfCountry(r, levels.country(c, columns.voluntarySubstitution))
        // Only families that grow coca can enrol: the month's offer reaches the region's growing
        // households with diminishing returns, so a programme larger than the coca there is enrols
        // most growers rather than more families than exist.
        let area = matureHectares[r] + immatureHectares[r]
        let growers = area * p.householdsPerCocaHectare
        let enrolled = growers > 0 ? growers * (1 - exponential(-families / 12 / growers)) : 0
        let uprooted = capped(enrolled * p.hectaresPerFamily, at: area, .uprootingPerMonth)
        removeProportionally(region: r, hectares: uprooted)
        flows.uprooted = uprooted

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
        flows.replantedWhilePaid = replantWhilePaid
        flows.replantedAfterPayments = replantAfter
        flows.leftAfterPayments = leaveForGood
    }

    /// Concerted eradication: coca above the growers' allowance removed by agreement with their unions,
    /// the enforcement arm of Bolivia's cato (A22). Unlike forced eradication it teaches no risk of
    /// losing the allowance, and unlike paid substitution it pays nothing: the union's sanction is what
    /// keeps replanting low (SF15: negotiated removal is not undone the way forced removal is). Like
    /// any removal it opens a gap to the area growers want, which planting refills over time (M1).
    mutating func removeByAgreement(region r: Int, flows: inout LandFlows) {
        let c = traits[r].country.rawValue
        let column = columns.concertedEradication
        let agreed =
            (levels.region(r, column) + shareOfCountry(r, levels.country(c, column))) / 12
        let area = matureHectares[r] + immatureHectares[r]
        guard agreed > 0, area > 0 else { return }
        // Saturating, like the teams' search in forced eradication: as coca thins out, an agreed
        // hectare finds less to remove.
        let removed = area * (1 - exponential(-agreed / area))
        removeProportionally(region: r, hectares: removed)
        let replanted = removed * p.concertedReplantProbability
        immatureHectares[r] += replanted
        flows.removedByAgreement = removed
        flows.replantedDespiteAgreement = replanted
        flows.concertedWorked = min(agreed, area)
    }

    /// Whether a voluntary-substitution action for this region (or its country) is paying this month.
    mutating func programmeStillFunded(region r: Int) -> Bool {
        for span in voluntaryFunding[r] where span.contains(month) { return true }
        return false
    }

    /// A country-level quantity split over its regions in proportion to their standing coca.
    mutating func shareOfCountry(_ r: Int, _ quantity: Double) -> Double {
        guard quantity > 0 else { return 0 }
        var total = 0.0
        for i in regionsOfCountry[traits[r].country.rawValue] { total += matureHectares[i] + immatureHectares[i] }
        guard total > 0 else { return 0 }
        return quantity * (matureHectares[r] + immatureHectares[r]) / total
    }
}
