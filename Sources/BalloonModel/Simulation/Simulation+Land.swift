/// What happened on one region's land in one month: filled by the mechanisms, then booked and
/// recorded in one place (`recordLand`).
struct LandFlows {
    var newPlanting = 0.0
    var abandonedByGrowers = 0.0
    var forestCleared = 0.0
    var sprayed = 0.0
    var sprayKills = 0.0
    var manualKills = 0.0
    /// Hectares manual teams worked: what the programme pays for.
    var manualWorked = 0.0
    var uprooted = 0.0
    /// Hectares removed by agreement with growers' unions (concerted eradication).
    var removedByAgreement = 0.0
    /// Hectares removed by agreement that their growers replanted despite the union's sanction.
    var replantedDespiteAgreement = 0.0
    /// Hectares the joint task force worked for concerted eradication: what it pays for.
    var concertedWorked = 0.0
    var replantedInPlace = 0.0
    var replantedWhilePaid = 0.0
    var replantedAfterPayments = 0.0
    /// Uprooted hectares whose families leave coca for good once payments end: not standing area.
    var leftAfterPayments = 0.0
    var displacedHouseholds = 0.0
    var familiesJoiningAlternativeDevelopment = 0.0
    var familiesUnderCommunityControl = 0.0

    var replanted: Double {
        replantedInPlace + replantedWhilePaid + replantedAfterPayments + replantedDespiteAgreement
    }
}

extension Simulation {
    /// M1–M4 for every region, in this order: programmes (M4), planting and abandonment (M1),
    /// maturation (M2), eradication (M3), voluntary substitution and concerted eradication (M4),
    /// replanting decisions (M3);
    /// then displaced growers settle in neighbouring regions.
    mutating func updateLand() {
        planEradication()
        updateYieldPriceEffects()
        for i in 0..<regionCount { incomingDisplaced[i] = 0 }
        for c in sprayedByCountry.indices { sprayedByCountry[c] = 0 }

        for r in 0..<regionCount {
            if month == configuration.firstMonth {
                householdsAtStart[r] = max(1, (matureHectares[r] + immatureHectares[r]) * p.householdsPerCocaHectare)
            }
            var flows = LandFlows()
            let communityCoverage = updateProgrammes(region: r, flows: &flows)
            plantAndAbandon(region: r, communityCoverage: communityCoverage, flows: &flows)
            matureYoungFields(region: r)
            eradicate(region: r, flows: &flows)
            substitute(region: r, flows: &flows)
            removeByAgreement(region: r, flows: &flows)
            decideAfterEradication(region: r, flows: &flows)
            bookLandCosts(region: r, flows)
            recordLand(region: r, flows)
        }
        settleDisplacedGrowers()
    }

    /// M10: what the month's land programmes cost, by instrument, where the region is.
    mutating func bookLandCosts(region r: Int, _ flows: LandFlows) {
        let c = traits[r].country.rawValue
        recordCost(
            .alternativeDevelopment, placeIndex: c,
            usd: flows.familiesJoiningAlternativeDevelopment * p.alternativeDevelopmentCostPerFamilyYear,
            operatingShare: 1 - p.overheadShareDefault)
        recordCost(
            .communityControl, placeIndex: c,
            usd: flows.familiesUnderCommunityControl * p.communityControlCostPerFamilyYear / 12,
            operatingShare: 1 - p.overheadShareDefault)
        recordCost(
            .aerialSpraying, placeIndex: c, usd: flows.sprayed * p.sprayCostPerHectare,
            operatingShare: p.sprayOperatingPerHectare / p.sprayCostPerHectare)
        recordCost(
            .manualEradication, placeIndex: c, usd: flows.manualWorked * p.manualCostPerHectare,
            operatingShare: p.manualOperatingShare)
        recordCost(
            .concertedEradication, placeIndex: c, usd: flows.concertedWorked * p.manualCostPerHectare,
            operatingShare: p.manualOperatingShare)
        if p.hectaresPerFamily > 0 {
            recordCost(
                .voluntarySubstitution, placeIndex: c,
                usd: flows.uprooted / p.hectaresPerFamily * p.substitutionCostPerFamily,
                operatingShare: 1 - p.substitutionOverheadShare)
        }
    }

    /// The month's land flows into the region's output series (MODEL.md section 5, M11).
    mutating func recordLand(region r: Int, _ flows: LandFlows) {
        let replanted = flows.replanted
        recorder.add(slots.land(.newPlantings, place: r), flows.newPlanting)
        recorder.add(slots.land(.replanted, place: r), replanted)
        recorder.add(
            slots.land(.grossPlanted, place: r),
            flows.newPlanting + replanted)
        recorder.add(slots.land(.abandoned, place: r), flows.abandonedByGrowers)
        recorder.add(slots.land(.forestCleared, place: r), flows.forestCleared)
        recorder.add(slots.land(.sprayed, place: r), flows.sprayed)
        recorder.add(slots.land(.eradicatedSpraying, place: r), flows.sprayKills)
        recorder.add(slots.land(.eradicatedManual, place: r), flows.manualKills)
        recorder.add(slots.land(.voluntarilyRemoved, place: r), flows.uprooted + flows.removedByAgreement)
        recorder.add(slots.land(.displacedHouseholds, place: r), flows.displacedHouseholds)
        recorder.add(slots.land(.herbicide, place: r), flows.sprayed * p.herbicideLitresPerHectare)
        recorder.add(slots.land(.householdsSprayed, place: r), flows.sprayed * p.householdsPerCocaHectare)
    }
}
